import * as core from '@actions/core'
import type { RunContext } from './context.js'
import { InputError } from './errors.js'
import type { Inputs } from './inputs.js'
import { loadTemplates } from './meta/expressions.js'
import { baseBranchTag, computeMetadata, needsTemplates, type Metadata } from './meta/metadata.js'
import { metadataOutputs, outputVariable } from './meta/outputs.js'
import { RuleError } from './meta/records.js'

export interface RunTags extends Metadata {
  /** On a pull request, the image the base branch's rules give: what the size report compares with. */
  readonly baseImage?: string
}

/** The Tags step: computes tags and labels, logs them, sets the metadata outputs. */
export async function computeTags(
  inputs: Inputs,
  run: RunContext,
  now = new Date()
): Promise<RunTags> {
  let metadata: Metadata
  let baseImage: string | undefined
  const request = { ...inputs, run, now }
  if (needsTemplates(request)) await loadTemplates()
  try {
    metadata = computeMetadata(request)
    const base = pullRequestBase(run.payload)
    if (base) baseImage = baseBranchTag(request, base.ref, base.sha)
  } catch (error) {
    if (error instanceof RuleError) throw new InputError(error.input, error.reason)
    throw error
  }
  for (const warning of metadata.warnings) core.warning(warning)
  for (const notice of metadata.notices) core.notice(notice)
  if (inputs.push && metadata.tags.length === 0)
    throw new InputError('tags', noTagReason(inputs, run, metadata))
  core.info(`Version: ${metadata.version || '(none)'}`)
  core.info(`Tags:\n${metadata.tags.map(tag => `  ${tag}`).join('\n') || '  (none)'}`)
  core.info(`Labels:\n${metadata.labels.map(l => `  ${l.name}=${l.value}`).join('\n')}`)
  // Later steps read them as metadata-action's: outputs, and the environment.
  for (const [name, value] of metadataOutputs(metadata, inputs.metadataOutput.separators)) {
    core.setOutput(name, value)
    if (inputs.metadataOutput.exportEnv) core.exportVariable(outputVariable(name), value)
  }
  return baseImage ? { ...metadata, baseImage } : metadata
}

function pullRequestBase(payload: RunContext['payload']): { ref: string; sha: string } | undefined {
  const base = (payload.pull_request as { base?: { ref?: unknown; sha?: unknown } } | undefined)
    ?.base
  if (typeof base?.ref !== 'string') return undefined
  return { ref: base.ref, sha: typeof base.sha === 'string' ? base.sha : '' }
}

function noTagReason(inputs: Inputs, run: RunContext, metadata: Metadata): string {
  if (inputs.images.trim() === '') return 'push is true but no tag was given'
  if (metadata.tagNames.length > 0) return 'push is true but every image is disabled'
  return `push is true but no rule gave a tag for ${run.eventName || 'this run'} on "${run.ref}"`
}
