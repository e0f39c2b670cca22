/**
 * The `secrets`, `secret-envs` and `secret-files` inputs, read into BuildKit
 * secrets. Pure. An error names the input and the line's number, never the
 * line itself: it may hold the secret.
 */
import type { BuildSecret } from './build.js'

export class SecretLineError extends Error {
  constructor(
    readonly input: string,
    reason: string
  ) {
    super(reason)
    this.name = 'SecretLineError'
  }
}

/**
 * The `secrets` input's entries, as build-push-action documents them: one
 * `id=value` per line, or an entry in double quotes (`"id=value"`), which may
 * span lines (a PEM or JSON key) and holds a `"` as `""`. Blank lines and lines
 * starting with `#` are skipped; an unquoted entry is trimmed, a quoted one kept.
 */
export function splitSecretEntries(raw: string): string[] {
  const entries: string[] = []
  const lines = raw.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim()
    if (line === '' || line.startsWith('#')) continue
    if (!line.startsWith('"')) {
      entries.push(line)
      continue
    }
    const entry = entries.length + 1
    let text = lines[i]?.trimStart().slice(1) ?? ''
    let closed = closingQuote(text)
    while (closed < 0 && i + 1 < lines.length) {
      text += `\n${lines[++i] ?? ''}`
      closed = closingQuote(text)
    }
    if (closed < 0) {
      throw new SecretLineError('secrets', `line ${entry} opens a quote that is never closed`)
    }
    if (text.slice(closed + 1).trim() !== '') {
      throw new SecretLineError(
        'secrets',
        `line ${entry} goes on after its closing quote; inside quotes, write a " as ""`
      )
    }
    entries.push(text.slice(0, closed).replaceAll('""', '"'))
  }
  return entries
}

/** The index of the quote that closes a quoted entry (a `""` is a quote inside it), or -1. */
function closingQuote(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue
    if (text[i + 1] === '"') i++
    else return i
  }
  return -1
}

/**
 * What to mask of a secret value: the value, and each line of a multi-line one,
 * since the runner masks line by line. Lines this short would mask common text.
 */
export function maskedParts(value: string): string[] {
  const lines = value.includes('\n') ? value.split(/\r?\n/).map(line => line.trim()) : []
  return [value, ...lines.filter(line => line.length >= 8)]
}

/** BuildKit takes any id but one with a comma, which would split its `--secret` value. */
const ID = /^[^,=\s]+$/

export function parseSecrets(
  lines: { secrets: readonly string[]; envs: readonly string[]; files: readonly string[] },
  env: Readonly<Record<string, string | undefined>>
): BuildSecret[] {
  const secrets: BuildSecret[] = []
  for (const [id, value] of pairs('secrets', lines.secrets, 'id=value', true)) {
    secrets.push({ id, value })
  }
  for (const [id, name] of pairs('secret-envs', lines.envs, 'id=ENV_VAR', false)) {
    if (env[name] === undefined) {
      throw new SecretLineError('secret-envs', `"${id}=${name}": the environment has no ${name}`)
    }
    secrets.push({ id, env: name })
  }
  for (const [id, file] of pairs('secret-files', lines.files, 'id=path', false)) {
    secrets.push({ id, file })
  }
  const ids = secrets.map(secret => secret.id)
  const twice = ids.find((id, i) => ids.indexOf(id) !== i)
  if (twice) throw new SecretLineError('secrets', `the secret id "${twice}" is given twice`)
  return secrets
}

function pairs(
  input: string,
  lines: readonly string[],
  form: string,
  secret: boolean
): [string, string][] {
  return lines.map((line, i) => {
    const eq = line.indexOf('=')
    const id = line.slice(0, Math.max(eq, 0)).trim()
    const value = line.slice(eq + 1)
    if (eq <= 0 || !ID.test(id) || value === '') {
      const shown = secret ? `line ${i + 1}` : `"${line}"`
      throw new SecretLineError(input, `${shown} is not of the form ${form}`)
    }
    return [id, secret ? value : value.trim()]
  })
}
