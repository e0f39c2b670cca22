/** OCI image labels from the event payload, with the user's labels over them. Pure. */
import { globalValues, render } from './expressions.js'
import type { RefContext } from './refs.js'
import { RuleError } from './records.js'
import { errorMessage } from '../errors.js'

export interface Label {
  readonly name: string
  readonly value: string
}

/** Where the repository is, for runs whose payload does not say (schedule, no event). */
export interface RepositoryFallback {
  /** `owner/name` */
  readonly repository: string
  readonly serverUrl: string
}

interface PayloadRepository {
  readonly name?: unknown
  readonly description?: unknown
  readonly html_url?: unknown
  readonly license?: { readonly spdx_id?: unknown } | null
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** The `org.opencontainers.image.*` labels metadata-action writes, read from the payload. */
export function ociLabels(ctx: RefContext, version: string, fallback: RepositoryFallback): Label[] {
  const repo = (ctx.payload.repository ?? {}) as PayloadRepository
  const name = text(repo.name) || fallback.repository.split('/')[1] || ''
  const url =
    text(repo.html_url) ||
    (fallback.repository ? `${fallback.serverUrl.replace(/\/$/, '')}/${fallback.repository}` : '')
  const oci = (key: string, value: string): Label => ({
    name: `org.opencontainers.image.${key}`,
    value
  })
  return [
    oci('title', name),
    oci('description', text(repo.description)),
    oci('url', url),
    oci('source', url),
    oci('version', version),
    oci('created', ctx.now.toISOString()),
    oci('revision', ctx.sha),
    oci('licenses', text(repo.license?.spdx_id))
  ]
}

/**
 * The OCI labels with the custom ones (values rendered with the expressions)
 * over them: one per key, the last one given wins, sorted by code point
 * (UTF-8 byte order is code-point order).
 */
export function mergeLabels(
  base: readonly Label[],
  custom: readonly Label[],
  ctx: RefContext,
  input = 'labels'
): Label[] {
  const globals = globalValues(ctx)
  const merged = new Map<string, string>()
  for (const label of base) merged.set(label.name, label.value)
  for (const label of custom) {
    try {
      merged.set(label.name, render(label.value, ctx, globals))
    } catch (error) {
      const reason = errorMessage(error)
      throw new RuleError(input, `"${label.name}=${label.value}" cannot be rendered: ${reason}`)
    }
  }
  return [...merged]
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
}
