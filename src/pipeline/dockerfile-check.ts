import { existsSync, readFileSync, statSync } from 'node:fs'
import { findStage, parseStages, type Stage } from '../dockerfile/stages.js'
import { InputError } from '../errors.js'
import type { Inputs } from '../inputs.js'

/** The Dockerfile as read once, before the build: the advice and the report read this text. */
export interface Dockerfile {
  readonly text: string
  readonly stages: Stage[]
}

/** Checks the context, the Dockerfile and the target; returns the Dockerfile. */
export function checkDockerfile(inputs: Inputs): Dockerfile {
  if (!existsSync(inputs.context) || !statSync(inputs.context).isDirectory()) {
    throw new InputError('context', `"${inputs.context}" is not a directory`)
  }
  if (!existsSync(inputs.file)) {
    throw new InputError('file', `"${inputs.file}" does not exist`)
  }
  const text = readFileSync(inputs.file, 'utf8')
  const stages = parseStages(text, inputs.buildArgs)
  if (inputs.target && !findStage(stages, inputs.target)) {
    const names = stages.flatMap(stage => (stage.name ? [stage.name] : []))
    throw new InputError(
      'target',
      `stage "${inputs.target}" is not in ${inputs.file}` +
        (names.length ? `; its stages are: ${names.join(', ')}` : '; it has no named stage')
    )
  }
  return { text, stages }
}
