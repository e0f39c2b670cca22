/**
 * The layer cache over @actions/cache: restored before the build (here), and
 * saved in the post step (save.ts). Nothing here fails the job: an unreachable service, a refused save or a
 * broken archive is a warning, and the build goes on without the cache.
 */
import * as core from '@actions/core'
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runnerTemp } from '../context.js'
import type { Engine } from '../engine/engine.js'
import { familyOf } from '../engine/family.js'
import { InputError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { loadImages } from './images.js'
import { serveImages, type ImageServer } from './registry.js'
import {
  fetchStageLayers,
  readStageLayers,
  stageLayersStored,
  type StageLayers
} from './stage-layers.js'
import { cacheService, cacheServiceConfigured } from './service.js'
import {
  cacheDirectory,
  cacheKeys,
  IMAGES_FOLDER,
  imageRepository,
  STEP_IMAGES_FOLDER,
  type CacheKeys
} from './keys.js'
import {
  chooseStrategy,
  describeStrategy,
  type CacheMode,
  type LayerCacheStrategy
} from './strategy.js'
import { errorMessage } from '../errors.js'

export interface LayerCache {
  readonly strategy: LayerCacheStrategy
  readonly mode: CacheMode
  readonly userCacheFrom: readonly string[]
  readonly userCacheTo: readonly string[]
  /** Set when Hoist keeps a cache of its own (inline or local). */
  readonly keys?: CacheKeys
  readonly dir?: string
  /** The key a cache was restored from. */
  readonly restoredKey?: string
  readonly restoredBytes: number
  /** Inline: the images restored, by their local names. */
  readonly cacheImages: readonly string[]
  /** Inline: where the build reads them, each a `--cache-from`. */
  readonly cacheFrom: readonly string[]
  /** Inline: serves them to a daemon on this host, until the builds are done. */
  readonly server?: ImageServer
}

/**
 * Hoist keeps a cache of its own unless it is off, the workflow brings its
 * own, or the runner has no cache service.
 */
export function wantsCacheService(inputs: Inputs): boolean {
  const own = inputs.cache !== 'off' && inputs.cacheFrom.length === 0 && inputs.cacheTo.length === 0
  return own && cacheServiceConfigured()
}

/**
 * The cache's download, started as soon as the tags name the image: it runs
 * while the logins and the builder's detection do.
 */
export interface CacheDownload {
  readonly keys: CacheKeys
  readonly dir: string
  /** Absent with no-cache: nothing is restored, the cache is still saved. */
  readonly restored?: Promise<RestoreOutcome>
}

interface RestoreOutcome {
  /** The key a cache was restored from. */
  readonly key?: string
  /** Why the restore failed, when it did. */
  readonly error?: string
}

/** Starts the download, where Hoist keeps a cache of its own. */
export function startCacheDownload(
  inputs: Inputs,
  tags: readonly string[]
): CacheDownload | undefined {
  if (!wantsCacheService(inputs)) return undefined
  const keys = cacheKeys({
    os: process.env.RUNNER_OS || os.platform(),
    arch: process.env.RUNNER_ARCH || os.arch(),
    image: imageRepository(tags[0] ?? ''),
    file: inputs.file,
    target: inputs.target,
    scope: inputs.cacheScope,
    sha: process.env.GITHUB_SHA ?? '',
    runId: process.env.GITHUB_RUN_ID ?? ''
  })
  const dir = cacheDirectory(runnerTemp(), keys.id)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return inputs.noCache ? { keys, dir } : { keys, dir, restored: restore(dir, keys) }
}

export async function restoreLayerCache(
  inputs: Inputs,
  engine: Engine,
  download: CacheDownload | undefined
): Promise<LayerCache> {
  checkCacheTo(inputs.cacheTo, engine)
  const strategy = chooseStrategy({
    mode: inputs.cache,
    userCacheFrom: inputs.cacheFrom,
    userCacheTo: inputs.cacheTo,
    exportCache: engine.can.exportCache,
    reusesLoadedLayers: engine.can.reusesLoadedLayers,
    serviceAvailable: download !== undefined && (await cacheService()).isFeatureAvailable()
  })
  core.info(`Layer cache: ${describeStrategy(strategy)}`)
  const base = {
    strategy,
    mode: inputs.cache,
    userCacheFrom: inputs.cacheFrom,
    userCacheTo: inputs.cacheTo,
    restoredBytes: 0,
    cacheImages: [],
    cacheFrom: []
  }
  core.setOutput('cache-hit', 'false')
  if (!download || strategy.kind === 'off' || strategy.kind === 'user') return base

  const { keys, dir } = download
  core.info(`Layer cache key: ${keys.key}`)
  const withKeys = { ...base, keys, dir }
  if (!download.restored) {
    core.info('Layer cache: not restored, as no-cache is set')
    return withKeys
  }
  const outcome = await download.restored
  if (outcome.error) {
    core.warning(`The layer cache could not be restored; building without it: ${outcome.error}`)
  }
  if (!outcome.key) {
    if (!outcome.error) core.info('Layer cache: none found, a cold build')
    return withKeys
  }
  core.info(`Layer cache restored from ${outcome.key}`)
  let restored: LayerCache = {
    ...withKeys,
    restoredKey: outcome.key,
    restoredBytes: directorySize(dir)
  }
  if (strategy.kind === 'archive') {
    const loaded = await loadStepImages(path.join(dir, STEP_IMAGES_FOLDER), engine)
    if (!loaded) return withKeys
  }
  if (strategy.kind === 'inline') {
    const folder = path.join(dir, IMAGES_FOLDER)
    const stages = readStageLayers(dir)
    const images = engine.daemonOnThisHost
      ? await serveCacheImages(folder, stages)
      : await loadCacheImages(folder, stages, engine)
    if (!images) return withKeys
    restored = { ...restored, ...images }
  }
  core.setOutput('cache-hit', String(outcome.key === keys.key))
  return restored
}

type CacheImages = Pick<LayerCache, 'cacheImages' | 'cacheFrom' | 'server'>

/** podman, buildah: the restored step images, loaded into the store the build reuses them from. */
async function loadStepImages(folder: string, engine: Engine): Promise<boolean> {
  try {
    const images = await familyOf(engine).loadImages(folder)
    core.info(`Layer cache: ${images.length} step images loaded; the build reuses their layers`)
    return true
  } catch (error) {
    core.warning(
      `The restored layer cache could not be loaded; building without it: ${errorMessage(error)}`
    )
    return false
  }
}

async function restore(dir: string, keys: CacheKeys): Promise<RestoreOutcome> {
  try {
    const cache = await cacheService()
    if (!cache.isFeatureAvailable()) return {}
    return { key: await cache.restoreCache([dir], keys.key, [...keys.restoreKeys]) }
  } catch (error) {
    return { error: errorMessage(error) }
  }
}

/** The images of the inline cache served on 127.0.0.1, or undefined when they cannot be. */
async function serveCacheImages(
  folder: string,
  entries: readonly StageLayers[]
): Promise<CacheImages | undefined> {
  const stored = new Map(entries.map(entry => [entry.key, stageLayersStored(entry)]))
  const present = async (entry: StageLayers) => {
    const found = await stored.get(entry.key)
    if (!found)
      core.info(`Layer cache: ${entry.key} is no longer stored; its stage's steps run again`)
    return found ?? false
  }
  const fetch = (entry: StageLayers) => {
    core.info(`Layer cache: a build step needs a stage's own layers; restoring ${entry.key}`)
    return fetchStageLayers(entry, folder)
  }
  try {
    const server = await serveImages(folder, { entries, present, fetch })
    core.info(
      `Layer cache images, served to the build on ${server.address} (it pulls only the ` +
        `layers it uses): ${server.images.join(', ')}`
    )
    const cacheFrom = server.images.map(image => `${server.address}/${image}`)
    return { cacheImages: server.images, cacheFrom, server }
  } catch (error) {
    core.warning(
      `The restored layer cache could not be used; building without it: ${errorMessage(error)}`
    )
    return undefined
  }
}

/**
 * The images of the inline cache loaded into the daemon, or undefined when
 * none loads. An image that does not load is a warning; the others are still used.
 */
async function loadCacheImages(
  folder: string,
  entries: readonly StageLayers[],
  engine: Engine
): Promise<CacheImages | undefined> {
  if (!engine.can.cacheFromLocalImages) {
    core.warning(
      'The restored layer cache is not used: the daemon is not on this host, so it cannot be ' +
        `served to it, and this engine (${engine.description}) reads no cache from images loaded ` +
        'into it. Building without it.'
    )
    return undefined
  }
  // docker load takes whole images: every stage's own layers are restored first.
  await Promise.all(entries.map(entry => fetchStageLayers(entry, folder)))
  const { images, failures, absent } = await loadImages(folder)
  if (absent.length > 0) {
    core.info(`Layer cache: ${absent.join(', ')} no longer stored whole; its steps run again`)
  }
  if (images.length === 0) {
    core.warning(
      `The restored layer cache could not be loaded; building without it: ${failures.join('; ')}`
    )
    return undefined
  }
  if (failures.length > 0) {
    core.warning(`Part of the restored layer cache could not be loaded: ${failures.join('; ')}`)
  }
  core.info(`Layer cache images, loaded (the daemon is not on this host): ${images.join(', ')}`)
  return { cacheImages: images, cacheFrom: images }
}

/**
 * An engine that cannot export a cache can still write one inline in the
 * image (buildx's docker driver); the daemon's own BuildKit takes no cache-to.
 */
function checkCacheTo(cacheTo: readonly string[], engine: Engine): void {
  if (engine.can.exportCache) return
  const exports = engine.frontend === 'buildx' ? cacheTo.filter(to => !isInline(to)) : cacheTo
  if (exports.length === 0) return
  throw new InputError(
    'cache-to',
    `"${exports.join(', ')}" cannot be exported by this engine (${engine.description}): ` +
      (engine.frontend === 'buildx'
        ? 'use `type=inline`, or a builder that can export a cache: a docker-container ' +
          'builder (docker/setup-buildx-action) or a daemon with the containerd image store'
        : "the daemon's BuildKit can only read a cache (cache-from); install docker buildx")
  )
}

function isInline(cacheTo: string): boolean {
  return cacheTo.split(',').some(part => part.trim() === 'type=inline')
}

export function directorySize(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return total
}
