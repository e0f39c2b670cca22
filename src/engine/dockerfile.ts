/** What Hoist needs to know of a Dockerfile before building it. Pure. */

export interface Stage {
  /** Position in the file, from 0: `--target` also accepts it. */
  readonly index: number
  /** The `AS` name, lower-cased as BuildKit compares it; undefined when unnamed. */
  readonly name?: string
  readonly base: string
  /**
   * What the stage reads from, as written (lower-cased): its `FROM`, every
   * `COPY --from=` and `RUN --mount=…,from=`. Images and stages alike.
   */
  readonly sources: readonly string[]
  /** The build arguments it declares (`ARG NAME[=default]`), as written. */
  readonly args: readonly string[]
}

const FROM = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$/i
const COPY_FROM = /^\s*(?:COPY|ADD)\s.*?--from=(\S+)/i
const ARG = /^\s*ARG\s+(.+)$/i
const MOUNT_FROM = /--mount=\S*?\bfrom=([^,\s]+)/gi

/** The build stages, in order. Continuation lines and comments are taken into account. */
export function parseStages(dockerfile: string): Stage[] {
  const stages: {
    index: number
    name?: string
    base: string
    sources: string[]
    args: string[]
  }[] = []
  for (const line of logicalLines(dockerfile)) {
    const match = FROM.exec(line)
    if (match) {
      const name = match[2]?.toLowerCase()
      const base = match[1] ?? ''
      stages.push({
        index: stages.length,
        base,
        sources: [base.toLowerCase()],
        args: [],
        ...(name ? { name } : {})
      })
      continue
    }
    const current = stages.at(-1)
    if (!current) continue
    const arg = ARG.exec(line)
    if (arg?.[1]) {
      for (const word of arg[1].trim().split(/\s+/)) current.args.push(word.split('=')[0] ?? '')
    }
    const copy = COPY_FROM.exec(line)
    if (copy?.[1]) current.sources.push(copy[1].toLowerCase())
    if (/^\s*RUN\s/i.test(line)) {
      for (const mount of line.matchAll(MOUNT_FROM)) {
        if (mount[1]) current.sources.push(mount[1].toLowerCase())
      }
    }
  }
  return stages
}

/** The stage `--target` names (a name or an index), or the last stage without one. */
export function findStage(stages: readonly Stage[], target: string): Stage | undefined {
  if (!target) return stages.at(-1)
  const wanted = target.toLowerCase()
  return stages.find(stage => stage.name === wanted || String(stage.index) === wanted)
}

/**
 * Every stage the target reads from, directly or not, in file order.
 * BuildKit resolves stage names anywhere in the file; a source that names no
 * stage is an image and is left out.
 */
export function stageDependencies(stages: readonly Stage[], target: string): Stage[] {
  const root = findStage(stages, target)
  if (!root) return []
  const needed = new Set<number>()
  const visit = (stage: Stage): void => {
    for (const source of stage.sources) {
      const dependency = stages.find(
        other =>
          other.index !== stage.index && (other.name === source || String(other.index) === source)
      )
      if (dependency && dependency !== root && !needed.has(dependency.index)) {
        needed.add(dependency.index)
        visit(dependency)
      }
    }
  }
  visit(root)
  return stages.filter(stage => needed.has(stage.index))
}

function logicalLines(text: string): string[] {
  const lines: string[] = []
  let current = ''
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*#/.test(raw)) continue
    if (raw.endsWith('\\')) {
      current += raw.slice(0, -1) + ' '
      continue
    }
    lines.push(current + raw)
    current = ''
  }
  if (current) lines.push(current)
  return lines
}
