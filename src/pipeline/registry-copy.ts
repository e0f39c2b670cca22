/**
 * The registries after the first, side by side. Each gets the image copied
 * from the first over the registry API, as a promotion does: its layers leave
 * the runner compressed once (the daemon's push compresses them again for each
 * registry), and the manifest's bytes are the first's, so the digest is the
 * same everywhere. A registry whose copy fails, or every one when the first
 * has nothing to copy, is pushed by the engine instead: its tags in turn, each
 * command's output printed whole when it ends.
 */
import * as core from '@actions/core'
import * as path from 'node:path'
import type { EngineFamily } from '../engine/family.js'
import { pushTags, type TagPush } from '../engine/push.js'
import type { SourceImage } from '../promote/content.js'
import { copyContent, readSource } from '../promote/copy.js'
import { retryIO } from '../registry/retry-io.js'
import { writeTags } from '../promote/promote.js'
import { groupTargets } from '../promote/targets.js'
import { manifestReference, parseImageReference } from '../registry/reference.js'
import { RegistryRepository } from '../registry/repository.js'
import { attempt, withRetries, type RetryPolicy } from '../registry/retry.js'
import type { RegistryTags } from './push-plan.js'

export interface OtherRegistries {
  /** The first registry's tag to copy from; none: it holds no image, and the engine pushes. */
  readonly source: string | undefined
  readonly registries: readonly RegistryTags[]
  readonly retry: RetryPolicy
  readonly family: EngineFamily
  readonly tempDir: string
  /** Settled once the image has every tag's name: an engine push pushes by name. */
  readonly named: Promise<void>
}

export async function pushOtherRegistries(request: OtherRegistries): Promise<TagPush[]> {
  const { source, registries, family } = request
  if (registries.length === 0) return []
  const copied = source ? await readCopySource(source, request.retry) : undefined
  const pushed = await Promise.all(
    registries.map(async (group, i) => {
      const digestFile = path.join(request.tempDir, `digest-${i + 1}`)
      const enginePush = async (): Promise<TagPush[]> => {
        await request.named
        const policy = request.retry
        return pushTags({ tags: group.tags, policy, family, digestFile, besideOthers: true })
      }
      if (!copied) return enginePush()
      const copy = await copyToRegistry(copied, group, request.retry)
      if (copy.ok) return copy.pushes
      core.info(
        `The copy to ${group.registry} failed (${copy.error}); pushing with ${family.command} instead`
      )
      return enginePush()
    })
  )
  return pushed.flat()
}

interface CopySource {
  readonly repository: RegistryRepository
  readonly reference: string
  readonly image: SourceImage
}

/** The image the first registry holds under `source`; undefined (said in the log) when unreadable. */
async function readCopySource(source: string, retry: RetryPolicy): Promise<CopySource | undefined> {
  const ref = parseImageReference(source)
  const repository = new RegistryRepository(ref)
  const read = await withRetries(
    `Reading ${source}`,
    retry,
    () => attempt(() => readSource(repository, manifestReference(ref))),
    retryIO
  )
  if (read.ok && read.value) return { repository, reference: source, image: read.value }
  const reason = read.ok ? 'it is not there' : read.error
  core.info(`${source} could not be read to copy it (${reason}): pushing each registry instead`)
  return undefined
}

type CopyOutcome =
  | { readonly ok: true; readonly pushes: readonly TagPush[] }
  | { readonly ok: false; readonly error: string }

/** Every repository of one registry: its content, then its tags; the first failure ends it. */
async function copyToRegistry(
  source: CopySource,
  group: RegistryTags,
  retry: RetryPolicy
): Promise<CopyOutcome> {
  const { image } = source
  core.info(`Copying ${source.reference} (${image.root.digest}) to ${group.tags.join(', ')}`)
  const pushes: TagPush[] = []
  for (const target of groupTargets(group.tags)) {
    const repo = new RegistryRepository(target)
    const content = await copyContent(source.repository, image, repo, retry)
    if (!content.ok) return { ok: false, error: content.error }
    const written = await writeTags(target, repo, image, content, retry)
    const failure = written.find(push => push.outcome === 'failed')
    if (failure) return { ok: false, error: failure.error ?? 'the tag was not written' }
    pushes.push(...written.map(push => ({ ...push, digest: image.root.digest })))
  }
  return { ok: true, pushes }
}
