/**
 * BuildKit's `--progress=plain` output, read into build steps. Pure.
 *
 * Each vertex prints `#N <name>` once, then `#N CACHED`, `#N DONE 1.2s` or
 * `#N ERROR …`. Dockerfile instructions are the vertices named
 * `[stage i/n] INSTRUCTION`; the rest (`[internal] …`, `exporting to image`)
 * is the builder's own work.
 */

export interface BuildStep {
  /** `builder 2/3`, or `1/2` for an unnamed single stage. */
  readonly stage: string
  /** The instruction as BuildKit prints it: `RUN make`. */
  readonly instruction: string
  readonly cached: boolean
  /** Seconds the step ran; 0 when cached. */
  readonly seconds: number
  readonly failed: boolean
}

/** The stage a step belongs to, without its position: `builder 2/3` → `builder`. */
export function stageName(stage: string): string {
  return stage.replace(/\s*\d+\/\d+$/, '')
}

/** A line of a vertex: `#N ` and its text. */
export const VERTEX = /^#(\d+) (.*)$/
const INSTRUCTION = /^\[([^\]]*\d+\/\d+)\] (.*)$/

interface Vertex {
  name: string
  cached: boolean
  seconds: number
  failed: boolean
  done: boolean
  error?: string
  /** Lines under the vertex besides its status, e.g. `writing image sha256:… done`. */
  lines: string[]
}

export function parseProgress(log: string): BuildStep[] {
  const steps: BuildStep[] = []
  for (const vertex of readVertices(log)) {
    const instruction = INSTRUCTION.exec(vertex.name)
    if (!instruction) continue
    steps.push({
      stage: instruction[1] ?? '',
      instruction: instruction[2] ?? '',
      cached: vertex.cached,
      seconds: vertex.cached ? 0 : vertex.seconds,
      failed: vertex.failed
    })
  }
  return steps
}

/** The `--cache-from` sources BuildKit could not read; it builds on without them. */
export function failedCacheImports(log: string): string[] {
  return readVertices(log)
    .filter(vertex => vertex.failed)
    .map(vertex => /^importing cache manifest from (\S+)$/.exec(vertex.name)?.[1])
    .filter(source => source !== undefined)
}

/**
 * What the docker driver's own push did, tag by tag: one vertex `pushing REF
 * with docker` a tag, DONE or ERROR; it stops at the first that fails.
 */
export interface BuildPushes {
  readonly pushed: readonly string[]
  readonly failed?: { readonly tag: string; readonly error: string }
  /** A push under way when the build stopped (stalled, and stopped for it). */
  readonly unfinished?: string
}

/** The name of the vertex that pushes one tag from the docker driver. */
export const PUSHING = /^pushing (\S+) with docker$/

export function parseBuildPushes(log: string): BuildPushes {
  const pushed: string[] = []
  let failed: BuildPushes['failed']
  let unfinished: string | undefined
  for (const vertex of readVertices(log)) {
    const tag = PUSHING.exec(vertex.name)?.[1]
    if (!tag) continue
    if (vertex.failed) failed ??= { tag, error: vertex.error ?? 'the push failed' }
    else if (vertex.done) pushed.push(tag)
    else unfinished ??= tag
  }
  return { pushed, ...(failed ? { failed } : {}), ...(unfinished ? { unfinished } : {}) }
}

/** The line of BuildKit's "exporting to image" step that names the image it wrote. */
export const WRITTEN_IMAGE = /^writing image (sha256:[0-9a-f]{64})\b/

/** The image id the build wrote into the daemon (`writing image sha256:…`), also when a later push failed. */
export function writtenImage(log: string): string | undefined {
  for (const vertex of readVertices(log)) {
    if (vertex.name !== 'exporting to image') continue
    for (const line of vertex.lines) {
      const id = WRITTEN_IMAGE.exec(line)?.[1]
      if (id) return id
    }
  }
  return undefined
}

function readVertices(log: string): Vertex[] {
  const vertices = new Map<string, Vertex>()
  for (const line of log.split(/\r?\n/)) {
    const match = VERTEX.exec(line.trimEnd())
    if (!match) continue
    const [, id = '', text = ''] = match
    let vertex = vertices.get(id)
    if (!vertex) {
      vertex = { name: text, cached: false, seconds: 0, failed: false, done: false, lines: [] }
      vertices.set(id, vertex)
      continue
    }
    vertex.lines.push(text)
    if (text === 'CACHED') vertex.cached = true
    const done = /^DONE (\d+(?:\.\d+)?)s$/.exec(text)
    if (done) {
      vertex.seconds = Number(done[1])
      vertex.done = true
    }
    if (text.startsWith('ERROR')) {
      vertex.failed = true
      vertex.error = text.replace(/^ERROR:?\s*/, '') || undefined
    }
  }
  return [...vertices.values()]
}
