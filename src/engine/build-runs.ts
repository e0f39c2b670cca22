/**
 * The builds other than the image's: the `outputs` export, run after the
 * image build from the builder's cache (one build cannot both load an image
 * with its id and export to a directory: buildx refuses the id file then),
 * and a `call` evaluation (`check`, `outline`, `targets`), which builds no image.
 */
import * as core from '@actions/core'
import { execCommand, lastErrorLine } from '../exec.js'
import { buildCommand, type BuildRequest, type Command } from './build.js'
import { withCommandsStopped } from './fence.js'
import { unsupportedOption, type BuildOptions } from './build-options.js'
import type { Engine } from './engine.js'
import { InputError } from '../errors.js'

/** Fails on the first given input the engine cannot do, before anything is built. */
export function checkEngineOptions(
  options: BuildOptions,
  annotationsGiven: boolean,
  engine: Engine
): void {
  const problem = unsupportedOption(options, annotationsGiven, engine)
  if (problem) throw new InputError(problem.input, problem.reason)
}

/** A `call` other than `build` evaluates the build instead of building the image. */
export function evaluatesOnly(request: BuildRequest): boolean {
  const call = request.options?.call ?? ''
  return call !== '' && call !== 'build'
}

/** `call`: the evaluation's report goes to the log; a failed check fails the step. */
export async function runEvaluation(request: BuildRequest, engine: Engine): Promise<void> {
  const command = buildCommand({ ...request, exports: [], cacheArgs: [] }, engine)
  await runQuietly(command, 'Build evaluation failed')
}

/** `outputs`: the build again, every step from the cache, exporting to each output. */
export async function runExports(
  request: BuildRequest,
  outputs: readonly string[],
  engine: Engine
): Promise<void> {
  const options = request.options && { ...request.options, noCacheFilters: [] }
  const command = buildCommand(
    {
      ...request,
      ...(options ? { options } : {}),
      exports: outputs,
      annotations: [],
      cacheArgs: [],
      noCache: false,
      pull: false
    },
    engine
  )
  await runQuietly(command, 'Export to outputs failed')
  core.info(`Exported to ${outputs.join('; ')}`)
}

/** A build whose output is the Dockerfile's, not the action's: it issues no workflow command. */
async function runQuietly(command: Command, failure: string): Promise<void> {
  const result = await withCommandsStopped(() =>
    execCommand(command.program ?? 'docker', command.args, { env: command.env })
  )
  if (result.exitCode !== 0) throw new Error(`${failure}: ${lastErrorLine(result)}`)
}
