import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import type { BuildSecret } from './engine/build.js'
import { parseSecrets, SecretLineError } from './engine/secrets.js'
import type { GivenCredential } from './registry/credentials.js'
import { parseRegistryAuth } from './registry/registry-auth.js'
import { DEFAULT_RETRY, type RetryPolicy } from './registry/retry.js'
import { parseImageReference } from './registry/reference.js'
import { parseBytes, parseIncrease, type Budget } from './report/budget.js'
import type { CacheMode } from './cache/strategy.js'
import { errorMessage } from './errors.js'

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
  /** As written: tag rules with `images`, else full image references (read by src/meta). */
  readonly tags: string
  /** Image names to tag (metadata-action's `images`), as written. */
  readonly images: string
  /** Global latest/prefix/suffix for the tag rules, as written. */
  readonly flavor: string
  readonly buildArgs: readonly BuildArg[]
  readonly target: string
  /** `key=value` labels as given; merged over the computed ones. */
  readonly labels: readonly BuildArg[]
  readonly push: boolean
  readonly noCache: boolean
  readonly pull: boolean
  /** BuildKit secrets; their values are masked as soon as they are read. */
  readonly secrets: readonly BuildSecret[]
  readonly summary: boolean
  /** Annotations and a summary section with advice on the Dockerfile. */
  readonly advice: boolean
  readonly registryAuth: RegistryAuthInputs
  readonly sizes: SizeInputs
  /** Layer cache. */
  readonly cache: CacheMode
  readonly cacheScope: string
  /** The workflow's own cache sources/exports: passed through, and Hoist's cache is off. */
  readonly cacheFrom: readonly string[]
  readonly cacheTo: readonly string[]
}

/** Registry login and push retries. */
export interface RegistryAuthInputs {
  /** `registry`/`username`/`password`, then each `registry-auth` entry. */
  readonly given: readonly GivenCredential[]
  readonly githubToken: string
  readonly githubActor: string
  readonly retry: RetryPolicy
}

/** Size report inputs: comparison, budget and pull request comment. */
export interface SizeInputs {
  /** A full reference to compare with; empty: the base branch's image on a pull request. */
  readonly compareTo: string
  readonly budget: Budget
  readonly comment: boolean
  readonly githubToken: string
}

/** Reads and checks every input. The only caller of `core.getInput*`. */
export function readInputs(): Inputs {
  const context = core.getInput('context') || '.'
  const file = core.getInput('file') || path.join(context, 'Dockerfile')
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  return {
    context,
    file,
    tags: core.getInput('tags'),
    images: core.getInput('images'),
    flavor: core.getInput('flavor'),
    buildArgs: readList('build-args').map(line => parseKeyValue('build-args', line)),
    target: core.getInput('target'),
    labels: readList('labels').map(line => parseKeyValue('labels', line)),
    push: readBoolean('push', false),
    noCache: readBoolean('no-cache', false),
    pull: readBoolean('pull', false),
    secrets: readSecrets(),
    summary: readBoolean('summary', true),
    advice: readBoolean('advice', true),
    registryAuth: readRegistryAuth(githubToken),
    sizes: readSizeInputs(githubToken),
    cache: parseCacheMode(core.getInput('cache')),
    cacheScope: core.getInput('cache-scope').trim(),
    cacheFrom: readList('cache-from'),
    cacheTo: readList('cache-to')
  }
}

function readSizeInputs(githubToken: string): SizeInputs {
  const maxSize = core.getInput('max-size').trim()
  const maxIncrease = core.getInput('max-size-increase').trim()
  const maxWasted = core.getInput('max-wasted').trim()
  const check = core.getInput('size-check').trim() || 'warn'
  if (check !== 'warn' && check !== 'fail') {
    throw new InputError('size-check', `"${check}" is not warn or fail`)
  }
  return {
    compareTo: parseInput('compare-to', core.getInput('compare-to').trim(), checkReference),
    budget: {
      check,
      ...(maxSize ? { maxSize: parseInput('max-size', maxSize, parseBytes) } : {}),
      ...(maxIncrease
        ? { maxIncrease: parseInput('max-size-increase', maxIncrease, parseIncrease) }
        : {}),
      ...(maxWasted ? { maxWasted: parseInput('max-wasted', maxWasted, parseIncrease) } : {})
    },
    comment: readBoolean('comment', false),
    githubToken
  }
}

function checkReference(reference: string): string {
  if (!reference) return reference
  try {
    parseImageReference(reference)
  } catch (error) {
    throw new Error(`"${reference}" is not a valid image reference: ${errorMessage(error)}`)
  }
  return reference
}

function parseInput<T>(input: string, raw: string, parse: (raw: string) => T): T {
  try {
    return parse(raw)
  } catch (error) {
    throw new InputError(input, errorMessage(error))
  }
}

function readRegistryAuth(githubToken: string): RegistryAuthInputs {
  const single: GivenCredential = {
    registry: core.getInput('registry'),
    username: core.getInput('username'),
    password: core.getInput('password'),
    input: 'password'
  }
  const given = [
    ...(single.password || single.username ? [single] : []),
    ...parseRegistryAuth(core.getInput('registry-auth'))
  ]
  for (const entry of given) if (entry.password) core.setSecret(entry.password)
  return {
    given,
    githubToken,
    githubActor: process.env.GITHUB_ACTOR ?? '',
    retry: {
      ...DEFAULT_RETRY,
      attempts: 1 + parseCount('retries', core.getInput('retries'), DEFAULT_RETRY.attempts - 1),
      // Tests shorten the waits; workflows keep the default.
      baseDelayMs: Number(process.env.HOIST_RETRY_DELAY_MS) || DEFAULT_RETRY.baseDelayMs
    }
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

function readSecrets(): BuildSecret[] {
  const secrets = readList('secrets')
  for (const line of secrets) core.setSecret(line.slice(line.indexOf('=') + 1))
  let parsed: BuildSecret[]
  try {
    parsed = parseSecrets(
      { secrets, envs: readList('secret-envs'), files: readList('secret-files') },
      process.env
    )
  } catch (error) {
    if (error instanceof SecretLineError) throw new InputError(error.input, error.message)
    throw error
  }
  for (const secret of parsed) {
    if ('file' in secret && !existsSync(secret.file)) {
      throw new InputError('secret-files', `"${secret.id}=${secret.file}": no such file`)
    }
  }
  return parsed
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
