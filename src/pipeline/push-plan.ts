/**
 * How the tags of several registries are pushed: by one push through the
 * relay, where the engine can; else the first registry (the one the first tag
 * names, whose digest is the `digest` output) by the engine, from the build
 * where it can, and every other registry at the same time as the rest, copied
 * from the first, its own tags in turn. Pure.
 */
import type { Engine } from '../engine/engine.js'
import type { TagPush } from '../engine/push.js'
import { parseImageReference } from '../registry/reference.js'

export interface RegistryTags {
  readonly registry: string
  /** The tags naming this registry, in the tags' order. */
  readonly tags: readonly string[]
}

/** The tags by registry, the registries in the order the tags first name them. */
export function tagsByRegistry(tags: readonly string[]): RegistryTags[] {
  const groups = new Map<string, string[]>()
  for (const tag of tags) {
    const { registry } = parseImageReference(tag)
    groups.set(registry, [...(groups.get(registry) ?? []), tag])
  }
  return [...groups].map(([registry, grouped]) => ({ registry, tags: grouped }))
}

/**
 * The tags name several registries, and the engine can push to the relay
 * (registry/relay.ts): one push writes to all of them at once. The build then
 * pushes nothing itself; the Push step does.
 */
export function pushesThroughRelay(tags: readonly string[], engine: Pick<Engine, 'can'>): boolean {
  return engine.can.pushThroughRelay && tagsByRegistry(tags).length > 1
}

/**
 * The tags a push from the build pushes: the first registry's. BuildKit's
 * docker driver pushes one name after another, each layer compressed again for
 * each; the other registries are copied from the first instead, side by side.
 */
export function buildPushTags(tags: readonly string[]): readonly string[] {
  return tagsByRegistry(tags)[0]?.tags ?? []
}

/**
 * The first registry's tag the others are copied from: the first it holds.
 * None when that registry got none: the others are then pushed by the engine.
 */
export function copySource(firstRegistry: readonly TagPush[]): string | undefined {
  return firstRegistry.find(push => push.outcome === 'pushed')?.tag
}

/** The results in the tags' order, as one push after another would give them. */
export function inTagOrder(pushes: readonly TagPush[], tags: readonly string[]): TagPush[] {
  const position = new Map(tags.map((tag, i) => [tag, i]))
  const at = (push: TagPush): number => position.get(push.tag) ?? tags.length
  return [...pushes].sort((a, b) => at(a) - at(b))
}
