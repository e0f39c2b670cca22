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
