/**
 * metadata-action's outputs: each list joined by its separator (`sep-tags`,
 * `sep-labels`, `sep-annotations`; a newline by default), and the name of
 * the environment variable each is exported as to later steps. Pure.
 */
import { metadataJson, type Metadata } from './metadata.js'

export interface OutputSeparators {
  readonly tags: string
  readonly labels: string
  readonly annotations: string
}

export const DEFAULT_SEPARATORS: OutputSeparators = { tags: '\n', labels: '\n', annotations: '\n' }

/** The metadata outputs, by name, in the order they are set. */
export function metadataOutputs(metadata: Metadata, sep: OutputSeparators): [string, string][] {
  return [
    ['version', metadata.version],
    ['tags', metadata.tags.join(sep.tags)],
    ['tag-names', metadata.tagNames.join(sep.tags)],
    ['labels', metadata.labels.map(label => `${label.name}=${label.value}`).join(sep.labels)],
    ['annotations', metadata.annotations.join(sep.annotations)],
    ['json', metadataJson(metadata)]
  ]
}

/** `tag-names` → `DOCKER_METADATA_OUTPUT_TAG_NAMES`, as metadata-action names them. */
export function outputVariable(output: string): string {
  return `DOCKER_METADATA_OUTPUT_${output.replace(/\W/g, '_').toUpperCase()}`
}
