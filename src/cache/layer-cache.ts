/**
 * The layer cache over @actions/cache: restored before the build (here), and
 * saved in the post step (save.ts). Nothing here fails the job: an unreachable service, a refused save or a
 * broken archive is a warning, and the build goes on without the cache.
 */
import * as core from '@actions/core'
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Builder } from '../engine/builder.js'
import { execCommand } from '../exec.js'
import { InputError, type Inputs } from '../inputs.js'
import { loadImages } from './images.js'
import { daemonIsLocal, serveImages, type ImageServer } from './registry.js'
import { cacheService, cacheServiceConfigured } from './service.js'
import {
  cacheDirectory,
  cacheKeys,
  IMAGES_FOLDER,
  imageRepository,
  type CacheKeys
} from './keys.js'
import {
  chooseStrategy,
  describeStrategy,
  parseBuildxDriver,
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

export async function restoreLayerCache(
  inputs: Inputs,
  builder: Builder,
  tags: readonly string[]
): Promise<LayerCache> {
  if (builder.kind === 'docker' && inputs.cacheTo.length > 0) {
    throw new InputError(
      'cache-to',
      `"${inputs.cacheTo.join(', ')}" needs docker buildx; this docker builds with the ` +
        "daemon's BuildKit, which can only read a cache (cache-from)"
    )
  }
  const strategy = chooseStrategy({
    mode: inputs.cache,
    userCacheFrom: inputs.cacheFrom,
    userCacheTo: inputs.cacheTo,
    builder: builder.kind,
    driver: builder.kind === 'buildx' ? await buildxDriver() : undefined,
    serviceAvailable: wantsCacheService(inputs) && (await cacheService()).isFeatureAvailable()
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
  if (strategy.kind !== 'inline' && strategy.kind !== 'local') return base

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
  const dir = cacheDirectory(os.tmpdir(), keys.id)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  core.info(`Layer cache key: ${keys.key}`)
  const withKeys = { ...base, keys, dir }
  if (inputs.noCache) {
    core.info('Layer cache: not restored, as no-cache is set')
    return withKeys
  }

  // Asked while the cache downloads: how the daemon will read the images.
  const local = strategy.kind === 'inline' ? daemonIsLocal() : Promise.resolve(false)
  const restoredKey = await restore(dir, keys)
  if (!restoredKey) return withKeys
  let restored: LayerCache = { ...withKeys, restoredKey, restoredBytes: directorySize(dir) }
  if (strategy.kind === 'inline') {
    const folder = path.join(dir, IMAGES_FOLDER)
    const images = (await local) ? await serveCacheImages(folder) : await loadCacheImages(folder)
    if (!images) return withKeys
    restored = { ...restored, ...images }
  }
  core.setOutput('cache-hit', String(restoredKey === keys.key))
  return restored
}

type CacheImages = Pick<LayerCache, 'cacheImages' | 'cacheFrom' | 'server'>

async function restore(dir: string, keys: CacheKeys): Promise<string | undefined> {
  try {
    const cache = await cacheService()
    const key = await cache.restoreCache([dir], keys.key, [...keys.restoreKeys])
    core.info(key ? `Layer cache restored from ${key}` : 'Layer cache: none found, a cold build')
    return key
  } catch (error) {
    core.warning(
      `The layer cache could not be restored; building without it: ${errorMessage(error)}`
    )
    return undefined
  }
}

/** The images of the inline cache served on 127.0.0.1, or undefined when they cannot be. */
async function serveCacheImages(folder: string): Promise<CacheImages | undefined> {
  try {
    const server = await serveImages(folder)
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
async function loadCacheImages(folder: string): Promise<CacheImages | undefined> {
  const { images, failures } = await loadImages(folder)
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

async function buildxDriver(): Promise<string | undefined> {
  const result = await execCommand('docker', ['buildx', 'inspect'], { silent: true })
  return result.exitCode === 0 ? parseBuildxDriver(result.stdout) : undefined
}

export function directorySize(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return total
}
