/** An image's layers as a registry holds them: read over the HTTP API, never pulled. */
import type { ImageLayers } from '../report/layers.js'
import { parseImageConfig } from '../report/layers.js'
import { RegistryClient, type Platform } from './client.js'
import { parseImageReference } from './reference.js'

/** A layer blob's compressed bytes, as a stream. */
export async function layerBlob(
  reference: string,
  digest: string
): Promise<AsyncIterable<Uint8Array>> {
  return new RegistryClient(parseImageReference(reference)).blob(digest)
}

/** Undefined when the registry has no such image (e.g. the first build of a branch). */
export async function registryLayers(
  reference: string,
  platform: Platform
): Promise<(ImageLayers & { digest: string; layerDigests: string[] }) | undefined> {
  const ref = parseImageReference(reference)
  const client = new RegistryClient(ref)
  const manifest = await client.manifest(ref.digest ?? ref.tag ?? 'latest', platform)
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
