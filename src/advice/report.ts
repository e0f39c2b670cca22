/**
 * Advice on a build: measured while the image is pushed, then published as
 * annotations on the Dockerfile's lines and a section of the summary. Advice
 * is a report: what cannot be measured is left out with a note, never a failure.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import * as path from 'node:path'
import type { BuildStep } from '../engine/progress.js'
import { errorMessage } from '../errors.js'
import type { Increase, SizeCheck } from '../report/budget.js'
import type { Inputs } from '../inputs.js'
import type { SizeReport } from '../report/sizes.js'
import { adviseBuild, type Advice, type ContextFacts } from './advice.js'
import { checkWasted } from './budget.js'
import { dockerFamily } from '../engine/docker.js'
import { unmeasuredLayers } from '../engine/layers.js'
import { cachedLayers, filesCacheDir, storeLayers } from './files-cache.js'
import { withGrownFiles } from './grown-layers.js'
import { readImageFiles, type ImageFiles } from './image-files.js'
import { annotationText, type AdviceSection } from './render.js'

export interface AdviceRequest {
  readonly imageId: string
  readonly file: string
  /** The Dockerfile's text, as read before the build. */
  readonly dockerfile: string
  readonly context: string
  readonly steps: readonly BuildStep[]
  /** Where a docker save may go when the history cannot say which entries made a layer. */
  readonly tempDir: string
  /** `advice`: the annotations and the section; `max-wasted` is checked either way. */
  readonly enabled: boolean
  readonly maxWasted?: Increase
  readonly sizeCheck: SizeCheck
}

/** Files past this many in the context are not counted: it is large enough to say so. */
const CONTEXT_ENTRIES = 100_000

/** Undefined when neither the advice nor a waste budget is wanted. */
export async function measureAdvice(request: AdviceRequest): Promise<AdviceSection | undefined> {
  if (!request.enabled && !request.maxWasted) return undefined
  const file = annotationPath(request.file)
  const { dockerfile } = request
  const [context, image] = await Promise.all([
    // Only a finding reads it, and without the advice there are none.
    request.enabled
      ? measureContext(request.context, request.file).catch(() => undefined)
      : undefined,
    imageFiles(request.imageId, request.tempDir).catch((error: unknown) => errorMessage(error))
  ])
  let note: string | undefined
  if (typeof image === 'string')
    note = `The image's files could not be read (${image}): advice from the Dockerfile only.`
  else if (image.truncated)
    note = 'The image has too many files to read them all: advice from the Dockerfile only.'
  const files = typeof image === 'string' || image.truncated ? undefined : image
  const advice: Advice = adviseBuild({
    dockerfile,
    steps: request.steps,
    ...(files ? { image: files } : {}),
    ...(context ? { context } : {})
  })
  return {
    advice: request.enabled ? advice : { ...advice, findings: [] },
    enabled: request.enabled,
    ...(files ? { image: files } : {}),
    file,
    exceeded: checkWasted(advice, request.maxWasted),
    sizeCheck: request.sizeCheck,
    ...(note ? { note } : {})
  }
}

/** An image id names its content: its files are read once a run. */
const imagesRead = new Map<string, Promise<ImageFiles>>()

function imageFiles(imageId: string, tempDir: string): Promise<ImageFiles> {
  let files = imagesRead.get(imageId)
  if (!files) imagesRead.set(imageId, (files = readFiles(imageId, tempDir)))
  return files
}

/**
 * Starts reading the image's files for the advice as soon as it exists (a
 * build that pushes has written it before its push ends); the advice awaits
 * the same read, and reports its failure.
 */
export function prefetchImageFiles(imageId: string, tempDir: string): void {
  imageFiles(imageId, tempDir).catch(() => undefined)
}

/**
 * The layers' files kept by an earlier run when it has them all, with the
 * history from `docker history`; else everything from `docker save`.
 */
