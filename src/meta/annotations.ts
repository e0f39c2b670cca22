/**
 * metadata-action's `annotations` output: the OCI labels and the custom
 * annotations, at each annotation level (`manifest` unless
 * DOCKER_METADATA_ANNOTATIONS_LEVELS says otherwise). A custom annotation
 * written with its own level (`index:key=value`, build-push-action's form)
 * keeps it. Pure.
 */
import { mergeLabels, type Label } from './labels.js'
import type { RefContext } from './refs.js'

export const DEFAULT_ANNOTATION_LEVELS: readonly string[] = ['manifest']

/** `manifest`, `index`, `manifest-descriptor`, `index-descriptor`, each with an optional `[platform]`. */
const LEVELS = /^((?:manifest|index|manifest-descriptor|index-descriptor)(?:\[[^\]]*\])?,?)+$/

/** Splits a `level:` prefix off a custom annotation's key, when it has one. */
function splitLevel(annotation: Label): { level?: string; label: Label } {
  const colon = annotation.name.lastIndexOf(':')
  const level = annotation.name.slice(0, colon)
  if (colon <= 0 || !LEVELS.test(level)) return { label: annotation }
  return { level, label: { name: annotation.name.slice(colon + 1), value: annotation.value } }
}

/** The annotations, `level:key=value`, for the build's `--annotation` and the output. */
export function computeAnnotations(
  oci: readonly Label[],
  custom: readonly Label[],
  levels: readonly string[],
  ctx: RefContext
): string[] {
  const split = custom.map(splitLevel)
  const unleveled = split.flatMap(({ level, label }) => (level ? [] : [label]))
  const merged = mergeLabels(oci, unleveled, ctx, 'annotations')
  const leveled = split.flatMap(({ level, label }) =>
    level ? mergeLabels([], [label], ctx, 'annotations').map(l => ({ level, label: l })) : []
  )
  return [
    ...levels.flatMap(level => merged.map(label => `${level}:${label.name}=${label.value}`)),
    ...leveled.map(({ level, label }) => `${level}:${label.name}=${label.value}`)
  ]
}
