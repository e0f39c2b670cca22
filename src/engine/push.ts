import * as core from '@actions/core'
import { execCommand } from '../exec.js'
import { parseImageReference } from '../registry/reference.js'
import { failureText, withRetries, type RetryPolicy } from '../registry/retry.js'
import type { BuildPushes } from './progress.js'

export interface TagPush {
  readonly tag: string
  readonly registry: string
  readonly outcome: 'pushed' | 'failed' | 'skipped'
  readonly attempts: number
  readonly error?: string
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))
const retryIO = { sleep, log: (message: string) => core.warning(message) }

/**
 * Pushes each tag, retrying transient failures. A registry that fails is
 * skipped for its remaining tags; the others still get theirs, so the caller
 * can report every registry before failing. `fromBuild` is what a push from
 * the build did: its pushed tags are done, its failed one was a first try.
 */
export async function pushTags(
  tags: readonly string[],
  policy: RetryPolicy,
  fromBuild?: BuildPushes
): Promise<TagPush[]> {
  const results: TagPush[] = []
  const failed = new Set<string>()
  for (const tag of tags) {
    const registry = parseImageReference(tag).registry
    if (fromBuild?.pushed.includes(tag)) {
      results.push({ tag, registry, outcome: 'pushed', attempts: 1 })
      continue
    }
    if (failed.has(registry)) {
      results.push({ tag, registry, outcome: 'skipped', attempts: 0 })
      continue
    }
    const firstFailure = fromBuild?.failed?.tag === tag ? fromBuild.failed.error : undefined
    core.info(`Pushing ${tag}`)
    const outcome = await withRetries(
      `Push of ${tag}`,
      policy,
      async () => {
        const result = await execCommand('docker', ['push', tag])
        return result.exitCode === 0
          ? { ok: true, value: undefined }
          : { ok: false, error: failureText(result) }
      },
      retryIO,
      firstFailure
    )
    if (outcome.ok) {
      results.push({ tag, registry, outcome: 'pushed', attempts: outcome.attempts })
    } else {
      failed.add(registry)
      results.push({
        tag,
        registry,
        outcome: 'failed',
        attempts: outcome.attempts,
        error: outcome.error
      })
    }
  }
  return results
}
