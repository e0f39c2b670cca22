/**
 * The `registry-auth` input: credentials for several registries, one entry
 * each, as docker/login-action takes them (YAML; JSON is YAML too):
 *
 *   - registry: ghcr.io
 *     username: octocat
 *     password: ${{ secrets.GHCR_TOKEN }}
 *
 * Pure: parsing and checking only.
 */
import { parse } from 'yaml'
import { InputError } from '../inputs.js'
import type { GivenCredential } from './credentials.js'

const INPUT = 'registry-auth'
const KEYS = new Set(['registry', 'username', 'password'])

export function parseRegistryAuth(raw: string): GivenCredential[] {
  if (raw.trim() === '') return []
  let parsed: unknown
  try {
    parsed = parse(raw)
  } catch (error) {
    // The parser's message quotes the text, which may hold a password: say where only.
    const line = /line (\d+)/.exec(error instanceof Error ? error.message : '')
    throw new InputError(INPUT, `is not valid YAML${line ? ` (line ${line[1]})` : ''}`)
  }
  if (!Array.isArray(parsed)) {
    throw new InputError(
      INPUT,
      'must be a list of entries (- registry: …, username: …, password: …)'
    )
  }
  return parsed.map((entry: unknown, index) => readEntry(entry, index + 1))
}

function readEntry(entry: unknown, position: number): GivenCredential {
  const where = `entry ${position}`
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new InputError(INPUT, `${where} is not a mapping of registry, username and password`)
  }
  const fields = entry as Record<string, unknown>
  for (const key of Object.keys(fields)) {
    if (!KEYS.has(key)) {
      throw new InputError(
        INPUT,
        `${where} has an unknown key "${key}"; use registry, username, password`
      )
    }
  }
  const registry = text(fields.registry)
  if (!registry) throw new InputError(INPUT, `${where} has no registry`)
  return {
    registry,
    username: text(fields.username),
    password: text(fields.password),
    input: INPUT
  }
}

function text(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw new InputError(INPUT, 'registry, username and password must be plain text')
}
