/**
 * The `registry-auth` input: credentials for several registries, one entry
 * each, as docker/login-action takes them (YAML; JSON is YAML too):
 *
 *   - registry: ghcr.io
 *     username: octocat
 *     password: ${{ secrets.GHCR_TOKEN }}
 *
 * A secret substituted into YAML can read as something else: ` #` starts a
 * comment, `!` a tag, `&` an anchor, `0123` a number. Every value is taken as
 * text exactly as written (YAML's failsafe schema), and anything YAML would
 * change is an error that says where, never what: the text may be a password.
 *
 * Pure: parsing and checking only.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Scalar, type YAMLError } from 'yaml'
import { InputError } from '../errors.js'
import type { GivenCredential } from './credentials.js'

const INPUT = 'registry-auth'
const KEYS = new Set(['registry', 'username', 'password'])
const STRING_TAG = 'tag:yaml.org,2002:str'
const QUOTE_IT = 'quote the value, e.g. password: ${{ toJSON(secrets.TOKEN) }}'

export function parseRegistryAuth(raw: string): GivenCredential[] {
  if (raw.trim() === '') return []
  // Silent: the library would otherwise print the offending line to the log.
  const doc = parseDocument(raw, {
    schema: 'failsafe',
    logLevel: 'silent',
    uniqueKeys: true
  })
  const problem = doc.errors[0] ?? doc.warnings[0]
  if (problem) throw new InputError(INPUT, yamlProblem(problem))
  const entries = doc.contents
  if (!isSeq(entries)) {
    throw new InputError(
      INPUT,
      'must be a list of entries (- registry: …, username: …, password: …)'
    )
  }
  return entries.items.map((entry, index) => readEntry(raw, entry, index + 1))
}

/** The parser's own message may quote the text: only its kind and line are kept. */
function yamlProblem(problem: YAMLError): string {
  const line = problem.linePos?.[0].line
  const where = line === undefined ? '' : ` (line ${line})`
  if (problem.code === 'TAG_RESOLVE_FAILED') {
    return `has a value that YAML reads as a tag, as it starts with "!"${where}; ${QUOTE_IT}`
  }
  if (problem.code === 'BAD_SCALAR_START') {
    return `has a value that starts with a character YAML reserves (@ or \`)${where}; ${QUOTE_IT}`
  }
  return `is not valid YAML${where}`
}

function readEntry(raw: string, entry: unknown, position: number): GivenCredential {
  const where = `entry ${position}`
  if (!isMap(entry)) {
    throw new InputError(INPUT, `${where} is not a mapping of registry, username and password`)
  }
  const fields = new Map<string, string>()
  for (const pair of entry.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!KEYS.has(key)) {
      throw new InputError(
        INPUT,
        `${where} has an unknown key "${key}"; use registry, username, password`
      )
    }
    fields.set(
      key,
      text(raw, pair.value, { field: `${where}'s ${key}`, secret: key !== 'registry' })
    )
  }
  const registry = fields.get('registry')?.trim() ?? ''
  if (!registry) throw new InputError(INPUT, `${where} has no registry`)
  return {
    registry,
    username: fields.get('username')?.trim() ?? '',
    password: fields.get('password') ?? '',
    input: INPUT
  }
}

/**
 * A value as written, or an error naming the field when YAML would not keep it so.
 * A registry is never a secret: a comment after it is the workflow's own.
 */
function text(raw: string, node: unknown, at: { field: string; secret: boolean }): string {
  const { field } = at
  if (node === null || node === undefined) return ''
  if (isAlias(node)) {
    throw new InputError(INPUT, `${field} starts with "*", a YAML alias; ${QUOTE_IT}`)
  }
  if (!isScalar(node)) throw new InputError(INPUT, `${field} must be plain text`)
  const scalar = node as Scalar<string>
  if (scalar.tag !== undefined && scalar.tag !== STRING_TAG) {
    throw new InputError(INPUT, `${field} has a YAML tag (it starts with "!"); ${QUOTE_IT}`)
  }
  if (scalar.anchor !== undefined) {
    throw new InputError(INPUT, `${field} starts with "&", a YAML anchor; ${QUOTE_IT}`)
  }
  const [start, end, nodeEnd] = scalar.range ?? [0, 0, 0]
  if (at.secret && scalar.type === 'PLAIN' && raw.slice(end, nodeEnd).includes('#')) {
    throw new InputError(INPUT, `${field} holds " #", where a YAML comment starts; ${QUOTE_IT}`)
  }
  if (scalar.type === 'PLAIN' && raw.slice(start, end).includes('\n')) {
    throw new InputError(
      INPUT,
      `${field} goes on over several lines, which YAML joins with spaces; ${QUOTE_IT}`
    )
  }
  return scalar.value
}
