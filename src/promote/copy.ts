/**
 * Reading the image to promote, and copying its content into a repository:
 * blobs first (left alone where present, mounted within a registry, else
 * streamed from the source), then an index's child manifests by digest. No
 * tag is written here: that comes last, once every repository has it all.
 */
import * as core from '@actions/core'
import type { Descriptor } from '../registry/client.js'
import type { RawManifest, RegistryRepository } from '../registry/repository.js'
import { attempt, withRetries, type RetryPolicy } from '../registry/retry.js'
import { retryIO } from '../registry/retry-io.js'
import {
  manifestParts,
  summarizeImages,
  uniqueBlobs,
  type IndexEntry,
  type SourceImage
} from './content.js'

/** The image a tag or digest names, with every manifest under it; undefined when there is none. */
export async function readSource(
  repo: RegistryRepository,
  reference: string
): Promise<SourceImage | undefined> {
  const root = await repo.manifest(reference)
  if (!root) return undefined
  const children: RawManifest[] = []
  const entries: IndexEntry[] = []
  const visit = async (manifest: RawManifest, descriptor?: IndexEntry['descriptor']) => {
    entries.push(descriptor ? { descriptor, manifest } : { manifest })
    for (const entry of manifestParts(manifest).manifests) {
      const child = await repo.manifest(entry.digest)
      if (!child || child.digest !== entry.digest) {
        throw new Error(
          `${repo.name} does not hold ${entry.digest}, which ${manifest.digest} names`
        )
      }
      await visit(child, entry)
      children.push(child)
    }
  }
  await visit(root)
  return {
    root,
    children,
    blobs: uniqueBlobs([root, ...children]),
    images: summarizeImages(entries)
  }
}

export type BlobCopy = 'present' | 'mounted' | 'streamed'

/** One blob into `target`: one try, for withRetries. */
export async function copyBlob(
  source: RegistryRepository,
  target: RegistryRepository,
  blob: Descriptor
): Promise<BlobCopy> {
  if (await target.hasBlob(blob.digest)) return 'present'
  let upload: string | undefined
  if (source.location.registry === target.location.registry) {
    upload = await target.mount(blob.digest, source.location.repository)
    if (upload === undefined) return 'mounted'
  }
  upload ??= await target.startUpload()
  const content = await source.blob(blob.digest)
  try {
    await target.finishUpload(upload, blob, content)
  } catch (error) {
    content.destroy()
    throw error
  }
  return 'streamed'
}

export type ContentOutcome =
  | { readonly ok: true; readonly retries: number }
  | { readonly ok: false; readonly retries: number; readonly error: string }

/** Every blob and child manifest of `image` into `target`, each retried as a push is. */
export async function copyContent(
  source: RegistryRepository,
  image: SourceImage,
  target: RegistryRepository,
  policy: RetryPolicy
): Promise<ContentOutcome> {
  const counts: Record<BlobCopy, number> = { present: 0, mounted: 0, streamed: 0 }
  let retries = 0
  const steps: [string, () => Promise<unknown>][] = [
    ...image.blobs.map((blob): [string, () => Promise<unknown>] => [
      `Copy of blob ${blob.digest} to ${target.name}`,
      async () => counts[await copyBlob(source, target, blob)]++
    ]),
    ...image.children.map((child): [string, () => Promise<unknown>] => [
      `Copy of manifest ${child.digest} to ${target.name}`,
      () => target.putManifest(child.digest, child)
    ])
  ]
  for (const [what, step] of steps) {
    const outcome = await withRetries(what, policy, () => attempt(step), retryIO)
    retries += outcome.attempts - 1
    if (!outcome.ok) return { ok: false, retries, error: outcome.error }
  }
  core.info(
    `${target.name}: ${image.blobs.length} blob(s): ${counts.streamed} copied, ` +
      `${counts.mounted} mounted, ${counts.present} already there; ` +
      `${image.children.length} child manifest(s)`
  )
  return { ok: true, retries }
}
