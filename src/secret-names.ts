/**
 * Names that say their value is a secret, as Docker's SecretsUsedInArgOrEnv
 * build check reads them: a word of the name (split at `_`, `-` and
 * lower-to-upper case changes) that says it. The layer cache keeps such
 * build-args' stages out; the advice warns of such ARGs and ENVs. Pure.
 */
const SECRET_WORDS = new Set([
  'apikey',
  'auth',
  'credential',
  'credentials',
  'key',
  'pass',
  'passwd',
  'password',
  'pwd',
  'secret',
  'token'
])

export function looksSecret(name: string): boolean {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_-]+/)
    .some(word => SECRET_WORDS.has(word))
}
