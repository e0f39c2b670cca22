/**
 * The Push step: every tag, retried, or the image untagged by digest (a
 * fan-out's matrix job); what a push from the build already did counts.
 * Several registries: one push that writes to all at once, where the engine
 * can push to a relay here (relay-push.ts); else the first by the engine, then
 * the others copied from it side by side (registry-copy.ts).
 */
import * as core from '@actions/core'
import * as path from 'node:path'
import { pushByDigest, untaggedReferences } from '../engine/digest-push.js'
import type { BuildResult } from '../engine/build.js'
import type { Engine } from '../engine/engine.js'
import { familyOf, type EngineFamily } from '../engine/family.js'
import { pushTags, type TagPush } from '../engine/push.js'
import type { RetryPolicy } from '../registry/retry.js'
import { copySource, inTagOrder, pushesThroughRelay, tagsByRegistry } from './push-plan.js'
import { pushOtherRegistries } from './registry-copy.js'
import { pushThroughRelay } from './relay-push.js'

export interface PushResult {
  readonly pushes: readonly TagPush[]
  /** Pushed by digest: the `name@digest` references the registries hold, and no tag. */
  readonly untagged?: readonly string[]
}

export async function pushImage(request: {
  readonly build: BuildResult
  readonly tags: readonly string[]
  readonly byDigest: boolean
  readonly retry: RetryPolicy
  readonly engine: Engine
  readonly tempDir: string
}): Promise<PushResult> {
  const { build, tags, retry, engine, tempDir } = request
  if (request.byDigest) {
    const compressedStore = engine.can.storesCompressedLayers
    const pushes = await pushByDigest({
      imageId: build.imageId,
      tags,
      tempDir,
      retry,
      family: familyOf(engine),
      compressedStore
    })
    return { pushes, untagged: untaggedReferences(pushes) }
  }
  const family = familyOf(engine)
  const registries = tagsByRegistry(tags)
  if (pushesThroughRelay(tags, engine)) {
    const request = { imageId: build.imageId, registries, retry, family, tempDir }
    const relayed = await pushThroughRelay(request)
    if (relayed) return { pushes: inTagOrder(relayed, tags) }
  }
  const [first, ...others] = registries
  if (!first) return { pushes: [] }
  // A build that pushed named the first registry's tags only (build-plan.ts): the
  // others are named while the first registry's results are read and the copies run.
  const otherTags = others.flatMap(group => group.tags)
  const named = build.pushes ? nameImage(build.imageId, otherTags, family) : Promise.resolve()
  named.catch(() => undefined) // awaited below, and by an engine push that needs the names
  const digestFile = path.join(tempDir, 'digest')
  const policy = retry
  const fromBuild = build.pushes
  const firstPushes = await pushTags({ tags: first.tags, policy, family, digestFile, fromBuild })
  const otherPushes = await pushOtherRegistries({
    source: copySource(firstPushes),
    registries: others,
    retry,
    family,
    tempDir,
    named
  })
  await named
  return { pushes: inTagOrder([...firstPushes, ...otherPushes], tags) }
}

/** The build pushed every tag itself, none failing: the Push step has nothing left to do. */
export function pushedByBuild(build: BuildResult, tags: readonly string[]): boolean {
  return Boolean(build.pushes && !build.pushes.failed) && buildPushesEveryTag(tags)
}

/** A build that pushes pushes every one of the tags itself: they name one registry. */
export function buildPushesEveryTag(tags: readonly string[]): boolean {
  return tagsByRegistry(tags).length === 1
}

/** Gives the image the names the build did not: an engine push, if one is needed, pushes by name. */
async function nameImage(
  imageId: string,
  tags: readonly string[],
  family: EngineFamily
): Promise<void> {
  if (tags.length === 0) return
  await Promise.all(tags.map(tag => family.tag(imageId, tag)))
  core.info(`Tagged ${imageId} as ${tags.join(', ')}`)
}
