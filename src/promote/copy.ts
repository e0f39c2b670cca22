/**
 * Reading the image to promote, and copying its content into a repository:
 * blobs first, a few at a time (left alone where present, mounted within a
 * registry, else streamed from the source), then an index's child manifests
 * by digest. No tag is written here: that comes last, once every repository
 * has it all.
 */
import * as core from '@actions/core'
import pLimit from 'p-limit'
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

/** Blobs sent to one registry at once, as `docker push` sends layers (its default is 5). */
const BLOB_CONCURRENCY = 4

/**
 * Every blob and child manifest of `image` into `target`, each retried as a
 * push is: the blobs side by side, the largest first, then the child
 * manifests, which name them. The first failure, once every blob under way
 * has settled, is the outcome.
 */
export async function copyContent(
  source: RegistryRepository,
  image: SourceImage,
  target: RegistryRepository,
  policy: RetryPolicy
): Promise<ContentOutcome> {
  const counts: Record<BlobCopy, number> = { present: 0, mounted: 0, streamed: 0 }
  let retries = 0
  const step = async (what: string, run: () => Promise<unknown>): Promise<string | undefined> => {
    const outcome = await withRetries(what, policy, () => attempt(run), retryIO)
    retries += outcome.attempts - 1
    return outcome.ok ? undefined : outcome.error
  }
  const limit = pLimit(BLOB_CONCURRENCY)
  let failed = false
  const largestFirst = [...image.blobs].sort((a, b) => b.size - a.size)
  const blobFailures = await Promise.all(
    largestFirst.map(blob =>
      limit(async () => {
        if (failed) return undefined // one has failed: the copy is over
        const error = await step(`Copy of blob ${blob.digest} to ${target.name}`, async () => {
          counts[await copyBlob(source, target, blob)]++
        })
        if (error) failed = true
        return error
      })
    )
  )
  const blobFailure = blobFailures.find(error => error !== undefined)
  if (blobFailure) return { ok: false, retries, error: blobFailure }
  for (const child of image.children) {
    const error = await step(`Copy of manifest ${child.digest} to ${target.name}`, () =>
      target.putManifest(child.digest, child)
    )
    if (error) return { ok: false, retries, error }
  }
  core.info(
    `${target.name}: ${image.blobs.length} blob(s): ${counts.streamed} copied, ` +
      `${counts.mounted} mounted, ${counts.present} already there; ` +
      `${image.children.length} child manifest(s)`
  )
  return { ok: true, retries }
}
