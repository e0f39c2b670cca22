/**
 * Saving the layer cache. Main decides (it knows which steps ran) and hands
 * what to save to the post step in the state; post saves it. The upload then
 * never holds up the image: it is pushed, and the job's later steps run,
 * before the cache is written — as actions/cache does.
 */
import * as core from '@actions/core'
import { renameSync, rmSync } from 'node:fs'
import * as path from 'node:path'
import type { CacheReport } from '../report/cache.js'
import type { LayerCacheBuild } from './build.js'
import { saveImages } from './images.js'
import { IMAGES_FOLDER } from './keys.js'
import {
  readStageLayers,
  splitStageLayers,
  stageLayersHere,
  stageLayersStored,
  writeStageLayers,
  type StageLayers
} from './stage-layers.js'
import { cacheService } from './service.js'
import { directorySize, type LayerCache } from './layer-cache.js'
import { decideSave, describeStrategy, workSteps } from './strategy.js'
import { errorMessage } from '../errors.js'

/** What post saves: plain data in the state, never a secret. */
export interface PendingSave {
  readonly strategy: 'inline' | 'local' | 'archive'
  readonly key: string
  /** The cache's subject (keys.ts). */
  readonly id: string
  readonly dir: string
  /** Inline: the images to `docker save`. */
  readonly images: readonly string[]
  /** Inline: the restored images to save again as they are. */
  readonly kept: readonly string[]
}

export type SaveOutcome =
  | { readonly saved: true; readonly bytes: number }
  | { readonly saved: false; readonly reason: string }

export interface SavePlan {
  readonly pending?: PendingSave
  /** Why nothing will be saved; absent when post saves, or when Hoist keeps no cache. */
  readonly skipped?: string
}

/** Main: whether post should save, and what. A cache not to be saved is removed now. */
export function planLayerCacheSave(layerCache: LayerCache, built: LayerCacheBuild): SavePlan {
  const { keys, dir, strategy } = layerCache
  if (!keys || !dir || strategy.kind === 'off' || strategy.kind === 'user') return {}
  const decision = decideSave({
    mode: layerCache.mode,
    exactHit: layerCache.restoredKey === keys.key,
    restored: layerCache.restoredKey !== undefined,
    steps: built.steps
  })
  const unsaved = decision.save ? secretsUnsaved(strategy.kind, built) : decision.reason
  if (unsaved) {
    core.info(`Layer cache not saved: ${unsaved}`)
    rmSync(dir, { recursive: true, force: true })
    return { skipped: unsaved }
  }
  core.info(`Layer cache: saved as ${keys.key} in the post step`)
  const { cacheImages: images, keptImages: kept } = built
  return { pending: { strategy: strategy.kind, key: keys.key, id: keys.id, dir, images, kept } }
}

/**
 * Why nothing is saved when every stage receives a secret-looking build-arg,
 * or, with a cache that holds every stage (buildx's local export, podman's
 * step images), when any does.
 */
function secretsUnsaved(
  strategy: 'inline' | 'local' | 'archive',
  built: LayerCacheBuild
): string | undefined {
  if (built.uncached.length === 0) return undefined
  if (strategy !== 'inline') return 'a stage receives a build-arg that looks like a secret'
  if (built.cacheImages.length + built.keptImages.length > 0) return undefined
  return 'every stage receives a build-arg that looks like a secret'
}

/** Post: saves the cache; a failure is a warning, and the directories go in any case. */
export async function saveLayerCache(pending: PendingSave): Promise<SaveOutcome> {
  let stages: StageLayers[] = []
  try {
    const cache = await cacheService()
    if (pending.strategy === 'inline') {
      const restored = path.join(pending.dir, IMAGES_FOLDER)
      const next = `${restored}.next`
      await saveImages(next, pending.images, { restored, images: pending.kept })
      const stored = readStageLayers(pending.dir)
      stages = splitStageLayers(next, pending.dir, pending.id, stored)
      for (const entry of await entriesToStore(stages, stored)) {
        // Named by its layers: when another run stored them first, the service refuses this.
        const id = await cache.saveCache([entry.dir], entry.key)
        if (id !== -1) core.info(`Layer cache: a stage's own layers saved as ${entry.key}`)
      }
      writeStageLayers(pending.dir, stages)
      rmSync(restored, { recursive: true, force: true })
      renameSync(next, restored)
    }
    const bytes = directorySize(pending.dir)
    const id = await cache.saveCache([pending.dir], pending.key)
    if (id === -1) throw new Error('the cache service did not accept it')
    core.info(`Layer cache saved as ${pending.key} (${bytes} bytes)`)
    return { saved: true, bytes }
  } catch (error) {
    const reason = errorMessage(error)
    core.warning(`The layer cache was not saved; the next run builds without it: ${reason}`)
    return { saved: false, reason: `failed: ${reason}` }
  } finally {
    for (const dir of [pending.dir, ...stages.map(entry => entry.dir)]) {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/**
 * The stage entries to upload: the new ones, and a stored one the cache has
 * dropped since (GitHub evicts the least recently used) when this run has its
 * layers again; else every later run that needs them would rebuild the stage.
 */
async function entriesToStore(
  entries: readonly StageLayers[],
  stored: readonly StageLayers[]
): Promise<StageLayers[]> {
  const store: StageLayers[] = []
  for (const entry of entries) {
    const known = stored.some(old => old.key === entry.key)
    if (!known) store.push(entry)
    else if (stageLayersHere(entry) && !(await stageLayersStored(entry))) {
      core.info(`Layer cache: ${entry.key} is no longer stored; storing it again`)
      store.push(entry)
    }
  }
  return store
}

/** What main's summary shows of the cache. */
export function cacheReport(
  layerCache: LayerCache,
  built: LayerCacheBuild,
  plan: SavePlan
): CacheReport {
  const steps = workSteps(built.steps)
  return {
    strategy: describeStrategy(layerCache.strategy),
    ...(layerCache.keys ? { key: layerCache.keys.key } : {}),
    ...(layerCache.restoredKey ? { restoredKey: layerCache.restoredKey } : {}),
    restoredBytes: layerCache.restoredBytes,
    ...(built.cacheRead ? { read: built.cacheRead } : {}),
    ...(plan.pending ? { saved: 'in the post step' } : {}),
    ...(plan.skipped ? { saved: `no: ${plan.skipped}` } : {}),
    ...(built.uncached.length ? { uncached: built.uncached } : {}),
    steps: steps.length,
    cachedSteps: steps.filter(step => step.cached).length
  }
}
