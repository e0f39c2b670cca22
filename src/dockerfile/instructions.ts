/**
 * A Dockerfile's instructions with the line each starts on, for advice that
 * points at a line, and the build's stages (stages.ts) read from. Pure. Read
 * as BuildKit reads them: parser directives (`# escape=`) at the top, comments
 * and blank lines dropped even inside a continued instruction, and the
 * here-documents of a RUN, COPY or ADD taken as their bodies, not as
 * instructions.
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
  /** The bodies of its here-documents (`RUN <<EOF`…), in order; absent when it has none. */
  readonly heredocs?: readonly string[]
}

/** The keywords BuildKit reads here-documents for. */
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD'])
/** A here-document's marker, a word of its own: `<<EOF`, `<<-EOF`, `<<"EOF"`. */
const HEREDOC = /(?:^|\s)<<(-?)(["']?)([A-Za-z0-9_.-]+)\2(?=\s|$)/g
/** A parser directive, only above everything else: `# escape=\``. */
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/

/** Every instruction in file order; comments and blank lines skipped, continuations joined. */
export function parseInstructions(dockerfile: string): Instruction[] {
  const lines = dockerfile.split(/\r?\n/)
  const escape = escapeCharacter(lines)
  const continuation = new RegExp(`${escape === '`' ? '`' : '\\\\'}[ \\t]*$`)
  const instructions: Instruction[] = []
  let stage = -1
  let i = 0
  while (i < lines.length) {
    const first = lines[i] ?? ''
    const line = i + 1
    i++
    if (isSkipped(first)) continue
    let text = first
    // A comment or a blank line inside a continued instruction is dropped, as BuildKit does.
    while (continuation.test(text) && i < lines.length) {
      const next = lines[i++] ?? ''
      if (!isSkipped(next)) text = `${text.replace(continuation, '')} ${next}`
    }
    text = text.replace(continuation, '')
    const match = /^\s*(\S+)\s*(.*)$/s.exec(text)
    const keyword = (match?.[1] ?? '').toUpperCase()
    const args = (match?.[2] ?? '').trim()
    if (keyword === 'FROM') stage++
    const heredocs: string[] = []
    if (HEREDOC_KEYWORDS.has(keyword)) {
      for (const [, strip, , word] of args.matchAll(HEREDOC)) {
        const body: string[] = []
        const tidy = (raw: string): string => (strip ? raw.replace(/^\t+/, '') : raw)
        while (i < lines.length && tidy(lines[i] ?? '') !== word) body.push(tidy(lines[i++] ?? ''))
        i++ // the terminator
        heredocs.push(body.join('\n'))
      }
    }
    instructions.push({ line, keyword, args, stage, ...(heredocs.length ? { heredocs } : {}) })
  }
  return instructions
}

const isSkipped = (line: string): boolean => /^\s*#/.test(line) || line.trim() === ''

/** The escape character a `# escape=` directive sets (`\` or `` ` ``); `\` without one. */
function escapeCharacter(lines: readonly string[]): string {
  for (const line of lines) {
    const directive = DIRECTIVE.exec(line)
    if (!directive) break
    if (directive[1]?.toLowerCase() === 'escape' && directive[2] === '`') return '`'
  }
  return '\\'
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
