/**
 * The OCI distribution API's words: its manifest media types, descriptors,
 * platforms, and where a repository's API is. The client is repository.ts.
 */
import { isLoopback } from './challenge.js'
import { DOCKER_HUB, type ImageReference } from './reference.js'

export const INDEX_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
]
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
]

export interface Descriptor {
  readonly mediaType?: string
  readonly digest: string
  readonly size: number
  readonly platform?: { architecture?: string; os?: string; variant?: string }
}

export interface ImageManifest {
  readonly digest: string
  readonly config: Descriptor
  readonly layers: readonly Descriptor[]
}

export interface Platform {
  readonly os: string
  readonly architecture: string
}

/** The API root of a repository: `https://host/v2/repo/`. */
export function repositoryUrl(ref: Pick<ImageReference, 'registry' | 'repository'>): string {
  const host = ref.registry === DOCKER_HUB ? 'registry-1.docker.io' : ref.registry
  // Docker, too, speaks plain HTTP only to a registry on this machine.
  const local = isLoopback(host.replace(/:\d+$/, ''))
  return `${local ? 'http' : 'https'}://${host}/v2/${ref.repository}/`
}

/** The index entry for a platform's OS and architecture (attestation entries never match). */
export function pickPlatform(
  manifests: readonly Descriptor[],
  platform: Platform
): Descriptor | undefined {
  return manifests.find(
    m => m.platform?.os === platform.os && m.platform.architecture === platform.architecture
  )
}
