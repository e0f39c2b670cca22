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

const VERTEX = /^#(\d+) (.*)$/
const INSTRUCTION = /^\[([^\]]*\d+\/\d+)\] (.*)$/

interface Vertex {
  name: string
  cached: boolean
  seconds: number
  failed: boolean
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

function readVertices(log: string): Vertex[] {
  const vertices = new Map<string, Vertex>()
  for (const line of log.split(/\r?\n/)) {
    const match = VERTEX.exec(line.trimEnd())
    if (!match) continue
    const [, id = '', text = ''] = match
    let vertex = vertices.get(id)
    if (!vertex) {
      vertex = { name: text, cached: false, seconds: 0, failed: false }
      vertices.set(id, vertex)
      continue
    }
    if (text === 'CACHED') vertex.cached = true
    const done = /^DONE (\d+(?:\.\d+)?)s$/.exec(text)
    if (done) vertex.seconds = Number(done[1])
    if (text.startsWith('ERROR')) vertex.failed = true
  }
  return [...vertices.values()]
}
