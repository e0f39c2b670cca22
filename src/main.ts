import * as core from '@actions/core'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { buildWithLayerCache } from './cache/build.js'
import {
  restoreLayerCache,
  startCacheDownload,
  wantsCacheService,
  type CacheDownload
} from './cache/layer-cache.js'
import { cacheService } from './cache/service.js'
import { cacheReport, planLayerCacheSave } from './cache/save.js'
import { readContext } from './context.js'
import { attestationContext, attestationsFor, checkAttestations } from './engine/attestations.js'
import { detectEngine } from './engine/engine.js'
import { checkPlatforms } from './engine/platforms.js'
import {
  checkEngineOptions,
  evaluatesOnly,
  runEvaluation,
  runExports
} from './engine/build-runs.js'
import { findStage, parseStages, type Stage } from './engine/dockerfile.js'
import { familyOf } from './engine/family.js'
import { digestFor } from './engine/image.js'
import { pushTags } from './engine/push.js'
import { pushByDigest, untaggedReferences } from './engine/digest-push.js'
import { mergeImages } from './merge/merge.js'
import { InputError, readInputs, type Inputs } from './inputs.js'
import { promoteImage } from './promote/promote.js'
import { pushedOutput, pushFailure, registryResults } from './registry/pushed.js'
import { loginRegistries, planRegistryLogins } from './registry/session.js'
import { reportPlatformSizes } from './report/platform-sizes.js'
import type { PlatformsReport } from './report/platforms.js'
import { checksBudgetBeforePush, overBudgetBeforePush, reportSizes } from './report/size-report.js'
import { renderSummary } from './report/summary.js'
import { appendSummary } from './report/write.js'
import { markMain, saveState } from './state.js'
import { computeTags } from './tags.js'
import { errorMessage } from './errors.js'

