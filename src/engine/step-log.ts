/**
 * The build log of buildah's builder (podman build, buildah build), read into
 * build steps. Pure.
 *
 * Each instruction prints `[i/n] STEP s/m: INSTRUCTION` (without `[i/n]` for
 * a single stage), then `--> Using cache ID` when an image in the store
 * already holds its result, and `--> ID`, the image the step left.
 */
import type { BuildOutput } from './family.js'
import type { BuildStep } from './progress.js'

const STEP = /^(?:\[(\d+)\/(\d+)\] )?STEP (\d+)\/(\d+): (.*)$/
const USING_CACHE = /^--> Using cache ([0-9a-f]{12,64})$/
const IMAGE = /^--> ([0-9a-f]{11,64})$/
const FROM_AS = /^FROM\s+\S+\s+AS\s+(\S+)/i
/** What BuildKit reports as steps too: the instructions that run, copy or resolve a base. */
const STEP_INSTRUCTIONS = /^(FROM|RUN|COPY|ADD|WORKDIR)\s/i

export function parseStepLog(log: string): BuildOutput {
  const steps: { stage: string; instruction: string; cached: boolean }[] = []
  const images: string[] = []
  const stageNames = new Map<string, string>()
  let current: (typeof steps)[number] | undefined
  for (const raw of log.split(/\r?\n/)) {
    const line = raw.trimEnd()
    const step = STEP.exec(line)
    if (step) {
      const [, index = '1', count = '1', position = '', of = '', instruction = ''] = step
      const named = FROM_AS.exec(instruction)?.[1]
      if (named) stageNames.set(index, named)
      const label = stageNames.get(index) ?? (count === '1' ? '' : `stage-${Number(index) - 1}`)
      current = { stage: `${label} ${position}/${of}`.trim(), instruction, cached: false }
      if (STEP_INSTRUCTIONS.test(instruction)) steps.push(current)
      continue
    }
    const cached = USING_CACHE.exec(line)
    if (cached) {
      if (current) current.cached = true
      continue
    }
    const image = IMAGE.exec(line)?.[1]
    if (image && !images.some(known => known.startsWith(image) || image.startsWith(known))) {
      images.push(image)
    }
  }
  const built: BuildStep[] = steps.map(step => ({ ...step, seconds: 0, failed: false }))
  return { steps: built, failedImports: [], stepImages: images }
}
