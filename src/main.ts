import * as core from '@actions/core'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { buildWithLayerCache } from './cache/build.js'
import { restoreLayerCache } from './cache/layer-cache.js'
import { cacheReport, planLayerCacheSave } from './cache/save.js'
import { readContext } from './context.js'
import { detectBuilder } from './engine/builder.js'
import { parseStages } from './engine/dockerfile.js'
import { digestFor, inspectImage } from './engine/image.js'
import { pushTags } from './engine/push.js'
import { InputError, readInputs, type Inputs } from './inputs.js'
import { parseImageReference } from './registry/reference.js'
import { renderSummary, type Report } from './report/summary.js'
import { markMain, saveState } from './state.js'

/** The main phase: inputs → tags → build → push → report. */
export async function run(): Promise<void> {
  markMain()
  const inputs = readInputs()
  readContext()
  const tags = checkTags(inputs)
  checkDockerfile(inputs)

  const tempDir = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'hoist-'))
  saveState({ tempDir })

  const builder = await core.group('Builder', detectBuilder)
  const layerCache = await core.group('Cache restore', () =>
    restoreLayerCache(inputs, builder, tags)
  )
  const build = await core.group('Build', () =>
    buildWithLayerCache(
      layerCache,
      { ...inputs, tags, iidFile: path.join(tempDir, 'iid') },
      builder
    )
  )
  if (inputs.push) await core.group('Push', () => pushTags(tags))
  const cacheSave = planLayerCacheSave(layerCache, build)
  if (cacheSave.pending) saveState({ layerCache: cacheSave.pending })

  const image = await inspectImage(build.imageId)
  const digest = inputs.push && tags[0] ? digestFor(tags[0], image.repoDigests) : undefined
  core.setOutput('imageid', build.imageId)
  core.setOutput('digest', digest ?? '')
  core.setOutput('tags', tags.join('\n'))
  core.setOutput('size', String(image.size))
  if (inputs.summary) {
    await writeSummary({
      imageId: build.imageId,
      tags,
      pushed: inputs.push,
      size: image.size,
      builder: builder.kind === 'buildx' ? 'docker buildx' : 'docker build (BuildKit)',
      steps: build.steps,
      cache: cacheReport(layerCache, build, cacheSave),
      ...(digest ? { digest } : {})
    })
  }
}

function checkTags(inputs: Inputs): string[] {
  for (const tag of inputs.tags) {
    try {
      parseImageReference(tag)
    } catch (error) {
      throw new InputError('tags', `"${tag}" is not a valid image reference: ${message(error)}`)
    }
  }
  if (inputs.push && inputs.tags.length === 0) {
    throw new InputError('tags', 'push is true but no tag was given')
  }
  return [...new Set(inputs.tags)]
}

function checkDockerfile(inputs: Inputs): void {
  if (!existsSync(inputs.context) || !statSync(inputs.context).isDirectory()) {
    throw new InputError('context', `"${inputs.context}" is not a directory`)
  }
  if (!existsSync(inputs.file)) {
    throw new InputError('file', `"${inputs.file}" does not exist`)
  }
  if (!inputs.target) return
  const stages = parseStages(readFileSync(inputs.file, 'utf8'))
  const target = inputs.target.toLowerCase()
  if (!stages.some(stage => stage.name === target || String(stage.index) === target)) {
    const names = stages.flatMap(stage => (stage.name ? [stage.name] : []))
    throw new InputError(
      'target',
      `stage "${inputs.target}" is not in ${inputs.file}` +
        (names.length ? `; its stages are: ${names.join(', ')}` : '; it has no named stage')
    )
  }
}

/** The summary is a report, never a reason to fail the job. */
async function writeSummary(report: Report): Promise<void> {
  try {
    await core.summary.addRaw(renderSummary(report)).write()
  } catch (error) {
    core.warning(`The job summary could not be written: ${message(error)}`)
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