async function readFiles(imageId: string, tempDir: string): Promise<ImageFiles> {
  const dir = filesCacheDir()
  const image = await dockerFamily.inspect(imageId)
  const layers = await cachedLayers(dir, image.diffIds)
  if (layers) {
    // An export, where one is needed, goes to a folder of its own (localLayers).
    const { config } = await unmeasuredLayers(image, tempDir)
    return {
      history: config.history,
      user: image.user,
      diffIds: image.diffIds,
      layers,
      truncated: false
    }
  }
  const files = await readImageFiles(imageId)
  if (!files.truncated) await storeLayers(dir, files.diffIds, files.layers)
  return files
}

/** Each finding as an annotation on its line; an exceeded waste budget as a warning. */
export function publishAdvice(section: AdviceSection): void {
  for (const finding of section.advice.findings) {
    const annotate = finding.level === 'warning' ? core.warning : core.notice
    annotate(annotationText(finding), {
      file: section.file,
      startLine: finding.line,
      title: finding.title
    })
  }
  if (section.note) core.info(section.note)
  if (section.sizeCheck === 'warn') for (const line of section.exceeded) core.warning(line)
}

/** GitHub places an annotation by the file's path in the repository. */
function annotationPath(file: string): string {
  const root = process.env.GITHUB_WORKSPACE || process.cwd()
  const relative = path.relative(root, path.resolve(file))
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/')
}

/** The context's size, counted up to a bound, and whether a .dockerignore applies to it. */
async function measureContext(context: string, file: string): Promise<ContextFacts> {
  const dockerignore =
    existsSync(path.join(context, '.dockerignore')) || existsSync(`${file}.dockerignore`)
  if (dockerignore) return { bytes: 0, dockerignore }
  let bytes = 0
  let entries = 0
  const pending = [context]
  while (pending.length > 0 && entries < CONTEXT_ENTRIES) {
    const dir = pending.pop() ?? ''
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      entries++
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) pending.push(full)
      else if (entry.isFile()) bytes += (await lstat(full)).size
    }
  }
  return { bytes, dockerignore }
}

/** Whether the advice reads the image's files: for the advice itself, or for a waste budget. */
export function readsImageFiles(inputs: Pick<Inputs, 'advice' | 'sizes'>): boolean {
  return inputs.advice || Boolean(inputs.sizes.budget.maxWasted)
}

/** The advice, started now and awaited later; a failure to make it warns and leaves it out. */
export function startAdvice(
  inputs: Pick<Inputs, 'file' | 'context' | 'advice' | 'sizes'>,
  build: Pick<AdviceRequest, 'imageId' | 'steps' | 'tempDir' | 'dockerfile'>
): Promise<AdviceSection | undefined> {
  const { budget } = inputs.sizes
  return measureAdvice({
    ...build,
    file: inputs.file,
    context: inputs.context,
    enabled: inputs.advice,
    sizeCheck: budget.check,
    ...(budget.maxWasted ? { maxWasted: budget.maxWasted } : {})
  }).catch((error: unknown) => {
    core.warning(`The advice could not be made: ${errorMessage(error)}`)
    return undefined
  })
}

/** Publishes the advice, with the files behind what grew when the image was compared. */
export async function finishAdvice(
  advice: Promise<AdviceSection | undefined>,
  sizes: SizeReport | undefined
): Promise<AdviceSection | undefined> {
  const section = await advice
  if (!section) return undefined
  publishAdvice(section)
  try {
    return await withGrownFiles(section, sizes)
  } catch (error) {
    core.warning(`What grew could not be read: ${errorMessage(error)}`)
    return section
  }
}

/** With `size-check: fail`, an exceeded `max-wasted` keeps every tag from being pushed. */
export async function wastedBeforePush(
  advice: Promise<AdviceSection | undefined>,
  budget: { readonly check: SizeCheck; readonly maxWasted?: Increase }
): Promise<boolean> {
  if (budget.check !== 'fail' || !budget.maxWasted) return false
  const exceeded = (await advice)?.exceeded.length ?? 0
  if (exceeded > 0) core.info('The waste budget is exceeded: nothing is pushed.')
  return exceeded > 0
}
