/**
 * The build, with the layer cache's arguments. For the inline strategy, every
 * stage the target needs is then built as an image of its own, so that its
 * layers (a builder stage's, say) are cached too, not only the final image's;
 * a stage the target's build took whole from the cache keeps its restored image.
 */
import * as core from '@actions/core'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import * as path from 'node:path'
import { runBuild, type BuildRequest, type BuildResult } from '../engine/build.js'
import type { Engine } from '../engine/engine.js'
import { findStage, stageDependencies, type Stage } from '../dockerfile/stages.js'
import { execCommand, lastErrorLine } from '../exec.js'
import { familyOf } from '../engine/family.js'
import { cacheImage, LOCAL_CACHE, STEP_IMAGES_FOLDER } from './keys.js'
import type { LayerCache } from './layer-cache.js'
import type { LayersRead } from './registry.js'
import { secretLikeArgs, stagesWithSecrets } from './secret-args.js'
import { formatBytes } from '../report/format.js'
import {
  inlineCacheArgs,
  localCacheArgs,
  mergeSteps,
  stageLabel,
  stageReused,
  userCacheArgs
} from './strategy.js'
import { errorMessage } from '../errors.js'

export interface LayerCacheBuild extends BuildResult {
  /** Inline: the daemon's images to save, each carrying its stage's cache. */
  readonly cacheImages: readonly string[]
  /** Inline: restored images to save again as they are, from the restored folder. */
  readonly keptImages: readonly string[]
  /** Inline, served: how much of the restored cache the builds pulled. */
  readonly cacheRead?: LayersRead
  /** Stages kept out of the cache: they receive build-args that look like secrets. */
  readonly uncached: readonly UncachedStage[]
}

export interface UncachedStage {
  readonly stage: string
  readonly args: readonly string[]
}

export async function buildWithLayerCache(
  layerCache: LayerCache,
  stages: readonly Stage[],
  request: BuildRequest,
  engine: Engine
): Promise<LayerCacheBuild> {
  const { strategy, keys, dir } = layerCache
  if (strategy.kind === 'user') {
    const cacheArgs = userCacheArgs(layerCache.userCacheFrom, layerCache.userCacheTo)
    return { ...(await runBuild({ ...request, cacheArgs }, engine)), ...NO_IMAGES }
  }
  if (strategy.kind === 'off' || !keys || !dir) {
    return { ...(await runBuild(request, engine)), ...NO_IMAGES }
  }
  const uncached = secretStages(stages, request)
  if (strategy.kind === 'local') {
    return { ...(await buildWithLocalCache(request, engine, dir)), uncached }
  }
  if (strategy.kind === 'archive') {
    return { ...(await buildWithStepImages(request, engine, dir)), uncached }
  }
  const { server } = layerCache
  try {
    const built = await buildWithInlineCache(layerCache, keys.id, stages, request, engine, uncached)
    if (!server) return built
    const read = server.read()
    core.info(
      `Layer cache: the build pulled ${read.layers} of the ${read.ofLayers} layers served ` +
        `(${formatBytes(read.bytes)} of ${formatBytes(read.ofBytes)}); the daemon had the ` +
        'others, or no step needed them'
    )
    return { ...built, cacheRead: read }
  } finally {
    await server?.close()
  }
}

const NO_IMAGES = { cacheImages: [], keptImages: [], uncached: [] }

