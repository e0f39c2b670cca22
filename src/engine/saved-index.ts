/**
 * A multi-platform image as the containerd store holds it, read from `docker
 * save` (an OCI layout): each platform's manifest, config and layers, and the
 * attestation manifests beside them. Layers are stored compressed, as a push
 * uploads them: their blob sizes are the compressed sizes, and each layer's
 * own bytes are counted from its content, as for one platform.
 */
import { rm } from 'node:fs/promises'
import * as path from 'node:path'
import { execCommand, lastErrorLine } from '../exec.js'
import { INDEX_TYPES } from '../registry/client.js'
import { parseImageConfig, type ImageLayers } from '../report/layers.js'
import { perHistoryEntry } from './layers.js'
import { formatPlatform } from './platforms.js'
import { blobPath } from './saved-image.js'
import { indexTar, layerContentSize, readEntry, type TarEntry } from './tar.js'

export interface IndexEntry {
  readonly mediaType?: string
  readonly digest: string
  readonly size: number
  readonly platform?: {
    readonly os?: string
    readonly architecture?: string
    readonly variant?: string
  }
  readonly annotations?: Readonly<Record<string, string>>
}

export interface PlatformImage {
  /** `linux/arm64`, `linux/arm/v7`. */
  readonly platform: string
  /** The platform's image manifest digest. */
  readonly digest: string
  readonly layers: ImageLayers
}

export interface ImageIndex {
  readonly platforms: readonly PlatformImage[]
  /** Attestation manifests (provenance, SBOM): never a platform, never in a size. */
  readonly attestations: number
}

/**
 * An index entry that is an attestation manifest, not an image: buildx marks
 * them with a reference type and the platform `unknown/unknown`. Pure.
 */
export function isAttestation(entry: IndexEntry): boolean {
  return (
    entry.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (entry.platform?.os === 'unknown' && entry.platform.architecture === 'unknown')
  )
}

/** `os/architecture[/variant]` of an index entry. Pure. */
export function entryPlatform(entry: IndexEntry): string {
  const { os = 'linux', architecture = 'unknown', variant } = entry.platform ?? {}
  return formatPlatform({ os, architecture, ...(variant ? { variant } : {}) })
}

/** Splits an index's entries into platform images and attestations. Pure. */
export function splitIndex(entries: readonly IndexEntry[]): {
  images: IndexEntry[]
  attestations: number
} {
  const images = entries.filter(entry => !isAttestation(entry))
  return { images, attestations: entries.length - images.length }
}

export async function savedIndex(image: string, tempDir: string): Promise<ImageIndex> {
  const archive = path.join(tempDir, 'index.tar')
  try {
    const saved = await execCommand('docker', ['save', '--output', archive, image], {
      silent: true
    })
    if (saved.exitCode !== 0) throw new Error(`docker save failed: ${lastErrorLine(saved)}`)
    const entries = await indexTar(archive)
    const blob = async (digest: string): Promise<unknown> => {
      const entry = entries.get(blobPath(digest))
      if (!entry) throw new Error(`docker save wrote no blob ${digest}`)
      return JSON.parse((await readEntry(archive, entry)).toString()) as unknown
    }
    const layout = entries.get('index.json')
    if (!layout) throw new Error('docker save wrote no index.json (is this the containerd store?)')
    const top = (JSON.parse((await readEntry(archive, layout)).toString()) as Manifest)
      .manifests?.[0]
    if (!top) throw new Error('docker save wrote an empty index.json')
    const index = (await blob(top.digest)) as Manifest
    const listed = INDEX_TYPES.includes(index.mediaType ?? top.mediaType ?? '')
      ? (index.manifests ?? [])
      : [top]
    const { images, attestations } = splitIndex(listed)
    const platforms: PlatformImage[] = []
    for (const entry of images) {
      const manifest = (await blob(entry.digest)) as Manifest
      const config = parseImageConfig(await blob(manifest.config?.digest ?? ''))
      const layers = manifest.layers ?? []
      const contents = await contentSizes(
        archive,
        layers.map(layer => entries.get(blobPath(layer.digest)))
      )
      platforms.push({
        platform: entryPlatform(entry),
        digest: entry.digest,
        layers: {
          config,
          compressed: layers.map(layer => layer.size),
          exact: false,
          ...(contents ? { uncompressed: perHistoryEntry(config.history, contents) } : {})
        }
      })
    }
    return { platforms, attestations }
  } finally {
    await rm(archive, { force: true })
  }
}

interface Manifest {
  readonly mediaType?: string
  readonly manifests?: readonly IndexEntry[]
  readonly config?: IndexEntry
  readonly layers?: readonly IndexEntry[]
}

/** Each layer's own bytes; undefined when a layer's content is not in the store. */
async function contentSizes(
  archive: string,
  layers: readonly (TarEntry | undefined)[]
): Promise<number[] | undefined> {
  const sizes: number[] = []
  for (const entry of layers) {
    if (!entry) return undefined
    sizes.push(await layerContentSize(archive, entry))
  }
  return sizes
}
