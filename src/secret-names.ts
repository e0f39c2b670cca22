/**
 * Names that say their value is a secret: a word of the name that says it,
 * and none that says it is public. Docker's SecretsUsedInArgOrEnv build check
 * reads the same words at `_`; this reads words at `-` and at a lower-to-upper
 * case change too (`npmToken`), and `pass` and `pwd` beside `pword`. The layer
 * cache keeps such build-args' stages out; the advice warns of such ARGs and
 * ENVs. Pure.
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
  'pword',
  'secret',
  'token'
])

export function looksSecret(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_-]+/)
  return words.some(word => SECRET_WORDS.has(word)) && !words.includes('public')
}
