/** What Hoist needs to know of a Dockerfile's stages before building it. Pure. */
import type { BuildArg } from '../input-values.js'
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

/**
 * The build stages, in order, read from its instructions (parseInstructions).
 * A FROM's image, a COPY's `--from=` and a mount's `from=` are read with their
 * variables replaced as BuildKit does: from the ARGs above the first FROM in a
 * FROM, from the stage's own ARGs after it, each the build-arg given or its default.
 */
export function parseStages(dockerfile: string, buildArgs: readonly BuildArg[] = []): Stage[] {
  const given = new Map(buildArgs.map(arg => [arg.name, arg.value]))
  const globals = new Map<string, string>()
  let scope = new Map<string, string>()
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
      const { image: written, alias } = fromParts(instruction)
      const image = expandVariables(written, globals)
      stages.push({
        index: stages.length,
        base: image,
        sources: [image.toLowerCase()],
        args: [],
        ...(alias ? { name: alias } : {})
      })
      scope = new Map()
      continue
    }
    const current = stages.at(-1)
    if (keyword === 'ARG') {
      // Before the first FROM, the global ARGs; in a stage, its own, which without a
      // default take the global one's value.
      const values = current ? scope : globals
      for (const word of shellWords(args)) {
        const [name = '', ...value] = word.split('=')
        const fallback = value.length ? expandVariables(value.join('='), values) : undefined
        const known = given.get(name) ?? fallback ?? (current ? globals.get(name) : undefined)
        if (known !== undefined) values.set(name, known)
        current?.args.push(name)
      }
    }
    if (!current) continue
    const source = (written: string): void => {
      current.sources.push(expandVariables(written, scope).toLowerCase())
    }
    if (keyword === 'COPY' || keyword === 'ADD') {
      const from = splitFlags(args).flags.find(flag => /^--from=/i.test(flag))
      if (from) source(from.slice('--from='.length))
    }
    if (keyword === 'RUN') {
      for (const mount of splitFlags(args).flags.join(' ').matchAll(MOUNT_FROM)) {
        if (mount[1]) source(mount[1])
      }
    }
  }
  return stages
}

/**
 * `$NAME`, `${NAME}`, `${NAME:-word}` and `${NAME:+word}` (and the same
 * without the colon) replaced, as BuildKit does; a name with no value is empty.
 */
export function expandVariables(text: string, values: ReadonlyMap<string, string>): string {
  const variable =
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g
  return text.replace(
    variable,
    (_, braced?: string, colon?: string, operator?: string, word?: string, bare?: string) => {
      const value = values.get(braced ?? bare ?? '')
      const set = colon ? Boolean(value) : value !== undefined
      if (operator === '-') return set ? (value ?? '') : (word ?? '')
      if (operator === '+') return set ? (word ?? '') : ''
      return value ?? ''
    }
  )
}

/** An instruction's words as a shell splits them: quotes kept together and removed. */
export function shellWords(text: string): string[] {
  const words: string[] = []
  let word: string | undefined
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (quote) {
      if (char === quote) quote = ''
      else if (char === '\\' && quote === '"' && i + 1 < text.length) word += text.charAt(++i)
      else word += char
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word)
      word = undefined
    } else if (char === '"' || char === "'") {
      quote = char
      word ??= ''
    } else if (char === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text.charAt(++i)
    } else {
      word = (word ?? '') + char
    }
  }
  if (word !== undefined) words.push(word)
  return words
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
