import * as core from '@actions/core'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import * as path from 'node:path'
import { execCommand } from '../exec.js'
import { parseImageReference } from '../registry/reference.js'
import { failureText, withRetries, type RetryPolicy } from '../registry/retry.js'
import type { EngineFamily } from './family.js'
import { withCommandsStopped } from './fence.js'
import type { BuildPushes } from './progress.js'

export interface TagPush {
  readonly tag: string
  readonly registry: string
  readonly outcome: 'pushed' | 'failed' | 'skipped'
  readonly attempts: number
  readonly error?: string
  /** The registry's manifest digest, where the engine writes it on push (`--digestfile`). */
  readonly digest?: string
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
  family: EngineFamily,
  tempDir: string,
  fromBuild?: BuildPushes
): Promise<TagPush[]> {
  const results: TagPush[] = []
  const digestFile = path.join(tempDir, 'digest')
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
        rmSync(digestFile, { force: true })
        // What a registry says in an error is not the action's: it issues no workflow command.
        const result = await withCommandsStopped(() =>
          execCommand(family.command, family.pushArgs(tag, digestFile), {
            idleTimeoutMs: policy.stallMs
          })
        )
        return result.exitCode === 0
          ? { ok: true, value: readDigest(digestFile) }
          : { ok: false, error: failureText(result) }
      },
      retryIO,
      firstFailure
    )
    if (outcome.ok) {
      const digest = outcome.value
      results.push({
        tag,
        registry,
        outcome: 'pushed',
        attempts: outcome.attempts,
        ...(digest ? { digest } : {})
      })
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

function readDigest(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined
}
