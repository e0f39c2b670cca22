/**
 * Tags, version and labels for a run: `images` + `tags` rules (metadata-action's
 * way), or `tags` as full image references (build-push-action's way). Pure.
 */
import { parseImageReference } from '../registry/reference.js'
import { computeAnnotations, DEFAULT_ANNOTATION_LEVELS } from './annotations.js'
import { mergeLabels, ociLabels, type Label, type RepositoryFallback } from './labels.js'
import { refContext, type RunFacts } from './refs.js'
import { parseFlavor } from './flavor.js'
import { parseImages } from './images.js'
import { parseRecords, RuleError } from './records.js'
import { parseTagRules } from './rules.js'
import { computeVersion, imageTags } from './tags.js'
import { errorMessage } from '../errors.js'

export interface MetadataRequest {
  readonly images: string
  readonly tags: string
  readonly flavor: string
  readonly labels: readonly Label[]
  /** Custom annotations, `[level:]key=value`. */
  readonly annotations?: readonly Label[]
  /** DOCKER_METADATA_ANNOTATIONS_LEVELS, split; default `manifest`. */
  readonly annotationLevels?: readonly string[]
  readonly run: RunFacts & RepositoryFallback
  /** "Now", captured once for `{{date}}` and the created label. */
  readonly now: Date
}

export interface Metadata {
  readonly version: string
  /** Full image references to build and push, each once. */
  readonly tags: readonly string[]
  /** The tags without image names. */
  readonly tagNames: readonly string[]
  readonly labels: readonly Label[]
  /** `level:key=value`, the OCI labels and the custom annotations (metadata-action's output). */
  readonly annotations: readonly string[]
  /** Doubts worth a `::warning::` that do not stop the run. */
  readonly warnings: readonly string[]
  /** What was changed from the inputs as written, worth a `::notice::`. */
  readonly notices: readonly string[]
}

/**
 * Whether the request may render a template: tag rules do (a semver rule's
 * default pattern is one), and any value with an expression in it.
 */
export function needsTemplates(request: MetadataRequest): boolean {
  if (request.images.trim() !== '') return true
  const values = [request.tags, request.flavor, ...request.labels.map(label => label.value)]
  for (const annotation of request.annotations ?? []) values.push(annotation.value)
  return values.some(value => value.includes('{{'))
}

export function computeMetadata(request: MetadataRequest): Metadata {
  const ctx = refContext(request.run, request.now)
  const warnings: string[] = []
  const notices: string[] = []
  let version: string
  let tags: string[]
  let tagNames: readonly string[]

  if (request.images.trim() === '') {
    tags = parseReferences(request.tags)
    const first = tags[0] ? parseImageReference(tags[0]) : undefined
    version = first?.tag ?? ''
    tagNames = [...new Set(tags.flatMap(tag => parseImageReference(tag).tag ?? []))]
    if (request.flavor.trim() !== '')
      warnings.push('The flavor input applies only with the images input; it is ignored')
  } else {
    const { images, notices: lowercased } = parseImages(request.images)
    notices.push(...lowercased)
    const rules = parseTagRules(request.tags)
    const computed = computeVersion(rules.value, parseFlavor(request.flavor), ctx)
    warnings.push(...rules.warnings, ...computed.warnings)
    version = computed.main
    tagNames = computed.tagNames
    tags = imageTags(images, tagNames)
    if (tagNames.length === 0) warnings.push('No tag rule produced a tag for this event')
    else if (images.length === 0) warnings.push('Every image is disabled; the image gets no tag')
  }

  const oci = ociLabels(ctx, version, request.run)
  const labels = mergeLabels(oci, request.labels, ctx)
  const annotations = computeAnnotations(
    oci,
    request.annotations ?? [],
    request.annotationLevels ?? DEFAULT_ANNOTATION_LEVELS,
    ctx
  )
  return { version, tags, tagNames, labels, annotations, warnings, notices }
}

/**
 * The first tag the rules give a push to `baseBranch`: the image a pull
 * request's base branch has, to compare with. Undefined when `tags` are full
 * references (they name no branch) or the rules give that push no tag.
 */
export function baseBranchTag(
  request: MetadataRequest,
  baseBranch: string,
  baseSha: string
): string | undefined {
  if (request.images.trim() === '') return undefined
  const repository = request.run.payload.repository
  const run = {
    ...request.run,
    eventName: 'push',
    ref: `refs/heads/${baseBranch}`,
    sha: baseSha,
    payload: repository === undefined ? {} : { repository }
  }
  return computeMetadata({ ...request, run }).tags[0]
}

/** `tags` as full references, separated by lines or commas (build-push-action's way). */
function parseReferences(text: string): string[] {
  const references: string[] = []
  for (const record of parseRecords('tags', text)) {
    for (const reference of record.fields) {
      if (/^type=/i.test(reference)) {
        throw new RuleError(
          'tags',
          `"${record.source}" is a tag rule; tag rules need the images input (the image names to tag)`
        )
      }
      try {
        parseImageReference(reference)
      } catch (error) {
        const reason = errorMessage(error)
        throw new RuleError('tags', `"${reference}" is not a valid image reference: ${reason}`)
      }
      references.push(reference)
    }
  }
  return [...new Set(references)]
}

/** The `json` output, in metadata-action's shape. */
export function metadataJson(metadata: Metadata): string {
  return JSON.stringify({
    tags: metadata.tags,
    'tag-names': metadata.tagNames,
    labels: Object.fromEntries(metadata.labels.map(label => [label.name, label.value])),
    annotations: metadata.annotations
  })
}
