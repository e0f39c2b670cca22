import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { execCommand, lastErrorLine, type ExecResult } from '../exec.js'
import type { BuildArg } from '../input-values.js'
import { buildOptionArgs, type BuildOptions } from './build-options.js'
import type { Engine } from './engine.js'
import { familyOf, type BuildOutput } from './family.js'
import { withCommandsStopped } from './fence.js'
import {
  parseBuildPushes,
  pushWatcher,
  writtenImage,
  type BuildPushes,
  type BuildStep
} from './progress.js'

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
  /** `--platform`, canonical (engine/platforms.ts); empty: the engine's own. */
  readonly platforms?: readonly string[]
  /** `--provenance`/`--sbom`/`--attest` arguments, from engine/attestations.ts. */
  readonly attestations?: readonly string[]
  /**
   * Push every tag from the build itself (Engine.can.pushFromBuild): the
   * daemon pushes as it names the image, which also stays in its store.
   */
  readonly push?: boolean
  /** With `push`: a push that shows no progress for this long is stopped (RetryPolicy.stallMs). */
  readonly pushStallMs?: number
  /** With `push`: told the image's id once it is written, while the build still pushes it. */
  readonly onImageWritten?: (imageId: string) => void
  /**
   * With `push`: told the image's id once every tag's push is done, while the
   * build still ends (it closes its session, writes its files).
   */
  readonly onPushed?: (imageId: string) => void
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

/** What the docker CLI sets for a plugin it runs. */
const PLUGIN_MODE = 'DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND'

export interface Command {
  /** The program to run, where it is not the engine family's own command. */
  readonly program?: string
  readonly args: readonly string[]
  readonly env: Readonly<Record<string, string>>
}

/**
 * The command line for a build: pure, so it is tested as a table. buildx's
 * plugin is run itself (standalone, as buildx allows) where the engine names
 * its file (docker info does, where it may run alone: docker-cli.ts): the
 * docker CLI would start only to run that file, some 25 ms a build.
 */
export function buildCommand(request: BuildRequest, engine: Engine): Command {
  const loadsImage = request.exports === undefined
  const plugin = engine.buildx?.plugin
  const args = engine.frontend === 'buildx' && !plugin ? ['buildx', 'build'] : ['build']
  if (engine.frontend === 'buildx' && loadsImage) args.push(request.push ? '--push' : '--load')
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
  if (request.platforms?.length) args.push('--platform', request.platforms.join(','))
  if (request.attestations) args.push(...request.attestations)
  const env: Record<string, string> = engine.frontend === 'docker' ? { DOCKER_BUILDKIT: '1' } : {}
  // Set, even inherited, it makes the plugin take itself for the docker CLI's child.
  if (plugin) env[PLUGIN_MODE] = ''
  const secrets = secretArgs(request.secrets)
  args.push(...secrets.args, request.context)
  return { ...(plugin ? { program: plugin } : {}), args, env: { ...env, ...secrets.env } }
}

/** `--secret` arguments: a value goes to the build command's environment, never argv. */
export function secretArgs(secrets: readonly BuildSecret[]): Command {
  const args: string[] = []
  const env: Record<string, string> = {}
  secrets.forEach((secret, i) => {
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
  return { args, env }
}

export interface BuildResult {
  readonly imageId: string
  readonly steps: readonly BuildStep[]
  /** The `--cache-from` sources BuildKit could not read. */
  readonly failedImports: readonly string[]
  /** The images each step left (podman, buildah): what the layer cache saves. */
  readonly stepImages: readonly string[]
  /** With `push`: the tags the build pushed, and the one whose push failed. */
  readonly pushes?: BuildPushes
}

/** Runs the build; its log streams to the job log, and the steps are read from it. */
export async function runBuild(request: BuildRequest, engine: Engine): Promise<BuildResult> {
  const family = familyOf(engine)
  const command = family.buildCommand(request, engine)
  // What the Dockerfile's steps print is not the action's: it can issue no workflow command.
  // Only the pushes are timed: a build step may rightly print nothing for long.
  const stall =
    request.push && request.pushStallMs
      ? { idleTimeoutMs: request.pushStallMs, idleAfter: /^#\d+ pushing /m }
      : {}
  const { onImageWritten, onPushed } = request
  const watch = request.push && (onImageWritten || onPushed)
  const build = (): Promise<ExecResult> =>
    withCommandsStopped(() =>
      execCommand(command.program ?? family.command, command.args, {
        env: command.env,
        ...stall,
        ...(watch
          ? { onOutput: pushWatcher(request.tags, { written: onImageWritten, pushed: onPushed }) }
          : {})
      })
    )
  let result = await build()
  let first: ExecResult | undefined
  for (let retry = 1; retry <= UNPACK_RETRIES && lostSnapshot(result); retry++) {
    first ??= result
    core.notice(
      'The containerd image store lost a layer while it unpacked the image, a known race ' +
        '(moby/buildkit#6521); building again, every step from the cache'
    )
    result = await build()
  }
  // The steps as the first build ran them: the one again took them all from the cache.
  const output = first
    ? { ...family.readBuild(result), steps: family.readBuild(first).steps }
    : family.readBuild(result)
  // Only a docker engine pushes from the build (Engine.can.pushFromBuild): BuildKit's progress.
  const pushes = request.push ? buildPushes(result) : undefined
  if (result.exitCode === 0) {
    return {
      ...output,
      imageId: builtImage(output, request.iidFile),
      ...(pushes ? { pushes } : {})
    }
  }
  // The image was built and named, and a push failed: the pushes are retried
  // one by one, as without a push from the build.
  const written = writtenImage(result.stderr)
  if (pushes?.failed && written) return { ...output, imageId: written, pushes }
  throw new Error(`Build failed: ${lastErrorLine(result)}`)
}

/**
 * The containerd store's unpack of a built image can find a layer's snapshot
 * gone (moby/buildkit#6521, containerd/containerd#10835): every step has
 * finished by then, and the same build again takes them from the cache.
 */
const LOST_SNAPSHOT =
  /failed to prepare extraction snapshot .* parent snapshot \S+ does not exist: not found/
const UNPACK_RETRIES = 2

function lostSnapshot(result: ExecResult): boolean {
  return result.exitCode !== 0 && LOST_SNAPSHOT.test(lastErrorLine(result))
}

/** The image a build made: printed by the builder (buildah), else written to `--iidfile`. */
function builtImage(output: BuildOutput, iidFile: string): string {
  if (output.imageId) return output.imageId
  if (!existsSync(iidFile)) throw new Error('The build succeeded but named no image (no image id)')
  return readFileSync(iidFile, 'utf8').trim()
}

/**
 * What the pushes of a build did; one it stopped in the middle of failed, for
 * the reason it stopped. A build stopped for a stalled push failed for that,
 * whatever buildx said as it stopped (`got 1 SIGTERM/SIGINTs`).
 */
function buildPushes(result: ExecResult): BuildPushes {
  const pushes = parseBuildPushes(result.stderr)
  if (result.exitCode === 0) return pushes
  const tag = pushes.failed?.tag ?? pushes.unfinished
  if (tag && result.stopped)
    return { ...pushes, failed: { tag, error: `error: ${result.stopped}` } }
  if (pushes.failed || !tag) return pushes
  return { ...pushes, failed: { tag, error: lastErrorLine(result) } }
}
