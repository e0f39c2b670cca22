/**
 * BuildKit's `--progress=plain` output, read into build steps; and followed as
 * it comes (`pushWatcher`). No I/O.
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
const VERTEX = /^#(\d+) (.*)$/
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
const PUSHING = /^pushing (\S+) with docker$/

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
const WRITTEN_IMAGE = /^writing image (sha256:[0-9a-f]{64})\b/

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

/**
 * Follows a pushing build's progress as it comes, for what may start before
 * the build ends: `written` is told the image's id once BuildKit says it
 * wrote the image (the build goes on to push it), `pushed` once the push of
 * every one of `tags` is done. Each is told once; a push that fails tells
 * `pushed` nothing. What they start is early only: one that throws is left
 * for the caller to start again once the build ends, and never stops the
 * build's output. Output comes in pieces: a line is read once it is whole.
 */
export function pushWatcher(
  tags: readonly string[],
  tell: {
    readonly written?: (imageId: string) => void
    readonly pushed?: (imageId: string) => void
  }
): (text: string) => void {
  let pending = ''
  let imageId: string | undefined
  const unpushed = new Set(tags)
  /** The push vertices under way, by number: `#7 pushing REF with docker`. */
  const pushes = new Map<string, string>()
  let toldPushed = false
  const tellSafely = (told: ((imageId: string) => void) | undefined, id: string): void => {
    try {
      told?.(id)
    } catch {
      // Started again once the build ends.
    }
  }
  const read = (line: string): void => {
    const vertex = VERTEX.exec(line)
    if (!vertex) return
    const [, id = '', text = ''] = vertex
    const written = imageId ? undefined : WRITTEN_IMAGE.exec(text)?.[1]
    if (written) {
      imageId = written
      tellSafely(tell.written, written)
      return
    }
    const tag = PUSHING.exec(text)?.[1]
    if (tag) pushes.set(id, tag)
    else if (/^DONE\b/.test(text) && pushes.has(id)) {
      unpushed.delete(pushes.get(id) ?? '')
      if (unpushed.size === 0 && imageId && !toldPushed) {
        toldPushed = true
        tellSafely(tell.pushed, imageId)
      }
    }
  }
  return text => {
    const lines = (pending + text).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) read(line.trimEnd())
  }
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
