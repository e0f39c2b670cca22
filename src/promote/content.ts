/**
 * What a manifest names, and what an image to promote consists of: its
 * manifests (an index's children before the index) and the blobs they name.
 * Pure: parsing of manifests already read.
 */
import type { Descriptor } from '../registry/client.js'
import type { RawManifest } from '../registry/repository.js'

export interface ManifestParts {
  /** An index's entries: manifests by digest. */
  readonly manifests: readonly Descriptor[]
  /** An image manifest's config and layers (and an artifact's blobs). */
  readonly blobs: readonly Descriptor[]
}

/** Everything a promotion copies, in the order it writes it. */
export interface SourceImage {
  /** What `promote-from` names: written last, under each tag. */
  readonly root: RawManifest
  /** Manifests the root names (deepest first): written, by digest, before it. */
  readonly children: readonly RawManifest[]
  /** Every blob of every manifest, once each. */
  readonly blobs: readonly Descriptor[]
  readonly images: readonly ImageSummary[]
}

/** One image manifest of the source, for the report. */
export interface ImageSummary {
  readonly digest: string
  readonly configDigest: string
  /** `linux/arm64`; empty when neither the index nor the manifest says. */
  readonly platform: string
  /** An attestation (build provenance, SBOM) rather than an image to run. */
  readonly attestation: boolean
  readonly layers: number
  /** Compressed bytes: the layers' sizes as the manifest records them. */
  readonly compressed: number
}

// Layers a registry never stores (Windows base layers): referenced by URL only.
const NOT_COPIED = /foreign|nondistributable/

export function manifestParts(manifest: RawManifest): ManifestParts {
  const body = JSON.parse(manifest.bytes.toString('utf8')) as {
    manifests?: Descriptor[]
    config?: Descriptor
    layers?: Descriptor[]
    blobs?: Descriptor[]
  }
  const blobs = [
    ...(body.config ? [body.config] : []),
    ...(body.layers ?? []),
    ...(body.blobs ?? [])
  ]
  return {
    manifests: body.manifests ?? [],
    blobs: blobs.filter(blob => !NOT_COPIED.test(blob.mediaType ?? ''))
  }
}

/** A manifest's entry in its index: its platform, and whether it is an attestation. */
export interface IndexEntry {
  readonly descriptor?: Descriptor & { annotations?: Record<string, string> }
  readonly manifest: RawManifest
}

/** The report's view of each image manifest (index entries' own platforms). */
export function summarizeImages(entries: readonly IndexEntry[]): ImageSummary[] {
  return entries.flatMap(({ descriptor, manifest }) => {
    const body = JSON.parse(manifest.bytes.toString('utf8')) as {
      config?: Descriptor
      layers?: Descriptor[]
    }
    if (!body.config) return []
    const platform = descriptor?.platform
    const attestation =
      descriptor?.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest'
    const layers = body.layers ?? []
    return [
      {
        digest: manifest.digest,
        configDigest: body.config.digest,
        platform: platform?.os
          ? [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
          : '',
        attestation,
        layers: layers.length,
        compressed: layers.reduce((sum, layer) => sum + layer.size, 0)
      }
    ]
  })
}

/** The blobs of all manifests, each digest once, in the order first named. */
export function uniqueBlobs(manifests: readonly RawManifest[]): Descriptor[] {
  const seen = new Map<string, Descriptor>()
  for (const manifest of manifests) {
    for (const blob of manifestParts(manifest).blobs) {
      if (!seen.has(blob.digest)) seen.set(blob.digest, blob)
    }
  }
  return [...seen.values()]
}
