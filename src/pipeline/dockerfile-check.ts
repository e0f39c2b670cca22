import { existsSync, readFileSync, statSync } from 'node:fs'
import { findStage, parseStages, type Stage } from '../engine/dockerfile.js'
import { InputError } from '../errors.js'
import type { Inputs } from '../inputs.js'

/** Checks the context, the Dockerfile and the target; returns the Dockerfile's stages. */
export function checkDockerfile(inputs: Inputs): Stage[] {
  if (!existsSync(inputs.context) || !statSync(inputs.context).isDirectory()) {
    throw new InputError('context', `"${inputs.context}" is not a directory`)
  }
  if (!existsSync(inputs.file)) {
    throw new InputError('file', `"${inputs.file}" does not exist`)
  }
  const stages = parseStages(readFileSync(inputs.file, 'utf8'))
  if (inputs.target && !findStage(stages, inputs.target)) {
    const names = stages.flatMap(stage => (stage.name ? [stage.name] : []))
    throw new InputError(
      'target',
      `stage "${inputs.target}" is not in ${inputs.file}` +
        (names.length ? `; its stages are: ${names.join(', ')}` : '; it has no named stage')
    )
  }
  return stages
}
