/** An image's layers as a registry holds them: read over the HTTP API, never pulled. */
import type { ImageLayers } from '../report/layers.js'
import { parseImageConfig } from '../report/layers.js'
import { RegistryClient, type Platform } from './client.js'
import { manifestReference, parseImageReference, type ImageReference } from './reference.js'

/**
 * One reader per repository for the run, made once the logins are done: what
 * one read opened (the connection, the token) serves the next.
 */
const readers = new Map<string, RegistryClient>()

function readerOf(ref: ImageReference): RegistryClient {
  const key = `${ref.registry}/${ref.repository}`
  let reader = readers.get(key)
  if (!reader) readers.set(key, (reader = new RegistryClient(ref)))
  return reader
}

/** An image that is there before the build (the base to compare with): read while it builds. */
export function prefetchRegistryImage(reference: string): void {
  const ref = parseImageReference(reference)
  readerOf(ref).prefetch(manifestReference(ref))
}

/** A layer blob's compressed bytes, as a stream. */
export async function layerBlob(
  reference: string,
  digest: string
): Promise<AsyncIterable<Uint8Array>> {
  return readerOf(parseImageReference(reference)).blob(digest)
}

/** Undefined when the registry has no such image (e.g. the first build of a branch). */
export async function registryLayers(
  reference: string,
  platform: Platform
): Promise<(ImageLayers & { digest: string; layerDigests: string[] }) | undefined> {
  const ref = parseImageReference(reference)
  const client = readerOf(ref)
  const manifest = await client.manifest(manifestReference(ref), platform)
  if (!manifest) return undefined
  const config = parseImageConfig(await client.blobJson(manifest.config.digest))
  return {
    config,
    compressed: manifest.layers.map(layer => layer.size),
    exact: true,
    digest: manifest.digest,
    layerDigests: manifest.layers.map(layer => layer.digest)
  }
}
