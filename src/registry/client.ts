/**
 * A reader of the OCI distribution API: manifests and blobs, with the
 * registry's own authentication (anonymous or basic token, or Basic).
 * Never logs a credential or a token.
 */
import { authorize } from './authorize.js'
import { isLoopback } from './challenge.js'
import { readDockerCredentials, type Credentials } from './docker-auth.js'
import { DOCKER_HUB, type ImageReference } from './reference.js'
import { RegistryError } from './registry-error.js'
import { buffered, httpRequest, type Answer } from './http.js'

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

const MANIFEST_ACCEPT = [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ')
const RETRIES = 3

export class RegistryClient {
  private authorization: string | undefined
  private readonly prefetched = new Map<string, Promise<Answer>>()

  constructor(
    private readonly ref: ImageReference,
    private readonly credentials: Credentials | undefined = readDockerCredentials(ref.registry)
  ) {}

  /** Reads `reference` now, for the next `manifest` of it: an image that is there before the build. */
  prefetch(reference: string): void {
    // Read whole now: a prefetch nobody takes (the build failed) holds no connection open.
    const read = this.get(`manifests/${reference}`, MANIFEST_ACCEPT).then(buffered)
    read.catch(() => undefined) // the read that takes it reports its failure
    this.prefetched.set(reference, read)
  }

  /** The image manifest for `platform`; undefined when the registry has no such tag. */
  async manifest(reference: string, platform: Platform): Promise<ImageManifest | undefined> {
    const early = this.prefetched.get(reference)
    this.prefetched.delete(reference)
    const response = await (early ?? this.get(`manifests/${reference}`, MANIFEST_ACCEPT))
    if (response.status === 404) {
      response.discard()
      return undefined
    }
    const digest = response.header('docker-content-digest') ?? ''
    const body = (await response.json()) as {
      mediaType?: string
      manifests?: Descriptor[]
      config?: Descriptor
      layers?: Descriptor[]
    }
    const mediaType = body.mediaType ?? response.header('content-type') ?? ''
    if (body.manifests || INDEX_TYPES.includes(mediaType)) {
      const chosen = pickPlatform(body.manifests ?? [], platform)
      if (!chosen) {
        throw new Error(`${reference} has no image for ${platform.os}/${platform.architecture}`)
      }
      return this.manifest(chosen.digest, platform)
    }
    if (!body.config || !body.layers) throw new Error(`${reference} is not an image manifest`)
    return { digest, config: body.config, layers: body.layers }
  }

  /** A JSON blob (an image config) by digest. */
  async blobJson(digest: string): Promise<unknown> {
    const response = await this.get(`blobs/${digest}`, '*/*')
    if (response.status === 404) {
      response.discard()
      throw new RegistryError(404, `blob ${digest} not found`)
    }
    return response.json()
  }

  /** A blob's bytes as they come. */
  async blob(digest: string): Promise<AsyncIterable<Uint8Array>> {
    const response = await this.get(`blobs/${digest}`, '*/*')
    if (response.status === 404) {
      response.discard()
      throw new RegistryError(404, `blob ${digest} not found`)
    }
    return response.body
  }

  private baseUrl(): string {
    return repositoryUrl(this.ref)
  }

  private async get(path: string, accept: string): Promise<Answer> {
    const url = this.baseUrl() + path
    let response = await this.getWithRetry(url, accept)
    if (response.status === 401) {
      response.discard()
      await this.authenticate(response.header('www-authenticate'))
      response = await this.getWithRetry(url, accept)
    }
    if (response.ok || response.status === 404) return response
    response.discard()
    throw new RegistryError(
      response.status,
      `${this.ref.registry} answered ${response.status} for ${this.ref.repository}/${path}`
    )
  }

  private async authenticate(header: string | undefined): Promise<void> {
    this.authorization = await authorize(header, {
      registry: this.ref.registry,
      repository: this.ref.repository,
      credentials: this.credentials
    })
  }

  /** Retries connection failures and 5xx answers, which are often passing. */
  private async getWithRetry(url: string, accept: string): Promise<Answer> {
    const headers: Record<string, string> = { Accept: accept }
    if (this.authorization) headers.Authorization = this.authorization
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await httpRequest('GET', url, headers)
        if (response.status < 500 || attempt >= RETRIES) return response
        response.discard()
      } catch (error) {
        if (attempt >= RETRIES) throw error
      }
      await new Promise(resolve => setTimeout(resolve, 500 * attempt))
    }
  }
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
