import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import type { AttestationInputs } from './engine/attestations.js'
import type { BuildSecret } from './engine/build.js'
import { checkBuildOptions, type BuildOptions } from './engine/build-options.js'
import type { EngineChoice } from './engine/engine.js'
import { maskedParts, parseSecrets, SecretLineError, splitSecretEntries } from './engine/secrets.js'
import { parseInputList, type ListSyntax } from './input-list.js'
import { DEFAULT_ANNOTATION_LEVELS } from './meta/annotations.js'
import type { OutputSeparators } from './meta/outputs.js'
import type { GivenCredential } from './registry/credentials.js'
import { parseRegistryAuth } from './registry/registry-auth.js'
import { DEFAULT_RETRY, type RetryPolicy } from './registry/retry.js'
import { parseBytes, parseIncrease, type Budget } from './report/budget.js'
import type { CacheMode } from './cache/strategy.js'
import { secretArgsWarning, secretLikeArgs } from './cache/secret-args.js'
import { InputError } from './errors.js'
import {
  checkReference,
  parseBoolean,
  parseCacheMode,
  parseCount,
  parseEngine,
  parseInput,
  parseKeyValue,
  parseLabel,
  parseList,
  parsePromote,
  type BuildArg
} from './input-values.js'
import { parseFanOut, type MergeSource } from './merge/merge-inputs.js'

export interface Inputs {
  /** Build context directory. */
  readonly context: string
  /** Dockerfile path: `file` as given, else `<context>/Dockerfile`, else `<context>/Containerfile`. */
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
  /** `[level:]key=value` annotations as given; merged over the computed ones. */
  readonly annotations: readonly BuildArg[]
  /** DOCKER_METADATA_ANNOTATIONS_LEVELS: the levels of the computed annotations. */
  readonly annotationLevels: readonly string[]
  readonly metadataOutput: MetadataOutputInputs
  /** build-push-action's inputs passed to the builder (hosts, network, ssh, outputs…). */
  readonly build: BuildOptions
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
  /** `--platform` values as written (checked against the engine by engine/platforms.ts). */
  readonly platforms: readonly string[]
  readonly attestations: AttestationInputs
  /** `promote-from` and `promote-missing`; absent when nothing is to be promoted. */
  readonly promote?: PromoteInputs
  /** Which engine builds: `auto` finds one (engine.ts). */
  readonly engine: EngineChoice
  /** Push the image untagged (a matrix job of a fan-out); `digest` says what to merge. */
  readonly pushByDigest: boolean
  /** `merge`: the images to make one index of, instead of a build. */
  readonly merge?: readonly MergeSource[]
}

/** A release by digest: an image that exists gets the tags, instead of a build. */
export interface PromoteInputs {
  /** The full reference of the image to promote, with a tag or a digest. */
  readonly from: string
  /** What a missing source does: fail, or build as without promote-from. */
  readonly missing: 'fail' | 'build'
}

/** How the metadata outputs are written, as metadata-action writes them. */
export interface MetadataOutputInputs {
  readonly separators: OutputSeparators
  /** Also export them as DOCKER_METADATA_OUTPUT_* (DOCKER_METADATA_SET_OUTPUT_ENV, default true). */
  readonly exportEnv: boolean
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
  const file = core.getInput('file') || defaultFile(context)
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  const inputs = {
    context,
    file,
    tags: core.getInput('tags'),
    images: core.getInput('images'),
    flavor: core.getInput('flavor'),
    buildArgs: readBuildArgs(),
    target: core.getInput('target'),
    labels: readList('labels').map(parseLabel),
    annotations: readList('annotations').map(line => parseKeyValue('annotations', line)),
    annotationLevels: readAnnotationLevels(),
    metadataOutput: readMetadataOutput(),
    build: readBuildOptions(),
    push: readBoolean('push', false),
    noCache: readBoolean('no-cache', false),
    pull: readBoolean('pull', false),
    secrets: readSecrets(),
    summary: readBoolean('summary', true),
    advice: readBoolean('advice', true),
    registryAuth: readRegistryAuth(githubToken),
    sizes: readSizeInputs(githubToken),
    cache: readCacheMode(process.env.GITHUB_EVENT_NAME ?? ''),
    cacheScope: core.getInput('cache-scope').trim(),
    cacheFrom: readList('cache-from'),
    cacheTo: readList('cache-to'),
    platforms: readList('platforms', { commas: true }),
    attestations: {
      provenance: core.getInput('provenance').trim(),
      sbom: core.getInput('sbom').trim(),
      attests: readList('attests')
    },
    engine: parseEngine(core.getInput('engine'))
  }
  const promoting = { ...inputs, ...readPromote(inputs.push) }
  return {
    ...promoting,
    ...parseFanOut(readBoolean('push-by-digest', false), core.getInput('merge'), promoting)
  }
}

