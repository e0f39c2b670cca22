/** Per-registry results of a push: for the `pushed` output and the summary. Pure. */
import type { TagPush } from '../engine/push.js'
import { digestFor } from '../engine/image.js'

export interface RegistryPush {
  readonly registry: string
  /** Every tag meant for this registry, pushed or not. */
  readonly tags: readonly string[]
  readonly digest?: string
  readonly outcome: 'pushed' | 'failed'
  /** docker push runs, retries included. */
  readonly attempts: number
  readonly error?: string
}

export function registryResults(
  pushes: readonly TagPush[],
  repoDigests: readonly string[]
): RegistryPush[] {
  const byRegistry = new Map<string, TagPush[]>()
  for (const push of pushes) {
    byRegistry.set(push.registry, [...(byRegistry.get(push.registry) ?? []), push])
  }
  return [...byRegistry].map(([registry, tags]) => {
    const failure = tags.find(tag => tag.outcome === 'failed')
    const first = tags.find(tag => tag.outcome === 'pushed')
    const digest = first ? (first.digest ?? digestFor(first.tag, repoDigests)) : undefined
    return {
      registry,
      tags: tags.map(tag => tag.tag),
      outcome: failure ? 'failed' : 'pushed',
      attempts: tags.reduce((sum, tag) => sum + tag.attempts, 0),
      ...(digest ? { digest } : {}),
      ...(failure?.error ? { error: failure.error } : {})
    }
  })
}

/** The `pushed` output: registry → { tags, digest, outcome, attempts, error }. */
export function pushedOutput(results: readonly RegistryPush[]): string {
  return JSON.stringify(
    Object.fromEntries(results.map(({ registry, ...rest }) => [registry, rest]))
  )
}

/** The error that fails the run when a registry did not get the image; undefined when all did. */
export function pushFailure(results: readonly RegistryPush[]): string | undefined {
  const failed = results.filter(result => result.outcome === 'failed')
  if (failed.length === 0) return undefined
  return failed
    .map(
      result =>
        `Push to ${result.registry} failed after ${result.attempts} attempt(s): ${result.error ?? 'unknown error'}`
    )
    .join('; ')
}
