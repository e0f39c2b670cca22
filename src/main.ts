import * as core from '@actions/core'
import { mkdtempSync } from 'node:fs'
import * as path from 'node:path'
import {
  prefetchImageFiles,
  readsImageFiles,
  startAdvice,
  wastedBeforePush
} from './advice/report.js'
import { buildWithLayerCache } from './cache/build.js'
import {
  restoreLayerCache,
  startCacheDownload,
  wantsCacheService,
  type CacheDownload
} from './cache/layer-cache.js'
import { planLayerCacheSave } from './cache/save.js'
import { cacheService } from './cache/service.js'
import { readContext, runnerTemp } from './context.js'
import { evaluatesOnly, runEvaluation, runExports } from './engine/build-runs.js'
import { detectEngine } from './engine/engine.js'
import { familyOf } from './engine/family.js'
import { prefetchHistory } from './engine/layers.js'
import { readInputs, type Inputs } from './inputs.js'
import { mergeImages } from './merge/merge.js'
import { planBuild } from './pipeline/build-plan.js'
import { checkDockerfile } from './pipeline/dockerfile-check.js'
import { pushedByBuild, pushImage } from './pipeline/push-step.js'
import {
  heldBack,
  measureBeforePush,
  prefetchBase,
  pushedImageReads,
  reportRun
} from './pipeline/report-step.js'
import { promoteImage } from './promote/promote.js'
import { loginRegistries, planRegistryLogins } from './registry/session.js'
import { markMain, saveState } from './state.js'
import { computeTags } from './tags.js'

/**
 * The main phase: inputs → tags → engine → login → (promote | merge) → cache
 * restore → build → push → report, each step in its log group.
 */
export async function run(): Promise<void> {
  markMain()
  const inputs = readInputs()
  // Both wait on something other than this process (docker; loading a large
  // library): started now, they overlap with the checks below.
  const engineReady = detectEngine(inputs.engine, {
    platforms: inputs.platforms.length > 0,
    builder: inputs.build.builder
  })
  engineReady.catch(() => undefined) // awaited, and reported, at the Engine step
  if (wantsCacheService(inputs)) cacheService().catch(() => undefined)
  const context = readContext()
  const metadata = await core.group('Tags', () => computeTags(inputs, context))
  const tags = metadata.tags
  // A promotion that may not fall back to a build, and a merge, need no Dockerfile.
  const dockerfile =
    inputs.promote?.missing === 'fail' || inputs.merge ? undefined : checkDockerfile(inputs)
  const sources = inputs.promote ? [inputs.promote.from] : mergeReferences(inputs)
  const logins = planRegistryLogins(inputs.registryAuth, [...tags, ...sources], inputs.push)

  const tempRoot = runnerTemp()
  const tempDir = mkdtempSync(path.join(tempRoot, 'hoist-'))
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
  await core.group('Login', () => loginRegistries(logins, inputs.registryAuth, tempRoot, family))
  if (inputs.promote) {
    const { promote, registryAuth, summary } = inputs
    const request = { promote, tags, retry: registryAuth.retry, summary }
    if (await core.group('Promote', () => promoteImage(request))) return
    download = cacheDownload(inputs, tags)
  }
  const { merge } = inputs
  if (merge) return core.group('Merge', () => mergeImages({ merge, inputs, metadata, context }))

  // A promotion that may fall back to a build checked it above; one that may not has ended.
  if (!dockerfile) throw new Error('no Dockerfile was checked for this build')
  const { text, stages } = dockerfile
  // What the engine cannot build fails here, before anything is built or pushed.
  const iidFile = path.join(tempDir, 'iid')
  const request = planBuild({ inputs, engine, context, metadata, iidFile })
  if (evaluatesOnly(request)) return core.group('Build', () => runEvaluation(request, engine))
  const layerCache = await core.group('Cache restore', () =>
    restoreLayerCache(inputs, engine, download)
  )
  // The advice reads the image with docker's own commands.
  const adviceInputs = { ...inputs, advice: inputs.advice && family.command === 'docker' }
  // A build that pushes writes the image first: what the advice and the report
  // read of it starts then, beside the push; the pushed image's read once
  // the build's progress says it is pushed (report-step.ts).
  const readImage = (imageId: string): void => {
    prefetchHistory(imageId, family)
    if (readsImageFiles(adviceInputs)) prefetchImageFiles(imageId, tempDir)
  }
  const pushedReads = pushedImageReads(tags, family)
  const onImageWritten = (imageId: string): void => {
    pushedReads.written()
    readImage(imageId)
  }
  const { pushed: onPushed } = pushedReads
  prefetchBase(inputs, tags, { ...metadata, payload: context.payload })
  const build = await core.group('Build', () =>
    buildWithLayerCache(
      layerCache,
      stages,
      { ...request, onImageWritten, ...(onPushed ? { onPushed } : {}) },
      engine
    )
  )
  if (inputs.build.outputs.length > 0) {
    await core.group('Outputs', () => runExports(request, inputs.build.outputs, engine))
  }

  readImage(build.imageId)
  const pushedImage = pushedByBuild(build, tags) ? pushedReads.read(build.imageId) : undefined
  // Read while the image is measured and pushed; awaited for the report.
  const advice = startAdvice(adviceInputs, {
    imageId: build.imageId,
    steps: build.steps,
    tempDir,
    dockerfile: text
  })
  const { baseImage } = metadata
  const basis = {
    imageId: build.imageId,
    tags,
    steps: build.steps,
    dockerfile: text,
    tempDir,
    context,
    inputs: inputs.sizes,
    compressedStore: engine.can.storesCompressedLayers,
    daemonOnThisHost: engine.daemonOnThisHost,
    family,
    ...(baseImage ? { baseImage } : {})
  }
  const multiPlatform = request.platforms.length > 1
  // A budget that fails the step is checked before anything is pushed.
  const before = await measureBeforePush(basis, inputs, multiPlatform)
  const pushed =
    inputs.push && !heldBack(before) && !(await wastedBeforePush(advice, inputs.sizes.budget))
  const push = pushed
    ? await core.group('Push', () =>
        pushImage({
          build,
          tags,
          byDigest: inputs.pushByDigest,
          retry: inputs.registryAuth.retry,
          engine,
          tempDir
        })
      )
    : { pushes: [] }
  const cacheSave = planLayerCacheSave(layerCache, build)
  if (cacheSave.pending) saveState({ layerCache: cacheSave.pending })
  await reportRun({
    inputs,
    engine,
    basis,
    multiPlatform,
    before,
    pushed,
    push,
    layerCache,
    build,
    cacheSave,
    advice,
    ...(pushedImage ? { pushedImage } : {})
  })
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
