/**
 * How the layer cache meets the builder: which strategy, and the build
 * arguments each one adds. Pure.
 */
import { stageName, type BuildStep } from '../engine/progress.js'

export type CacheMode = 'read-write' | 'read-only' | 'off'

export type LayerCacheStrategy =
  /** Hoist keeps no cache of its own; `reason` says why. */
  | { readonly kind: 'off'; readonly reason: string }
  /** The user's `cache-from` / `cache-to`, passed through as given. */
  | { readonly kind: 'user' }
  /** Images with inline cache metadata, `docker save`d and `docker load`ed. */
  | { readonly kind: 'inline' }
  /** buildx's local exporter, into a fresh directory each run. */
  | { readonly kind: 'local' }
  /** podman's and buildah's step images, saved to an archive and loaded before the build. */
  | { readonly kind: 'archive' }

export interface StrategyChoice {
  readonly mode: CacheMode
  readonly userCacheFrom: readonly string[]
  readonly userCacheTo: readonly string[]
  /** The engine can export a build cache (see Engine.can.exportCache). */
  readonly exportCache: boolean
  /** The builder reuses step images loaded into its store (Engine.can.reusesLoadedLayers). */
  readonly reusesLoadedLayers: boolean
  readonly serviceAvailable: boolean
}

export function chooseStrategy(choice: StrategyChoice): LayerCacheStrategy {
  if (choice.userCacheFrom.length > 0 || choice.userCacheTo.length > 0) return { kind: 'user' }
  if (choice.mode === 'off') return { kind: 'off', reason: 'the cache input is off' }
  if (!choice.serviceAvailable) {
    return { kind: 'off', reason: 'no GitHub Actions cache service is available to this job' }
  }
  // A cache export holds every stage's layers (mode=max) and needs no image
  // store; only an engine that cannot export keeps inline-cache images.
  if (choice.exportCache) return { kind: 'local' }
  return choice.reusesLoadedLayers ? { kind: 'archive' } : { kind: 'inline' }
}

export function describeStrategy(strategy: LayerCacheStrategy): string {
  switch (strategy.kind) {
    case 'off':
      return `off (${strategy.reason})`
    case 'user':
      return "the workflow's cache-from / cache-to, as given"
    case 'inline':
      return 'inline cache in the target and every stage it needs, kept with docker save'
    case 'local':
      return 'buildx local cache (mode=max), exported to a fresh directory each run'
    case 'archive':
      return "every build step's image, saved to an archive and loaded before the build"
  }
}

/** `--cache-from` / `--cache-to` exactly as the workflow gave them. */
export function userCacheArgs(from: readonly string[], to: readonly string[]): string[] {
  return [...from.flatMap(value => ['--cache-from', value]), ...to.flatMap(v => ['--cache-to', v])]
}

/** Inline cache metadata in the image built, and the restored images as cache sources. */
export function inlineCacheArgs(cacheImages: readonly string[]): string[] {
  return [
    '--build-arg',
    'BUILDKIT_INLINE_CACHE=1',
    ...cacheImages.flatMap(image => ['--cache-from', image])
  ]
}

/**
 * Import from the restored directory, export everything this build used
 * (mode=max) to a fresh one. The fresh one then replaces the old, so the
 * cache holds this build's layers only and never grows run after run.
 */
export function localCacheArgs(dirs: { restored?: string; fresh: string }): string[] {
  return [
    ...(dirs.restored ? ['--cache-from', `type=local,src=${dirs.restored}`] : []),
    '--cache-to',
    `type=local,dest=${dirs.fresh},mode=max`
  ]
}

/** The images `docker load` reports: `Loaded image: NAME` lines. */
export function parseLoadedImages(output: string): string[] {
  return [...output.matchAll(/^Loaded image: (\S+)\s*$/gm)].map(match => match[1] ?? '')
}

/**
 * One list of steps from several builds of the same Dockerfile: a step's
 * first run says whether its work was reused; later builds only find it in
 * the daemon again.
 */
export function mergeSteps(builds: readonly (readonly BuildStep[])[]): BuildStep[] {
  const seen = new Map<string, BuildStep>()
  for (const steps of builds) {
    for (const step of steps) {
      const id = `${step.stage}\n${step.instruction}`
      if (!seen.has(id)) seen.set(id, step)
    }
  }
  return [...seen.values()]
}

/** How BuildKit's progress names a stage: its name, or `stage-N` when it has none. */
export function stageLabel(stage: { readonly name?: string; readonly index: number }): string {
  return stage.name ?? `stage-${stage.index}`
}

/**
 * Whether a build reused every step of a stage, so that the stage's image
 * restored from the cache is what building the stage again would give. (Where
 * the daemon's own cache served the steps, the restored image may be older;
 * the cache saved then misses more next time, it never gives a wrong layer.)
 */
export function stageReused(label: string, steps: readonly BuildStep[]): boolean {
  const own = workSteps(steps).filter(step => stageName(step.stage) === label)
  return own.length > 0 && own.every(step => step.cached)
}

/**
 * The steps that do work: a `FROM` only resolves a base image, which BuildKit
 * does not report as cached even when nothing was fetched.
 */
export function workSteps(steps: readonly BuildStep[]): BuildStep[] {
  return steps.filter(step => !/^FROM\s/i.test(step.instruction))
}

export type SaveDecision =
  { readonly save: true } | { readonly save: false; readonly reason: string }

export function decideSave(run: {
  mode: CacheMode
  exactHit: boolean
  restored: boolean
  steps: readonly BuildStep[]
}): SaveDecision {
  if (run.mode === 'read-only') return { save: false, reason: 'the cache is read-only' }
  if (run.exactHit) return { save: false, reason: 'this key was restored exactly' }
  if (run.restored && workSteps(run.steps).every(step => step.cached)) {
    return { save: false, reason: 'every step came from the restored cache: nothing new to keep' }
  }
  return { save: true }
}
