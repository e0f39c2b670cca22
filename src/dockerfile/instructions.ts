/**
 * A Dockerfile's instructions with the line each starts on, for advice that
 * points at a line, and the build's stages (stages.ts) read from. Pure.
 */

export interface Instruction {
  /** 1-based line of the instruction's first line. */
  readonly line: number
  /** Upper-cased: `RUN`, `COPY`… */
  readonly keyword: string
  /** The rest of the instruction, continuation lines joined by a space. */
  readonly args: string
  /** The stage it belongs to, from 0; -1 before the first FROM (global ARGs). */
  readonly stage: number
}

/** Every instruction in file order; comments and blank lines skipped, `\` continuations joined. */
export function parseInstructions(dockerfile: string): Instruction[] {
  const instructions: Instruction[] = []
  let stage = -1
  let pending: { line: number; text: string } | undefined
  const finish = (): void => {
    if (!pending) return
    const match = /^\s*(\S+)\s*(.*)$/s.exec(pending.text)
    const keyword = (match?.[1] ?? '').toUpperCase()
    if (keyword === 'FROM') stage++
    if (keyword) {
      instructions.push({ line: pending.line, keyword, args: (match?.[2] ?? '').trim(), stage })
    }
    pending = undefined
  }
  dockerfile.split(/\r?\n/).forEach((raw, i) => {
    // A comment or a blank line inside a continued instruction is dropped, as BuildKit does.
    if (/^\s*#/.test(raw) || raw.trim() === '') return
    const continued = /\\\s*$/.test(raw)
    const text = continued ? raw.replace(/\\\s*$/, '') : raw
    pending = pending ? { ...pending, text: `${pending.text} ${text}` } : { line: i + 1, text }
    if (!continued) finish()
  })
  finish()
  return instructions
}

/** The instructions of the last stage, its FROM first. */
export function finalStage(instructions: readonly Instruction[]): Instruction[] {
  const last = instructions.at(-1)?.stage ?? -1
  return instructions.filter(instruction => instruction.stage === last && last >= 0)
}

/** `--flag=value` options at the start of an instruction's arguments, and what follows. */
export function splitFlags(args: string): { flags: string[]; rest: string } {
  const flags: string[] = []
  let rest = args.trim()
  for (let match = /^(--\S+)\s*/.exec(rest); match; match = /^(--\S+)\s*/.exec(rest)) {
    flags.push(match[1] ?? '')
    rest = rest.slice(match[0].length)
  }
  return { flags, rest }
}

/** A FROM's image, as written after its flags, and its stage name (`AS`), lower-cased as BuildKit compares it. */
export function fromParts(from: Instruction): { image: string; alias?: string } {
  const [image = '', as, alias] = splitFlags(from.args).rest.split(/\s+/)
  return as?.toUpperCase() === 'AS' && alias ? { image, alias: alias.toLowerCase() } : { image }
}

/** A COPY/ADD's sources (its arguments but the last), in shell or JSON form. */
export function copySources(args: string): string[] {
  const { rest } = splitFlags(args)
  let words: string[]
  try {
    const parsed: unknown = rest.startsWith('[') ? JSON.parse(rest) : undefined
    words = Array.isArray(parsed) ? parsed.map(String) : rest.split(/\s+/)
  } catch {
    words = rest.split(/\s+/)
  }
  return words.filter(Boolean).slice(0, -1)
}
