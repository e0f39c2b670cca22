/** What Hoist needs to know of a Dockerfile before building it. Pure. */

export interface Stage {
  /** Position in the file, from 0: `--target` also accepts it. */
  readonly index: number
  /** The `AS` name, lower-cased as BuildKit compares it; undefined when unnamed. */
  readonly name?: string
  readonly base: string
}

const FROM = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$/i

/** The build stages, in order. Continuation lines and comments are taken into account. */
export function parseStages(dockerfile: string): Stage[] {
  const stages: Stage[] = []
  for (const line of logicalLines(dockerfile)) {
    const match = FROM.exec(line)
    if (!match) continue
    const name = match[2]?.toLowerCase()
    stages.push({ index: stages.length, base: match[1] ?? '', ...(name ? { name } : {}) })
  }
  return stages
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
