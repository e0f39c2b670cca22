/**
 * `push-by-digest`: the built image goes to every repository the tags name,
 * untagged, over the registry's HTTP API (docker's driver cannot push without
 * a tag). The first repository gets it from the engine's save: blobs, then
 * manifests by digest; the others copy it from there as a promotion does
 * (mounted within a registry, streamed between registries), side by side. No
 * tag is written.
 */
import * as core from '@actions/core'
import { rm } from 'node:fs/promises'
import * as path from 'node:path'
import { execCommand, lastErrorLine } from '../exec.js'
import type { SourceImage } from '../promote/content.js'
import { copyContent, readSource } from '../promote/copy.js'
import { retryIO } from '../registry/retry-io.js'
import { groupTargets, type PromotionTarget } from '../promote/targets.js'
import {
  uploadBlob,
  uploadCompressedBlob,
  uploadStoredBlob,
  type UploadedBlob
} from '../registry/blob-upload.js'
import { RegistryRepository, sha256, type RawManifest } from '../registry/repository.js'
import { attempt, withRetries, type RetryPolicy } from '../registry/retry.js'
import type { TagPush } from './push.js'
import type { EngineFamily } from './family.js'
import { DOCKER_MANIFEST, layersManifest, readSavedImage, type SavedImage } from './saved-image.js'
import { indexTar, type TarEntry } from './tar.js'

export interface DigestPushRequest {
  readonly imageId: string
  readonly tags: readonly string[]
  readonly tempDir: string
  readonly retry: RetryPolicy
  /** Saves the image in `docker save`'s layout. */
  readonly family: EngineFamily
  /** engine.can.storesCompressedLayers: the saved layout is uploaded as it is. */
  readonly compressedStore: boolean
}

/** One result per repository, its `tag` the `name@digest` the registry holds (the name alone if none). */
export async function pushByDigest(request: DigestPushRequest): Promise<TagPush[]> {
  const [first, ...others] = groupTargets(request.tags)
  if (!first) return []
  const archive = path.join(request.tempDir, 'push-by-digest.tar')
  try {
    const { family } = request
    const saved = await execCommand(family.command, family.saveArgs(request.imageId, archive), {
      silent: true
    })
    if (saved.exitCode !== 0) {
      throw new Error(`${family.command} could not save the image: ${lastErrorLine(saved)}`)
    }
    const image = await readSavedImage(archive, await indexTar(archive), request.compressedStore)
    const source = new RegistryRepository(first)
    core.info(`Pushing ${request.imageId} to ${first.name} by digest (no tag)`)
    const uploaded = await upload(source, archive, image, request.retry)
    const skipped = (target: PromotionTarget): TagPush => ({
      tag: target.name,
      registry: target.registry,
      outcome: 'skipped',
      attempts: 0
    })
    if (!uploaded.ok || others.length === 0)
      return [result(first, uploaded), ...others.map(skipped)]
    // The other repositories side by side, each copied from the first, read once for them all.
    const written = await readWritten(source, uploaded.root, request.retry)
    const copies = others.map(async (target): Promise<TagPush> =>
      result(target, written.ok ? await copyTo(written, target, request.retry) : written)
    )
    return [result(first, uploaded), ...(await Promise.all(copies))]
  } finally {
    await rm(archive, { force: true })
  }
}

/** What the repositories hold after a push by digest: `name@digest`, one per repository pushed to. */
export function untaggedReferences(pushes: readonly TagPush[]): string[] {
  return pushes.flatMap(push => (push.outcome === 'pushed' ? [push.tag] : []))
}

type Uploaded =
  | { readonly ok: true; readonly root: RawManifest; readonly attempts: number }
  | { readonly ok: false; readonly error: string; readonly attempts: number }

function result(target: PromotionTarget, uploaded: Uploaded): TagPush {
  const base = { registry: target.registry, attempts: uploaded.attempts }
  return uploaded.ok
    ? { ...base, tag: `${target.name}@${uploaded.root.digest}`, outcome: 'pushed' }
    : { ...base, tag: target.name, outcome: 'failed', error: uploaded.error }
}

