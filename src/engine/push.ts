import * as core from '@actions/core'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { execCommand, type ExecResult } from '../exec.js'
import { parseImageReference } from '../registry/reference.js'
import { failureText, withRetries, type RetryPolicy } from '../registry/retry.js'
import { retryIO } from '../registry/retry-io.js'
import type { EngineFamily } from './family.js'
import { fenced, withCommandsStopped } from './fence.js'
import type { BuildPushes } from './progress.js'

export interface TagPush {
  readonly tag: string
  readonly registry: string
  readonly outcome: 'pushed' | 'failed' | 'skipped'
  readonly attempts: number
  readonly error?: string
  /** The registry's manifest digest, where the engine writes it on push (`--digestfile`), or a copy knows it. */
  readonly digest?: string
}

export interface TagPushRequest {
  readonly tags: readonly string[]
  readonly policy: RetryPolicy
  readonly family: EngineFamily
  /** Where the engine writes the digest (`--digestfile`): one per push run at a time. */
  readonly digestFile: string
  /** What a push from the build did: its pushed tags are done, its failed one was a first try. */
  readonly fromBuild?: BuildPushes
  /**
   * Pushes run beside others: each command's output is printed whole when it
   * ends, not as it comes, so that the log keeps each push's lines together.
   */
  readonly besideOthers?: boolean
  /** Added to each push command's environment (a docker config of its own). */
  readonly env?: Readonly<Record<string, string>>
}

/**
 * Pushes each tag in turn, retrying transient failures. A registry that fails
 * is skipped for its remaining tags; the others still get theirs, so the
 * caller can report every registry before failing.
 */
export async function pushTags(request: TagPushRequest): Promise<TagPush[]> {
  const { policy, digestFile, fromBuild } = request
  const results: TagPush[] = []
  const failed = new Set<string>()
  for (const tag of request.tags) {
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
        const result = await runPush(request, tag)
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

/** One push command. What a registry says in an error is not the action's: it issues no workflow command. */
function runPush(request: TagPushRequest, tag: string): Promise<ExecResult> {
  const { family, digestFile, policy } = request
  const args = family.pushArgs(tag, digestFile)
  const options = { idleTimeoutMs: policy.stallMs, ...(request.env ? { env: request.env } : {}) }
  if (request.besideOthers) {
    const printWhole = (text: string): void => {
      process.stdout.write(fenced(text))
    }
    return execCommand(family.command, args, { ...options, printWhole })
  }
  return withCommandsStopped(() => execCommand(family.command, args, options))
}

function readDigest(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined
}
