/** What Hoist needs to know of a Dockerfile's stages before building it. Pure. */
import { fromParts, parseInstructions, splitFlags } from './instructions.js'

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

const MOUNT_FROM = /--mount=\S*?\bfrom=([^,\s]+)/gi

/** The build stages, in order, read from its instructions (parseInstructions). */
export function parseStages(dockerfile: string): Stage[] {
  const stages: {
    index: number
    name?: string
    base: string
    sources: string[]
    args: string[]
  }[] = []
  for (const instruction of parseInstructions(dockerfile)) {
    const { keyword, args } = instruction
    if (keyword === 'FROM') {
      const { image, alias } = fromParts(instruction)
      stages.push({
        index: stages.length,
        base: image,
        sources: [image.toLowerCase()],
        args: [],
        ...(alias ? { name: alias } : {})
      })
      continue
    }
    const current = stages.at(-1)
    if (!current) continue
    if (keyword === 'ARG') {
      for (const word of args.split(/\s+/)) current.args.push(word.split('=')[0] ?? '')
    }
    if (keyword === 'COPY' || keyword === 'ADD') {
      const from = splitFlags(args).flags.find(flag => /^--from=/i.test(flag))
      if (from) current.sources.push(from.slice('--from='.length).toLowerCase())
    }
    if (keyword === 'RUN') {
      for (const mount of splitFlags(args).flags.join(' ').matchAll(MOUNT_FROM)) {
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
