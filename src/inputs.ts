import * as core from '@actions/core'
import * as path from 'node:path'
import type { CacheMode } from './cache/strategy.js'

/** A mistake in the workflow's inputs: reported as `::error::` without a stack trace. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    reason: string
  ) {
    super(`Input "${input}": ${reason}`)
    this.name = 'InputError'
  }
}

export interface BuildArg {
  readonly name: string
  readonly value: string
}

export interface Inputs {
  /** Build context directory. */
  readonly context: string
  /** Dockerfile path: `file` as given, else `<context>/Dockerfile`. */
  readonly file: string
  /** Full image references, one per tag to build and push. */
  readonly tags: readonly string[]
  readonly buildArgs: readonly BuildArg[]
  readonly target: string
  /** `key=value` labels as given; merged over the computed ones. */
  readonly labels: readonly BuildArg[]
  readonly push: boolean
  readonly noCache: boolean
  readonly pull: boolean
  readonly summary: boolean
  // Layer cache
  readonly cache: CacheMode
  readonly cacheScope: string
  /** The workflow's own cache sources/exports: passed through, and Hoist's cache is off. */
  readonly cacheFrom: readonly string[]
  readonly cacheTo: readonly string[]
}

/** Reads and checks every input. The only caller of `core.getInput*`. */
export function readInputs(): Inputs {
  const context = core.getInput('context') || '.'
  const file = core.getInput('file') || path.join(context, 'Dockerfile')
  return {
    context,
    file,
    tags: readList('tags', { commas: true }),
    buildArgs: readList('build-args').map(line => parseKeyValue('build-args', line)),
    target: core.getInput('target'),
    labels: readList('labels').map(line => parseKeyValue('labels', line)),
    push: readBoolean('push', false),
    noCache: readBoolean('no-cache', false),
    pull: readBoolean('pull', false),
    summary: readBoolean('summary', true),
    cache: parseCacheMode(core.getInput('cache')),
    cacheScope: core.getInput('cache-scope').trim(),
    cacheFrom: readList('cache-from'),
    cacheTo: readList('cache-to')
  }
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

function readList(name: string, options: { commas?: boolean } = {}): string[] {
  return parseList(core.getInput(name), options)
}

export function parseKeyValue(input: string, line: string): BuildArg {
  const eq = line.indexOf('=')
  if (eq <= 0) {
    throw new InputError(input, `"${line}" is not of the form NAME=value`)
  }
  return { name: line.slice(0, eq).trim(), value: line.slice(eq + 1) }
}

export function parseBoolean(input: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim()
  if (value === '') return fallback
  if (/^(true|yes|on|1)$/i.test(value)) return true
  if (/^(false|no|off|0)$/i.test(value)) return false
  throw new InputError(input, `"${value}" is not a boolean; use true or false`)
}

/** `cache`: read-write (or true), read-only, off (or false). */
export function parseCacheMode(raw: string): CacheMode {
  const value = raw.trim().toLowerCase()
  if (value === '' || value === 'read-write' || /^(true|yes|on)$/.test(value)) return 'read-write'
  if (value === 'read-only') return 'read-only'
  if (value === 'off' || /^(false|no)$/.test(value)) return 'off'
  throw new InputError(
    'cache',
    `"${raw.trim()}" is not a cache mode; use read-write, read-only or off`
  )
}

function readBoolean(name: string, fallback: boolean): boolean {
  return parseBoolean(name, core.getInput(name), fallback)
}
