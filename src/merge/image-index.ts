/**
 * The index a merge writes: one entry per image manifest it is given (its
 * platform read from its config), and an index's entries as that index lists
 * them (attestation manifests included). Pure.
 */
import { DOCKER_MANIFEST } from '../engine/saved-image.js'
import { entryPlatform, isAttestation, type IndexEntry } from '../engine/saved-index.js'
import { InputError } from '../errors.js'
import { INDEX_TYPES } from '../registry/client.js'
import { sha256, type RawManifest } from '../registry/repository.js'

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'

const PLATFORM = /^[\w.-]+\/[\w.-]+(\/[\w.-]+)?$/

export interface MergePart {
  /** The merge line it came from, for messages. */
  readonly source: string
  readonly root: RawManifest
  /** An image manifest's platform, from its config (`os`, `architecture`, `variant`). */
  readonly platform?: {
    readonly os: string
    readonly architecture: string
    readonly variant?: string
  }
}

export function isIndex(manifest: RawManifest): boolean {
  return INDEX_TYPES.includes(manifest.mediaType)
}

/** The entries of every part, each digest once; two images of one platform are an input error. */
export function indexEntries(parts: readonly MergePart[]): IndexEntry[] {
  const entries = new Map<string, IndexEntry>()
  const platforms = new Map<string, string>()
  for (const part of parts) {
    const listed = isIndex(part.root)
      ? ((JSON.parse(part.root.bytes.toString('utf8')) as { manifests?: IndexEntry[] }).manifests ??
        [])
      : [
          {
            mediaType: part.root.mediaType,
            digest: part.root.digest,
            size: part.root.bytes.length,
            ...(part.platform ? { platform: platformField(part.platform) } : {})
          }
        ]
    for (const entry of listed) {
      if (entries.has(entry.digest)) continue
      if (!isAttestation(entry)) {
        const platform = entryPlatform(entry)
        // Registry-given text reaches the log and the summary: only a platform's own characters.
        if (!PLATFORM.test(platform)) {
          throw new Error(
            `"${part.source}": ${entry.digest} names no os/architecture[/variant] platform ` +
              `(${JSON.stringify(platform).slice(0, 80)}); nothing was pushed`
          )
        }
        const other = platforms.get(platform)
        if (other !== undefined) {
          throw new InputError(
            'merge',
            `"${other}" and "${part.source}" are both ${platform} images; one index holds one ` +
              'image per platform. Nothing was pushed'
          )
        }
        platforms.set(platform, part.source)
      }
      entries.set(entry.digest, entry)
    }
  }
  return [...entries.values()]
}

/** The index over those entries: a docker manifest list when every entry is a docker manifest. */
export function imageIndex(entries: readonly IndexEntry[]): RawManifest {
  const mediaType = entries.every(entry => entry.mediaType === DOCKER_MANIFEST)
    ? DOCKER_LIST
    : OCI_INDEX
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, manifests: entries }))
  return { bytes, mediaType, digest: sha256(bytes) }
}

function platformField(platform: NonNullable<MergePart['platform']>): IndexEntry['platform'] {
  const { os, architecture, variant } = platform
  return { architecture, os, ...(variant ? { variant } : {}) }
}
