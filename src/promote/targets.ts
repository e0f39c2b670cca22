/** Where a promotion writes: the tags grouped by repository, in the tags' order. Pure. */
import { parseImageReference } from '../registry/reference.js'

export interface PromotionTarget {
  readonly registry: string
  readonly repository: string
  /** `registry/repository` as the tags write it (docker's name). */
  readonly name: string
  /** The full references to write, and each one's tag. */
  readonly tags: readonly { readonly reference: string; readonly tag: string }[]
}

export function groupTargets(references: readonly string[]): PromotionTarget[] {
  const targets = new Map<string, PromotionTarget>()
  for (const reference of references) {
    const ref = parseImageReference(reference)
    const key = `${ref.registry}/${ref.repository}`
    const target = targets.get(key) ?? {
      registry: ref.registry,
      repository: ref.repository,
      name: ref.name,
      tags: []
    }
    targets.set(key, { ...target, tags: [...target.tags, { reference, tag: ref.tag ?? 'latest' }] })
  }
  return [...targets.values()]
}