/** The main phase: inputs → context → tags → login → build → push → report. */
export async function run(): Promise<void> {
  markMain()
  const inputs = readInputs()
  // Both wait on something other than this process (docker; loading a large
  // library): started now, they overlap with the checks and logins below.
  const engineReady = detectEngine(inputs.engine, {
    platforms: inputs.platforms.length > 0,
    builder: inputs.build.builder
  })
  engineReady.catch(() => undefined) // awaited, and reported, at the Engine step
  if (wantsCacheService(inputs)) cacheService().catch(() => undefined)
  const context = readContext()
  const metadata = await core.group('Tags', () => Promise.resolve(computeTags(inputs, context)))
  const tags = metadata.tags
  // A promotion that may not fall back to a build needs no Dockerfile.
  const stages = inputs.promote?.missing === 'fail' || inputs.merge ? [] : checkDockerfile(inputs)
  const source = inputs.promote ? [inputs.promote.from] : mergeReferences(inputs)
  const logins = planRegistryLogins(inputs.registryAuth, [...tags, ...source], inputs.push)

  const runnerTemp = process.env.RUNNER_TEMP || os.tmpdir()
  const tempDir = mkdtempSync(path.join(runnerTemp, 'hoist-'))
  saveState({ tempDir })
  // The inputs are checked: the cache downloads while the engine detection and the
  // logins run; for a promotion or a merge, only once a build is certain.
  let download = inputs.promote || inputs.merge ? undefined : cacheDownload(inputs, tags)
  // The engine's own tool logs in: it is known first.
  const engine = await core.group('Engine', async () => {
    const ready = await engineReady
    core.info(`Engine: ${ready.description}${ready.chosen ? `, chosen by ${ready.chosen}` : ''}`)
    return ready
  })
  const family = familyOf(engine)
  saveState({ frontend: engine.frontend })
  await core.group('Login', () => loginRegistries(logins, inputs.registryAuth, runnerTemp, family))
  if (inputs.promote) {
    const { promote, registryAuth, summary } = inputs
    const request = { promote, tags, retry: registryAuth.retry, summary }
    if (await core.group('Promote', () => promoteImage(request))) return
    download = cacheDownload(inputs, tags)
  }
  const { merge } = inputs
  if (merge) return core.group('Merge', () => mergeImages({ merge, inputs, metadata, context }))

  // What the engine cannot build fails here, before anything is built or pushed.
  const platforms = checkPlatforms(inputs.platforms, engine)
  checkAttestations(inputs.attestations, engine)
  const attestations = attestationsFor(
    inputs.attestations,
    engine,
    attestationContext(context, inputs.push, process.env)
  )

  // Where the engine can, the build pushes every tag itself: one command, not a
  // push per tag after it; never when a budget must pass before anything is pushed.
  const pushFromBuild =
    inputs.push &&
    !inputs.pushByDigest &&
    engine.can.pushFromBuild &&
    platforms.length <= 1 &&
    !checksBudgetBeforePush(inputs.sizes.budget)
  // Annotated where the engine keeps annotations; where it cannot, only given ones are an error.
  checkEngineOptions(inputs.build, inputs.annotations.length > 0, engine)
  const request = {
    ...inputs,
    tags,
    labels: metadata.labels,
    annotations: engine.can.annotate ? metadata.annotations : [],
    options: inputs.build,
    iidFile: path.join(tempDir, 'iid'),
    platforms,
    attestations,
    push: pushFromBuild
  }
  if (evaluatesOnly(request)) return core.group('Build', () => runEvaluation(request, engine))
  const layerCache = await core.group('Cache restore', () =>
    restoreLayerCache(inputs, engine, download)
  )
  const build = await core.group('Build', () =>
    buildWithLayerCache(layerCache, stages, request, engine)
  )
  if (inputs.build.outputs.length > 0) {
    await core.group('Outputs', () => runExports(request, inputs.build.outputs, engine))
  }
  const { imageId, steps } = build
  const { baseImage } = metadata
  const sizeRequest = {
    imageId,
    tags,
    steps,
    tempDir,
    context,
    inputs: inputs.sizes,
    compressedStore: engine.can.storesCompressedLayers,
    daemonOnThisHost: engine.daemonOnThisHost,
    family,
    ...(baseImage ? { baseImage } : {})
  }
  // Several platforms: every one is measured from the local index, and each has its budget.
  const multiPlatform = platforms.length > 1
  const measurePlatforms = (): Promise<PlatformsReport | undefined> =>
    sizeReport(() => reportPlatformSizes(sizeRequest))
  // A budget that fails the step is checked before anything is pushed.
  const platformsBefore =
    multiPlatform && inputs.push && inputs.sizes.budget.check === 'fail'
      ? await measurePlatforms()
      : undefined
  const overBudget =
    inputs.push && !multiPlatform
      ? await sizeReport(() => overBudgetBeforePush(sizeRequest))
      : undefined
  const pushed = inputs.push && !overBudget && !platformsBefore?.budget.length
  const { retry } = inputs.registryAuth
  const compressedStore = engine.can.storesCompressedLayers
  const push = inputs.pushByDigest
    ? () => pushByDigest({ imageId, tags, tempDir, retry, compressedStore })
    : () => pushTags(tags, retry, family, tempDir, build.pushes)
  const pushes = pushed ? await core.group('Push', push) : []
  // Pushed by digest, the registry holds `name@digest` and no tag.
  const untagged = inputs.pushByDigest ? untaggedReferences(pushes) : undefined
  const cacheSave = planLayerCacheSave(layerCache, build)
  if (cacheSave.pending) saveState({ layerCache: cacheSave.pending })

  const image = await family.inspect(imageId)
  const registries = registryResults(pushes, untagged ?? image.repoDigests)
  const first = pushes.find(push => push.tag === tags[0])
  const digest =
    pushed && tags[0]
      ? (first?.digest ?? digestFor(tags[0], untagged ?? image.repoDigests))
      : undefined
  core.setOutput('imageid', imageId)
  core.setOutput('digest', digest ?? '')
  core.setOutput('pushed', pushedOutput(registries))
  core.setOutput('image-name', untagged?.map(ref => ref.replace(/@.*/, '')).join('\n') ?? '')
  const platformSizes = multiPlatform
    ? (platformsBefore ?? (await core.group('Size report', measurePlatforms)))
    : undefined
  const sizes = multiPlatform
    ? undefined
    : (overBudget ??
      (await core.group('Size report', () =>
        sizeReport(() =>
          reportSizes({
            ...sizeRequest,
            pushed,
            ...(untagged?.[0] ? { readBack: untagged[0] } : {}),
            size: image.size,
            platform: image.platform,
            diffIds: image.diffIds
          })
        )
      )))
  // A store that keeps layers compressed reports its blobs' size: the report counts the layers'.
  const size = multiPlatform
    ? platformSizes?.platforms[0]?.uncompressedSize
    : (sizes?.uncompressedSize ?? (engine.can.storesCompressedLayers ? undefined : image.size))
  core.setOutput('size', size === undefined ? '' : String(size))
  if (inputs.summary) {
    await appendSummary(
      renderSummary({
        imageId,
        tags,
        pushed,
        ...(size !== undefined ? { size } : {}),
        engine: engine.description,
        steps,
        registries,
        cache: cacheReport(layerCache, build, cacheSave),
        ...(digest ? { digest } : {}),
        ...(untagged ? { untagged } : {}),
        ...(sizes ? { sizes } : {}),
        ...(platformSizes ? { platforms: platformSizes } : {})
      })
    )
  }
  const failure = pushFailure(registries)
  if (failure) throw new Error(failure)
  const exceeded = sizes?.budget ?? platformSizes?.budget ?? []
  if (inputs.sizes.budget.check === 'fail' && exceeded.length) throw new Error(exceeded.join(' '))
}

/** A merge's `name@digest` sources: registries to log in to, as the tags' are. */
function mergeReferences(inputs: Inputs): string[] {
  return (inputs.merge ?? []).flatMap(source => (source.location ? [source.text] : []))
}

function cacheDownload(inputs: Inputs, tags: readonly string[]): CacheDownload | undefined {
  const download = startCacheDownload(inputs, tags)
  // What is restored stays until post, which saves from it: gone even if the build fails.
  if (download) saveState({ cacheDir: download.dir })
  return download
}

/** Sizes are a report: a failure to measure them warns and leaves them out. */
async function sizeReport<Report>(
  measure: () => Promise<Report | undefined>
): Promise<Report | undefined> {
  try {
    return await measure()
  } catch (error) {
    core.warning(`The size report could not be made: ${errorMessage(error)}`)
    return undefined
  }
}

/** Checks the context, the Dockerfile and the target; returns the Dockerfile's stages. */
function checkDockerfile(inputs: Inputs): Stage[] {
  if (!existsSync(inputs.context) || !statSync(inputs.context).isDirectory()) {
    throw new InputError('context', `"${inputs.context}" is not a directory`)
  }
  if (!existsSync(inputs.file)) {
    throw new InputError('file', `"${inputs.file}" does not exist`)
  }
  const stages = parseStages(readFileSync(inputs.file, 'utf8'))
  if (inputs.target && !findStage(stages, inputs.target)) {
    const names = stages.flatMap(stage => (stage.name ? [stage.name] : []))
    throw new InputError(
      'target',
      `stage "${inputs.target}" is not in ${inputs.file}` +
        (names.length ? `; its stages are: ${names.join(', ')}` : '; it has no named stage')
    )
  }
  return stages
}
