/**
 * An image's layers as a registry holds them, for the size report: read over
 * the HTTP API (repository.ts), never pulled. A read that fails the way a
 * passing fault does (a 5xx, a dropped connection) is tried again, quietly:
 * the report is optional, and says what failed for good.
 */
import type { ImageConfig, ImageLayers } from '../report/layers.js'
import { parseImageConfig } from '../report/layers.js'
import {
  INDEX_TYPES,
  pickPlatform,
  type Descriptor,
  type ImageManifest,
  type Platform
} from './client.js'
import { manifestReference, parseImageReference, type ImageReference } from './reference.js'
import { RegistryRepository, type RawManifest } from './repository.js'
import { attempt, DEFAULT_RETRY, withRetries, type RetryIO, type RetryPolicy } from './retry.js'
import { heldRetryIO, quietRetryIO } from './retry-io.js'

/** Three tries, half a second apart, then a second. */
const READ_RETRY: RetryPolicy = {
  ...DEFAULT_RETRY,
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 1_000
}

/**
 * One repository client per repository for the run, made once the logins are
 * done: what one read opened (the connection, the token) serves the next.
 */
const repositories = new Map<string, RegistryRepository>()
/** Root manifests read ahead (`prefetchRegistryImage`), for the next read of each. */
const prefetched = new Map<
  string,
  { readonly manifest: Promise<RawManifest | undefined>; readonly taken: () => void }
>()

function repositoryOf(ref: ImageReference): RegistryRepository {
  const key = `${ref.registry}/${ref.repository}`
  let repository = repositories.get(key)
  if (!repository) repositories.set(key, (repository = new RegistryRepository(ref)))
  return repository
}

const manifestKey = (ref: ImageReference): string =>
  `${ref.registry}/${ref.repository}@${manifestReference(ref)}`

/** Whether two references name one manifest (`o/x:1` and `docker.io/o/x:1` do). */
export function sameManifest(a: string, b: string): boolean {
  return manifestKey(parseImageReference(a)) === manifestKey(parseImageReference(b))
}

/** The root manifest `ref` names, read once: the one read ahead, else now. */
function rootManifest(ref: ImageReference, reference: string): Promise<RawManifest | undefined> {
  const key = manifestKey(ref)
  const early = prefetched.get(key)
  prefetched.delete(key)
  if (!early) return readManifest(ref, reference)
  early.taken()
  return early.manifest
}

function readManifest(
  ref: ImageReference,
  reference: string,
  io: RetryIO = quietRetryIO
): Promise<RawManifest | undefined> {
  const repository = repositoryOf(ref)
  return reading(`Reading ${reference}`, () => repository.manifest(manifestReference(ref)), io)
}

/**
 * An image that is there before the report reads it (the base to compare
 * with, while the image builds; the image the build pushed): read ahead, for
 * the next read of it. A read ahead again reads again: the tag may name
 * another image by now.
 */
export function prefetchRegistryImage(reference: string): void {
  const ref = parseImageReference(reference)
  // Read whole (manifest bytes): a prefetch nobody takes (the build failed) holds no connection.
  // Its retries are told by the step that takes it, not in the Build's group.
  const { io, release } = heldRetryIO()
  const manifest = readManifest(ref, reference, io)
  manifest.catch(() => undefined) // the read that takes it reports its failure
  prefetched.set(manifestKey(ref), { manifest, taken: release })
}

/**
 * Readies the read of an image that is not there yet (the build is pushing
 * it): the repository's connection is opened and its token had now, with a
 * HEAD of the manifest, so that the read once the push is done waits for no
 * handshake. Quiet: the read itself reports what fails.
 */
export function prepareRegistryRead(reference: string): void {
  const ref = parseImageReference(reference)
  repositoryOf(ref)
    .hasManifest(manifestReference(ref))
    .catch(() => undefined)
}

/** A layer blob's compressed bytes, as a stream. */
export async function layerBlob(
  reference: string,
  digest: string
): Promise<AsyncIterable<Uint8Array>> {
  const repository = repositoryOf(parseImageReference(reference))
  return reading(`Reading ${digest}`, () => repository.blob(digest))
}

/** An image config in hand, and the digest it has (an image id of docker's classic store). */
interface KnownConfig {
  readonly digest: string
  readonly config: ImageConfig
}

/**
 * Undefined when the registry has no such image (e.g. the first build of a
 * branch). A config `known` is not read again where the manifest names it.
 */
export async function registryLayers(
  reference: string,
  platform: Platform,
  known?: KnownConfig
): Promise<(ImageLayers & { digest: string; layerDigests: string[] }) | undefined> {
  const ref = parseImageReference(reference)
  const root = await rootManifest(ref, reference)
  return root && heldLayers(reference, root, platform, known)
}

/**
 * `registryLayers` of a manifest already read: `raw`, which `reference`'s
 * repository holds (or the image its index names for `platform`). Only what
 * is not in hand is read: the config, and the image of an index.
 */
export async function heldLayers(
  reference: string,
  raw: RawManifest,
  platform: Platform,
  known?: KnownConfig
): Promise<ImageLayers & { digest: string; layerDigests: string[] }> {
  const repository = repositoryOf(parseImageReference(reference))
  const manifest = await imageManifest(repository, raw, platform, reference)
  const { digest } = manifest.config
  const config =
    known?.digest === digest
      ? known.config
      : parseImageConfig(await reading(`Reading ${digest}`, () => repository.blobJson(digest)))
  return {
    config,
    compressed: manifest.layers.map(layer => layer.size),
    exact: true,
    digest: manifest.digest,
    layerDigests: manifest.layers.map(layer => layer.digest)
  }
}

/** The image manifest for `platform`: `raw` itself (`name`'s), or the one its index names for it. */
async function imageManifest(
  repository: RegistryRepository,
  raw: RawManifest,
  platform: Platform,
  name: string
): Promise<ImageManifest> {
  const body = JSON.parse(raw.bytes.toString('utf8')) as {
    manifests?: Descriptor[]
    config?: Descriptor
    layers?: Descriptor[]
  }
  if (body.manifests || INDEX_TYPES.includes(raw.mediaType)) {
    const chosen = pickPlatform(body.manifests ?? [], platform)
    if (!chosen) {
      throw new Error(`${name} has no image for ${platform.os}/${platform.architecture}`)
    }
    const child = await reading(`Reading ${chosen.digest}`, () =>
      repository.manifest(chosen.digest)
    )
    if (!child) throw new Error(`${repository.name} does not hold ${chosen.digest}`)
    return imageManifest(repository, child, platform, chosen.digest)
  }
  if (!body.config || !body.layers) throw new Error(`${name} is not an image manifest`)
  return { digest: raw.digest, config: body.config, layers: body.layers }
}

/** `read`, tried again after a passing failure; throws the last failure. */
async function reading<T>(
  what: string,
  read: () => Promise<T>,
  io: RetryIO = quietRetryIO
): Promise<T> {
  const outcome = await withRetries(what, READ_RETRY, () => attempt(read), io)
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.value
}
