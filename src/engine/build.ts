import { readFileSync } from 'node:fs'
import { execCommand, lastErrorLine } from '../exec.js'
import type { BuildArg } from '../inputs.js'
import { buildOptionArgs, type BuildOptions } from './build-options.js'
import type { Engine } from './engine.js'
import { failedCacheImports, parseProgress, type BuildStep } from './progress.js'

/**
 * A BuildKit secret (`RUN --mount=type=secret,id=…`). Its value reaches docker
 * through the environment of the build command only: never argv, never disk.
 */
export type BuildSecret =
  | { readonly id: string; readonly value: string }
  | { readonly id: string; readonly env: string }
  | { readonly id: string; readonly file: string }

export interface BuildRequest {
  readonly context: string
  readonly file: string
  readonly tags: readonly string[]
  readonly buildArgs: readonly BuildArg[]
  readonly labels: readonly BuildArg[]
  readonly target: string
  readonly noCache: boolean
  readonly pull: boolean
  readonly secrets: readonly BuildSecret[]
  /** Where the builder writes the image id. */
  readonly iidFile: string
  /** Cache import/export arguments, from cache/strategy.ts. */
  readonly cacheArgs?: readonly string[]
  /** build-push-action's pass-through inputs (hosts, network, ssh, contexts…). */
  readonly options?: BuildOptions
  /** `--annotation` values, as the annotations output gives them. */
  readonly annotations?: readonly string[]
  /**
   * Set: the build writes these outputs (`--output`) instead of an image
   * into the daemon (no `--load`, `--iidfile` or `--tag`).
   */
  readonly exports?: readonly string[]
}

export interface Command {
  readonly args: readonly string[]
  readonly env: Readonly<Record<string, string>>
}

/** The `docker` command line for a build: pure, so it is tested as a table. */
export function buildCommand(request: BuildRequest, engine: Engine): Command {
  const loadsImage = request.exports === undefined
  const args = engine.frontend === 'buildx' ? ['buildx', 'build'] : ['build']
  if (engine.frontend === 'buildx' && loadsImage) args.push('--load')
  args.push('--progress=plain')
  if (loadsImage) args.push('--iidfile', request.iidFile)
  args.push('--file', request.file)
  if (request.target) args.push('--target', request.target)
  for (const arg of request.buildArgs) args.push('--build-arg', `${arg.name}=${arg.value}`)
  for (const label of request.labels) args.push('--label', `${label.name}=${label.value}`)
  if (loadsImage) for (const tag of request.tags) args.push('--tag', tag)
  for (const output of request.exports ?? []) args.push('--output', output)
  if (request.options) args.push(...buildOptionArgs(request.options, request.annotations ?? []))
  if (request.noCache) args.push('--no-cache')
  if (request.pull) args.push('--pull')
  if (request.cacheArgs) args.push(...request.cacheArgs)
  const env: Record<string, string> = engine.frontend === 'docker' ? { DOCKER_BUILDKIT: '1' } : {}
  request.secrets.forEach((secret, i) => {
    if ('value' in secret) {
      const name = `HOIST_SECRET_${i}`
      env[name] = secret.value
      args.push('--secret', `id=${secret.id},env=${name}`)
    } else if ('env' in secret) {
      args.push('--secret', `id=${secret.id},env=${secret.env}`)
    } else {
      args.push('--secret', `id=${secret.id},src=${secret.file}`)
    }
  })
  args.push(request.context)
  return { args, env }
}

export interface BuildResult {
  readonly imageId: string
  readonly steps: readonly BuildStep[]
  /** The `--cache-from` sources BuildKit could not read. */
  readonly failedImports: readonly string[]
}

/** Runs the build; its log streams to the job log, and the steps are read from it. */
export async function runBuild(request: BuildRequest, engine: Engine): Promise<BuildResult> {
  const command = buildCommand(request, engine)
  const result = await execCommand('docker', command.args, { env: command.env })
  if (result.exitCode !== 0) throw new Error(`Build failed: ${lastErrorLine(result)}`)
  return {
    imageId: readFileSync(request.iidFile, 'utf8').trim(),
    // BuildKit writes its progress to stderr.
    steps: parseProgress(result.stderr),
    failedImports: failedCacheImports(result.stderr)
  }
}