function readPromote(push: boolean): { promote?: PromoteInputs } {
  const promote = parsePromote(
    core.getInput('promote-from'),
    core.getInput('promote-missing'),
    push
  )
  return promote ? { promote } : {}
}

/** Build-args; those that look like secrets are masked, and named in a warning. */
function readBuildArgs(): BuildArg[] {
  const args = readList('build-args').map(line => parseKeyValue('build-args', line))
  const secretLike = secretLikeArgs(args)
  // A multi-line value is masked line by line too: the runner masks within a line.
  for (const arg of args) {
    if (!secretLike.includes(arg.name) || !arg.value) continue
    for (const part of maskedParts(arg.value)) core.setSecret(part)
  }
  if (secretLike.length > 0) core.warning(secretArgsWarning(secretLike))
  return args
}

/** `<context>/Dockerfile`, or the context's `Containerfile` when it has no Dockerfile. */
export function defaultFile(context: string): string {
  const dockerfile = path.join(context, 'Dockerfile')
  const containerfile = path.join(context, 'Containerfile')
  return !existsSync(dockerfile) && existsSync(containerfile) ? containerfile : dockerfile
}

function readAnnotationLevels(): readonly string[] {
  const levels = parseList(process.env.DOCKER_METADATA_ANNOTATIONS_LEVELS ?? '', { commas: true })
  return levels.length > 0 ? levels : DEFAULT_ANNOTATION_LEVELS
}

function readMetadataOutput(): MetadataOutputInputs {
  // Separators are taken as written: a space or a comma is a separator too.
  const separator = (name: string): string => core.getInput(name, { trimWhitespace: false }) || '\n'
  return {
    separators: {
      tags: separator('sep-tags'),
      labels: separator('sep-labels'),
      annotations: separator('sep-annotations')
    },
    exportEnv: parseBoolean(
      'DOCKER_METADATA_SET_OUTPUT_ENV',
      process.env.DOCKER_METADATA_SET_OUTPUT_ENV ?? '',
      true
    )
  }
}

function readBuildOptions(): BuildOptions {
  // Each list in build-push-action's syntax: wholeLines where its items hold commas.
  const list = (name: string, syntax: ListSyntax = {}): string[] =>
    parseInput(name, core.getInput(name), raw => parseInputList(raw, syntax))
  const options: BuildOptions = {
    addHosts: list('add-hosts'),
    allow: list('allow'),
    buildContexts: list('build-contexts', { wholeLines: true }),
    builder: core.getInput('builder'),
    call: core.getInput('call'),
    cgroupParent: core.getInput('cgroup-parent'),
    load: readBoolean('load', false),
    network: core.getInput('network'),
    noCacheFilters: list('no-cache-filters'),
    outputs: list('outputs', { wholeLines: true, noQuotes: true }),
    shmSize: core.getInput('shm-size'),
    ssh: list('ssh'),
    ulimit: list('ulimit', { wholeLines: true })
  }
  const problem = checkBuildOptions(options)
  if (problem) throw new InputError(problem.input, problem.reason)
  return options
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
      baseDelayMs: Number(process.env.HOIST_RETRY_DELAY_MS) || DEFAULT_RETRY.baseDelayMs,
      stallMs: Number(process.env.HOIST_PUSH_STALL_MS) || DEFAULT_RETRY.stallMs
    }
  }
}

function readSecrets(): BuildSecret[] {
  let parsed: BuildSecret[]
  try {
    const secrets = splitSecretEntries(core.getInput('secrets'))
    for (const entry of secrets) {
      for (const part of maskedParts(entry.slice(entry.indexOf('=') + 1))) core.setSecret(part)
    }
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

function readCacheMode(eventName: string): CacheMode {
  const mode = parseCacheMode(core.getInput('cache'), eventName)
  if (mode === 'read-write' && eventName === 'pull_request_target') {
    core.warning(
      'Input "cache" is read-write on pull_request_target: this run saves into the base ' +
        "branch's cache, which the base branch restores next; a pull request's build can " +
        'put anything there. Use read-only unless every pull request is trusted.'
    )
  }
  return mode
}

function readBoolean(name: string, fallback: boolean): boolean {
  return parseBoolean(name, core.getInput(name), fallback)
}