/** Every blob, then every manifest of the saved image, each retried as a push is. */
async function upload(
  repo: RegistryRepository,
  archive: string,
  image: SavedImage,
  policy: RetryPolicy
): Promise<Uploaded> {
  let attempts = 1
  const run = async <T>(what: string, step: () => Promise<T>): Promise<T | { error: string }> => {
    const outcome = await withRetries(what, policy, () => attempt(step), retryIO)
    attempts += outcome.attempts - 1
    return outcome.ok ? outcome.value : { error: outcome.error }
  }
  const failed = (value: unknown): value is { error: string } =>
    typeof value === 'object' && value !== null && 'error' in value
  let manifests: RawManifest[]
  if (image.kind === 'stored') {
    for (const blob of image.blobs) {
      const done = await run(`Upload of blob ${blob.digest} to ${repo.name}`, () =>
        uploadStoredBlob(repo, archive, blob)
      )
      if (failed(done)) return { ok: false, error: done.error, attempts }
    }
    manifests = [...image.manifests]
  } else {
    const compressed = new Map<TarEntry, UploadedBlob>()
    for (const [i, entry] of image.layers.entries()) {
      if (compressed.has(entry)) continue
      const done = await run(`Upload of layer ${i + 1} to ${repo.name}`, () =>
        uploadCompressedBlob(repo, archive, entry)
      )
      if (failed(done)) return { ok: false, error: done.error, attempts }
      compressed.set(entry, done)
    }
    const config = { digest: sha256(image.config), size: image.config.length }
    const done = await run(`Upload of config ${config.digest} to ${repo.name}`, () =>
      uploadBlob(repo, config, () => image.config)
    )
    if (failed(done)) return { ok: false, error: done.error, attempts }
    const layers = image.layers.map(entry => compressed.get(entry) as UploadedBlob)
    const bytes = layersManifest(config, layers)
    manifests = [{ bytes, mediaType: DOCKER_MANIFEST, digest: sha256(bytes) }]
  }
  for (const manifest of manifests) {
    const done = await run(`Upload of manifest ${manifest.digest} to ${repo.name}`, () =>
      repo.putManifest(manifest.digest, manifest)
    )
    if (failed(done)) return { ok: false, error: done.error, attempts }
  }
  const root = manifests.at(-1) as RawManifest
  core.info(`${repo.name}@${root.digest}: ${manifests.length} manifest(s) written, no tag`)
  return { ok: true, root, attempts }
}

type Written =
  | { readonly ok: true; readonly source: RegistryRepository; readonly image: SourceImage }
  | { readonly ok: false; readonly error: string; readonly attempts: number }

/** What the first repository holds under the manifest just written, every manifest under it. */
async function readWritten(
  source: RegistryRepository,
  root: RawManifest,
  policy: RetryPolicy
): Promise<Written> {
  const read = await withRetries(
    `Reading ${source.name}@${root.digest}`,
    policy,
    () => attempt(() => readSource(source, root.digest)),
    retryIO
  )
  if (read.ok && read.value) return { ok: true, source, image: read.value }
  const error = read.ok ? `${source.name} lost ${root.digest}` : read.error
  return { ok: false, error, attempts: read.attempts }
}

/** The image, already in the first repository, into another: its content, then its manifest. */
async function copyTo(
  written: Extract<Written, { ok: true }>,
  target: PromotionTarget,
  policy: RetryPolicy
): Promise<Uploaded> {
  const { source, image } = written
  const { root } = image
  const repo = new RegistryRepository(target)
  const content = await copyContent(source, image, repo, policy)
  if (!content.ok) return { ok: false, error: content.error, attempts: 1 + content.retries }
  const put = await withRetries(
    `Upload of manifest ${root.digest} to ${repo.name}`,
    policy,
    () => attempt(() => repo.putManifest(root.digest, root)),
    retryIO
  )
  const attempts = put.attempts + content.retries
  return put.ok ? { ok: true, root, attempts } : { ok: false, error: put.error, attempts }
}
