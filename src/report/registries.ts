/** The tags of a run, grouped by registry (and repository) with the digest each holds. Pure. */
import { parseImageReference } from '../registry/reference.js'

/**
 * `digests` maps a pushed tag to the manifest digest its registry holds.
 * Without any, the tags are a plain list.
 */
export function renderTags(
  tags: readonly string[],
  pushed: boolean,
  digests: Readonly<Record<string, string>> = {}
): string[] {
  const title = pushed ? '**Pushed tags**' : '**Tags** (not pushed)'
  if (!pushed || Object.keys(digests).length === 0) {
    return [title, '', ...tags.map(tag => `- \`${tag}\``)]
  }
  const groups = new Map<string, { registry: string; repository: string; tags: string[] }>()
  for (const tag of tags) {
    const ref = parseImageReference(tag)
    const key = `${ref.registry}/${ref.repository}`
    const group = groups.get(key) ?? {
      registry: ref.registry,
      repository: ref.repository,
      tags: []
    }
    group.tags.push(tag)
    groups.set(key, group)
  }
  const lines = [title, '', '| Registry | Tags | Digest |', '|---|---|---|']
  for (const group of groups.values()) {
    const first = tags.find(tag => {
      const ref = parseImageReference(tag)
      return ref.registry === group.registry && ref.repository === group.repository
    })
    const digest = (first && digests[first]) || '—'
    const shown = group.tags.map(tag => `\`${tag}\``).join(', ')
    lines.push(`| ${group.registry} | ${shown} | ${digest === '—' ? digest : `\`${digest}\``} |`)
  }
  return lines
}