async function buildWithInlineCache(
  layerCache: LayerCache,
  id: string,
  stages: readonly Stage[],
  request: BuildRequest,
  engine: Engine,
  uncached: readonly UncachedStage[]
): Promise<LayerCacheBuild> {
  const cacheArgs = inlineCacheArgs(layerCache.cacheFrom)
  const result = await runBuild({ ...request, cacheArgs }, engine)
  const withheldImages = layerCache.server?.withheld() ?? []
  const withheld = withheldImages.map(image =>
    layerCache.cacheFrom.find(source => source.endsWith(`/${image}`))
  )
  const unread = result.failedImports.filter(
    source => layerCache.cacheFrom.includes(source) && !withheld.includes(source)
  )
  if (unread.length > 0) {
    core.warning(
      `The build ran without the restored layer cache: the daemon could not read ` +
        `${unread.join(', ')} (is it in another network namespace than this step?)`
    )
  }
  const stageSteps = []
  const cacheImages: string[] = []
  const keptImages: string[] = []
  // With no-cache, nothing would be reused: only the target is kept.
  const needed = request.noCache ? [] : stageDependencies(stages, request.target)
  for (const stage of needed) {
    const target = stage.name ?? String(stage.index)
    if (uncached.some(entry => entry.stage === target)) continue
    const image = cacheImage(id, target)
    // A withheld image lost its own layers: kept, it would be saved without them again.
    const restored = layerCache.cacheImages.includes(image) && !withheldImages.includes(image)
    if (restored && stageReused(stageLabel(stage), result.steps)) {
      core.info(`Stage "${target}" came whole from the cache: ${image} is kept as it is`)
      keptImages.push(image)
      continue
    }
    // The build above ran this stage: building it on its own now only reuses that.
    core.info(`Building stage "${target}" as ${image}, so its layers are cached too`)
    try {
      const stageRequest = {
        ...request,
        target,
        tags: [image],
        iidFile: `${request.iidFile}.${stage.index}`,
        cacheArgs,
        push: false
      }
      stageSteps.push((await runBuild(stageRequest, engine)).steps)
      cacheImages.push(image)
    } catch (error) {
      core.warning(`Stage "${target}" was not cached: ${errorMessage(error)}`)
    }
  }
  const root = findStage(stages, request.target)
  if (!uncached.some(entry => entry.stage === (root?.name ?? String(root?.index)))) {
    const targetImage = cacheImage(id)
    const tagged = await execCommand('docker', ['tag', result.imageId, targetImage], {
      silent: true
    })
    if (tagged.exitCode === 0) cacheImages.push(targetImage)
    else core.warning(`The image was not cached: ${lastErrorLine(tagged)}`)
  }
  const steps = mergeSteps([result.steps, ...stageSteps])
  return { ...result, steps, cacheImages, keptImages, uncached }
}

/** The target and the stages it needs that receive a secret-looking build-arg, logged. */
function secretStages(stages: readonly Stage[], request: BuildRequest): UncachedStage[] {
  const secrets = stagesWithSecrets(stages, secretLikeArgs(request.buildArgs))
  const root = findStage(stages, request.target)
  const built = [...stageDependencies(stages, request.target), ...(root ? [root] : [])]
  return built.flatMap(stage => {
    const args = secrets.get(stage.index)
    if (!args) return []
    const name = stage.name ?? String(stage.index)
    core.info(
      `Stage "${name}" is not cached: it receives the build-arg(s) ${args.join(', ')}, ` +
        'whose value its layers and history carry'
    )
    return [{ stage: name, args }]
  })
}

/**
 * podman, buildah: the build reuses the step images loaded from the restored
 * cache; this build's step images (and nothing older) then replace them.
 */
async function buildWithStepImages(
  request: BuildRequest,
  engine: Engine,
  dir: string
): Promise<LayerCacheBuild> {
  const result = await runBuild(request, engine)
  const folder = path.join(dir, STEP_IMAGES_FOLDER)
  const fresh = `${folder}.new`
  rmSync(fresh, { recursive: true, force: true })
  mkdirSync(fresh, { recursive: true })
  try {
    await familyOf(engine).saveImages(distinctImages([...result.stepImages, result.imageId]), fresh)
    rmSync(folder, { recursive: true, force: true })
    renameSync(fresh, folder)
  } catch (error) {
    core.warning(`The layer cache was not kept: ${errorMessage(error)}`)
    rmSync(fresh, { recursive: true, force: true })
  }
  return { ...result, ...NO_IMAGES }
}

/**
 * Each image once: the log names a step's image by a short id, the build's
 * result by its full `sha256:` id, and the last step's image is the result.
 * Pure.
 */
export function distinctImages(ids: readonly string[]): string[] {
  const bare = (id: string) => id.replace(/^sha256:/, '')
  const distinct: string[] = []
  for (const id of ids) {
    const same = distinct.findIndex(
      known => bare(known).startsWith(bare(id)) || bare(id).startsWith(bare(known))
    )
    if (same < 0) distinct.push(id)
    else if (bare(id).length > bare(distinct[same] ?? '').length) distinct[same] = id
  }
  return distinct
}

/** buildx: import the restored cache, export to a fresh directory that then replaces it. */
async function buildWithLocalCache(
  request: BuildRequest,
  engine: Engine,
  dir: string
): Promise<LayerCacheBuild> {
  const current = path.join(dir, LOCAL_CACHE)
  const fresh = path.join(dir, `${LOCAL_CACHE}.new`)
  rmSync(fresh, { recursive: true, force: true })
  const cacheArgs = localCacheArgs({
    ...(existsSync(current) ? { restored: current } : {}),
    fresh
  })
  const result = await runBuild({ ...request, cacheArgs }, engine)
  if (existsSync(fresh)) {
    rmSync(current, { recursive: true, force: true })
    renameSync(fresh, current)
  }
  return { ...result, ...NO_IMAGES }
}
