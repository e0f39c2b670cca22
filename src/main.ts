import * as core from '@actions/core'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { finishAdvice, startAdvice, wastedBeforePush } from './advice/report.js'
import { buildWithLayerCache } from './cache/build.js'
import { restoreLayerCache, startCacheDownload, wantsCacheService } from './cache/layer-cache.js'
import { cacheService } from './cache/service.js'
import { cacheReport, planLayerCacheSave } from './cache/save.js'
import { readContext } from './context.js'
import { detectBuilder } from './engine/builder.js'
import { findStage, parseStages, type Stage } from './engine/dockerfile.js'
import { digestFor, inspectImage } from './engine/image.js'
import { pushTags } from './engine/push.js'
import { InputError, readInputs, type Inputs } from './inputs.js'
import { pushedOutput, pushFailure, registryResults } from './registry/pushed.js'
import { loginRegistries, planRegistryLogins } from './registry/session.js'
import { overBudgetBeforePush, reportSizes } from './report/size-report.js'
import type { SizeReport } from './report/sizes.js'
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
  const builderReady = detectBuilder()
  builderReady.catch(() => undefined) // awaited, and reported, at the Builder step
  if (wantsCacheService(inputs)) cacheService().catch(() => undefined)
  const context = readContext()
  const metadata = await core.group('Tags', () => Promise.resolve(computeTags(inputs, context)))
  const tags = metadata.tags
  const stages = checkDockerfile(inputs)
  const logins = planRegistryLogins(inputs.registryAuth, tags, inputs.push)

  const runnerTemp = process.env.RUNNER_TEMP || os.tmpdir()
  const tempDir = mkdtempSync(path.join(runnerTemp, 'hoist-'))
  saveState({ tempDir })
  // The inputs are checked: the cache downloads while the logins and builder detection run.
  const download = startCacheDownload(inputs, tags)
  // What is restored stays until post, which saves from it: gone even if the build fails.
  if (download) saveState({ cacheDir: download.dir })
  await core.group('Login', () => loginRegistries(logins, inputs.registryAuth, runnerTemp))

  const builder = await core.group('Builder', async () => {
    const ready = await builderReady
    core.info(`Builder: ${ready.description}`)
    return ready
  })
  const layerCache = await core.group('Cache restore', () =>
    restoreLayerCache(inputs, builder, download)
  )
  const build = await core.group('Build', () =>
    buildWithLayerCache(
      layerCache,
      stages,
      { ...inputs, tags, labels: metadata.labels, iidFile: path.join(tempDir, 'iid') },
      builder
    )
  )
  const { imageId, steps } = build
  // Read while the image is measured and pushed; awaited for the report.
  const advice = startAdvice(inputs, { imageId, steps, tempDir })

  const { baseImage } = metadata
  const sizeRequest = {
    imageId,
    tags,
    steps,
    dockerfile: readFileSync(inputs.file, 'utf8'),
    tempDir,
    context,
    inputs: inputs.sizes,
    ...(baseImage ? { baseImage } : {})
  }
  // A budget that fails the step is checked before anything is pushed.
  const overBudget = inputs.push
    ? await sizeReport(() => overBudgetBeforePush(sizeRequest))
    : undefined
  const pushed =
    inputs.push && !overBudget && !(await wastedBeforePush(advice, inputs.sizes.budget))
  const pushes = pushed
    ? await core.group('Push', () => pushTags(tags, inputs.registryAuth.retry))
    : []
  const cacheSave = planLayerCacheSave(layerCache, build)
  if (cacheSave.pending) saveState({ layerCache: cacheSave.pending })

  const image = await inspectImage(imageId)
  const registries = registryResults(pushes, image.repoDigests)
  const digest = pushed && tags[0] ? digestFor(tags[0], image.repoDigests) : undefined
  core.setOutput('imageid', imageId)
  core.setOutput('digest', digest ?? '')
  core.setOutput('tags', tags.join('\n'))
  core.setOutput('size', String(image.size))
  core.setOutput('pushed', pushedOutput(registries))
  const sizes =
    overBudget ??
    (await core.group('Size report', () =>
      sizeReport(() =>
        reportSizes({
          ...sizeRequest,
          pushed,
          size: image.size,
          platform: image.platform,
          diffIds: image.diffIds
        })
      )
    ))
  const advised = await core.group('Advice', () => finishAdvice(advice, sizes))
  if (inputs.summary) {
    await appendSummary(
      renderSummary({
        imageId,
        tags,
        pushed,
        size: image.size,
        builder: builder.kind === 'buildx' ? 'docker buildx' : 'docker build (BuildKit)',
        steps,
        registries,
        cache: cacheReport(layerCache, build, cacheSave),
        ...(digest ? { digest } : {}),
        ...(sizes ? { sizes } : {}),
        ...(advised && (inputs.advice || advised.exceeded.length) ? { advice: advised } : {})
      })
    )
  }
  const failure = pushFailure(registries)
  if (failure) throw new Error(failure)
  const exceeded = [...(sizes?.budget ?? []), ...(advised?.exceeded ?? [])]
  if (inputs.sizes.budget.check === 'fail' && exceeded.length) throw new Error(exceeded.join(' '))
}

/** Sizes are a report: a failure to measure them warns and leaves them out. */
async function sizeReport(
  measure: () => Promise<SizeReport | undefined>
): Promise<SizeReport | undefined> {
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
