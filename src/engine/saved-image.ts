/**
 * What `docker save` wrote of a built image, as a registry upload needs it.
 * The containerd store keeps what a push uploads (an OCI layout: manifests and
 * compressed blobs, by digest); the classic store keeps a config and plain
 * layer tars, which are compressed on the way to the registry. Reading only:
 * the content stays in the archive, never whole in memory.
 */
import { readEntry, type TarEntry } from './tar.js'
import { parseSaveManifest } from './saved.js'

/** A blob of the archive, uploaded as it is stored. */
export interface StoredBlob {
  readonly digest: string
  readonly size: number
  readonly entry: TarEntry
}

/** A manifest the store holds, as its exact bytes (their digest is its digest). */
export interface StoredManifest {
  readonly digest: string
  readonly mediaType: string
  readonly bytes: Buffer
}

export type SavedImage =
  | {
      /** Uploaded as stored: blobs, then manifests in order (an index's entries before it). */
      readonly kind: 'stored'
      readonly blobs: readonly StoredBlob[]
      readonly manifests: readonly StoredManifest[]
    }
  | {
      /** A config and layer tars: a manifest is written once the layers are compressed. */
      readonly kind: 'layers'
      readonly config: Buffer
      /** The layer tars, base first (a layer named twice is listed twice). */
      readonly layers: readonly TarEntry[]
    }

interface Descriptor {
  readonly mediaType?: string
  readonly digest: string
  readonly size: number
}

interface ManifestBody {
  readonly mediaType?: string
  readonly manifests?: readonly Descriptor[]
  readonly config?: Descriptor
  readonly layers?: readonly Descriptor[]
}

/** Archive entries by path, as `indexTar` reads them. */
export type ArchiveEntries = ReadonlyMap<string, TarEntry>

/** Where an OCI layout keeps a blob: `blobs/sha256/<hex>`. */
export const blobPath = (digest: string): string => `blobs/${digest.replace(':', '/')}`

/**
 * The image the archive holds. `stored`: the store keeps compressed layers
 * (engine.can.storesCompressedLayers), and the OCI layout is uploaded as is.
 */
export async function readSavedImage(
  archive: string,
  entries: ArchiveEntries,
  stored: boolean
): Promise<SavedImage> {
  const read = async (path: string): Promise<Buffer> => {
    const entry = entries.get(path)
    if (!entry) throw new Error(`docker save wrote no ${path}`)
    return readEntry(archive, entry)
  }
  if (!stored) {
    const [image] = parseSaveManifest((await read('manifest.json')).toString('utf8')) ?? []
    if (!image) throw new Error('docker save wrote no image in manifest.json')
    const layers = image.Layers.map(layer => {
      const entry = entries.get(layer)
      if (!entry) throw new Error(`docker save wrote no layer ${layer}`)
      return entry
    })
    return { kind: 'layers', config: await read(image.Config), layers }
  }
  const layout = JSON.parse((await read('index.json')).toString('utf8')) as ManifestBody
  const top = layout.manifests?.[0]
  if (!top) throw new Error('docker save wrote an empty index.json')
  const blobs = new Map<string, StoredBlob>()
  const manifests: StoredManifest[] = []
  const visit = async (descriptor: Descriptor): Promise<void> => {
    const bytes = await read(blobPath(descriptor.digest))
    const body = JSON.parse(bytes.toString('utf8')) as ManifestBody
    for (const child of body.manifests ?? []) await visit(child)
    for (const blob of [...(body.config ? [body.config] : []), ...(body.layers ?? [])]) {
      const entry = entries.get(blobPath(blob.digest))
      if (!entry) throw new Error(`docker save wrote no blob ${blob.digest}`)
      blobs.set(blob.digest, { digest: blob.digest, size: blob.size, entry })
    }
    const mediaType = body.mediaType ?? descriptor.mediaType ?? ''
    manifests.push({ digest: descriptor.digest, mediaType, bytes })
  }
  await visit(top)
  return { kind: 'stored', blobs: [...blobs.values()], manifests }
}

const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json'
const DOCKER_LAYER = 'application/vnd.docker.image.rootfs.diff.tar.gzip'

/**
 * The manifest of a classic store's image once its layers are compressed, in
 * the media types `docker push` writes for it. Pure.
 */
export function layersManifest(
  config: { readonly digest: string; readonly size: number },
  layers: readonly { readonly digest: string; readonly size: number }[]
): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: DOCKER_MANIFEST,
      config: { mediaType: DOCKER_CONFIG, size: config.size, digest: config.digest },
      layers: layers.map(layer => ({
        mediaType: DOCKER_LAYER,
        size: layer.size,
        digest: layer.digest
      }))
    })
  )
}

export { DOCKER_MANIFEST }
