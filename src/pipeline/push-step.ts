/**
 * The Push step: every tag, retried, or the image untagged by digest (a
 * fan-out's matrix job); what a push from the build already did counts.
 */
import { pushByDigest, untaggedReferences } from '../engine/digest-push.js'
import type { BuildResult } from '../engine/build.js'
import type { Engine } from '../engine/engine.js'
import { familyOf } from '../engine/family.js'
import { pushTags, type TagPush } from '../engine/push.js'
import type { RetryPolicy } from '../registry/retry.js'

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
      compressedStore
    })
    return { pushes, untagged: untaggedReferences(pushes) }
  }
  return { pushes: await pushTags(tags, retry, familyOf(engine), tempDir, build.pushes) }
}
