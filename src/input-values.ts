/**
 * The values the inputs take, read from their text: pure, each error an
 * InputError that names the input. inputs.ts reads the inputs and calls these.
 */
import type { CacheMode } from './cache/strategy.js'
import type { EngineChoice } from './engine/engine.js'
import { errorMessage, InputError } from './errors.js'
import type { PromoteInputs } from './inputs.js'
import { parseImageReference } from './registry/reference.js'

export interface BuildArg {
  readonly name: string
  readonly value: string
}

/** `promote-from` and `promote-missing`; undefined without a source. */
export function parsePromote(
  rawFrom: string,
  rawMissing: string,
  push: boolean
): PromoteInputs | undefined {
  const missing = rawMissing.trim() || 'fail'
  if (missing !== 'fail' && missing !== 'build') {
    throw new InputError('promote-missing', `"${missing}" is not fail or build`)
  }
  const from = rawFrom.trim()
  if (!from) return undefined
  const ref = parseImageReference(parseInput('promote-from', from, checkReference))
  if (ref.tag === undefined && ref.digest === undefined) {
    throw new InputError('promote-from', `"${from}" names no tag or digest of the image to promote`)
  }
  if (!push) throw new InputError('promote-from', 'a promotion writes tags: set push to true')
  return { from, missing }
}

const ENGINES: readonly EngineChoice[] = ['auto', 'docker', 'podman', 'buildah']

export function parseEngine(raw: string): EngineChoice {
  const value = raw.trim().toLowerCase() || 'auto'
  const engine = ENGINES.find(name => name === value)
  if (!engine) {
    throw new InputError('engine', `"${raw.trim()}" is not an engine; use ${ENGINES.join(', ')}`)
  }
  return engine
}

export function checkReference(reference: string): string {
  if (!reference) return reference
  try {
    parseImageReference(reference)
  } catch (error) {
    throw new Error(`"${reference}" is not a valid image reference: ${errorMessage(error)}`)
  }
  return reference
}

export function parseInput<T>(input: string, raw: string, parse: (raw: string) => T): T {
  try {
    return parse(raw)
  } catch (error) {
    throw new InputError(input, errorMessage(error))
  }
}

export function parseCount(input: string, raw: string, fallback: number): number {
  const value = raw.trim()
  if (value === '') return fallback
  if (!/^\d+$/.test(value) || Number(value) > 10) {
    throw new InputError(input, `"${value}" is not a whole number from 0 to 10`)
  }
  return Number(value)
}

/** Lines of a list input; `#` starts a comment line; with `commas`, a comma also separates. */
export function parseList(raw: string, options: { commas?: boolean } = {}): string[] {
  return raw
    .split(/\r?\n/)
    .filter(line => !line.trimStart().startsWith('#'))
    .flatMap(line => (options.commas ? line.split(',') : [line]))
    .map(item => item.trim())
    .filter(item => item.length > 0)
}

export function parseKeyValue(input: string, line: string): BuildArg {
  const eq = line.indexOf('=')
  if (eq <= 0) {
    throw new InputError(input, `"${line}" is not of the form NAME=value`)
  }
  return { name: line.slice(0, eq).trim(), value: line.slice(eq + 1) }
}

/** `key=value`, or a bare `key`: an empty value, as `docker build --label key` gives. */
export function parseLabel(line: string): BuildArg {
  return line.includes('=') ? parseKeyValue('labels', line) : { name: line, value: '' }
}

export function parseBoolean(input: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim()
  if (value === '') return fallback
  if (/^(true|yes|on|1)$/i.test(value)) return true
  if (/^(false|no|off|0)$/i.test(value)) return false
  throw new InputError(input, `"${value}" is not a boolean; use true or false`)
}

/**
 * A pull request's build runs code the base branch has not reviewed: by default
 * it only reads the cache. A `pull_request_target` save lands in the base
 * branch's scope, which the base branch then restores.
 */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

/** `cache`: read-write (or true), read-only, off (or false); empty: by the event. */
export function parseCacheMode(raw: string, eventName = ''): CacheMode {
  const value = raw.trim().toLowerCase()
  if (value === '') return PULL_REQUEST_EVENTS.includes(eventName) ? 'read-only' : 'read-write'
  if (value === 'read-write' || /^(true|yes|on)$/.test(value)) return 'read-write'
  if (value === 'read-only') return 'read-only'
  if (value === 'off' || /^(false|no)$/.test(value)) return 'off'
  throw new InputError(
    'cache',
    `"${raw.trim()}" is not a cache mode; use read-write, read-only or off`
  )
}
