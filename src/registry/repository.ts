/**
 * One repository of a registry over the distribution API, with the registry's
 * own authentication (anonymous or basic token, or Basic): manifests as the
 * exact bytes the registry holds (their digest is the digest of those bytes),
 * blobs as streams, never whole in memory. Copies, promotions and merges write
 * with it; the size report reads with it (image.ts). Each method is one try;
 * callers retry what is worth it (retry.ts). Never logs a credential or a token.
 */
import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { authorize } from './authorize.js'
import { INDEX_TYPES, MANIFEST_TYPES, repositoryUrl } from './client.js'
import { readDockerCredentials, type Credentials } from './docker-auth.js'
import type { ImageReference } from './reference.js'
import { httpRequest, type Answer, type Body } from './http.js'
import { RegistryError } from './registry-error.js'
import { REQUEST_TIMEOUT_MS, TRANSFER_IDLE_TIMEOUT_MS } from './request.js'

export interface RawManifest {
  readonly bytes: Buffer
  readonly mediaType: string
  /** `sha256:` of the bytes, computed here. */
  readonly digest: string
}

type Location = Pick<ImageReference, 'registry' | 'repository'>

/** What a manifest is asked for as: an index or an image manifest, of either kind. */
const MANIFEST_ACCEPT = [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ')

interface Send {
  readonly method: string
  /** Relative to the repository's API root, or an absolute upload URL. */
  readonly path: string
  readonly headers?: Record<string, string>
  readonly body?: Body
  /** Statuses that are answers, not errors (404 for "not there"). */
  readonly expect: readonly number[]
  readonly extraScopes?: readonly string[]
  /**
   * A blob's content goes either way, or the registry checks or copies content
   * before it answers: the connection may be silent for minutes, not seconds.
   */
  readonly transfer?: boolean
}

export class RegistryRepository {
  private authorization: string | undefined
  /**
   * Logins under way, by challenge and scopes: requests refused side by side
   * (a HEAD that readies a read and the read, blobs copied four at a time) ask
   * the token service once.
   */
  private readonly logins = new Map<string, Promise<string>>()

  constructor(
    readonly location: Location,
    private readonly credentials: Credentials | undefined = readDockerCredentials(location.registry)
  ) {}

  /** `registry/repository`, for messages. */
  get name(): string {
    return `${this.location.registry}/${this.location.repository}`
  }

  /** The manifest (or index) a tag or digest names; undefined when there is none. */
  async manifest(reference: string): Promise<RawManifest | undefined> {
    const response = await this.send({
      method: 'GET',
      path: `manifests/${reference}`,
      headers: { Accept: MANIFEST_ACCEPT },
      expect: [200, 404]
    })
    if (response.status === 404) {
      response.discard()
      return undefined
    }
    const bytes = await response.bytes()
    const declared = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType
    const mediaType =
      typeof declared === 'string' ? declared : (response.header('content-type') ?? '')
    return { bytes, mediaType, digest: sha256(bytes) }
  }

  /** Whether a tag or digest names a manifest here: asked with HEAD, its body left unread. */
  async hasManifest(reference: string): Promise<boolean> {
    const response = await this.send({
      method: 'HEAD',
      path: `manifests/${reference}`,
      headers: { Accept: MANIFEST_ACCEPT },
      expect: [200, 404]
    })
    response.discard()
    return response.status === 200
  }

  async hasBlob(digest: string): Promise<boolean> {
    return (await this.statBlob(digest)) !== undefined
  }

  /** The blob, asked with HEAD: undefined when it is not here; its size, where the registry gives one. */
  async statBlob(digest: string): Promise<{ readonly size?: number } | undefined> {
    const response = await this.send({
      method: 'HEAD',
      path: `blobs/${digest}`,
      expect: [200, 404]
    })
    response.discard()
    if (response.status !== 200) return undefined
    const size = Number(response.header('content-length'))
    return Number.isSafeInteger(size) && size >= 0 ? { size } : {}
  }

  /** The blob's content as a stream (the response's body). */
  async blob(digest: string): Promise<Readable> {
    const response = await this.send({
      method: 'GET',
      path: `blobs/${digest}`,
      expect: [200],
      transfer: true
    })
    return response.body
  }

  /** A small JSON blob (an image config), read whole. */
  async blobJson(digest: string): Promise<unknown> {
    const response = await this.send({ method: 'GET', path: `blobs/${digest}`, expect: [200] })
    return response.json()
  }

  /**
   * Mounts a blob from another repository of the same registry. Undefined when
   * mounted; else the registry opened an upload instead, and this is its URL.
   */
  async mount(digest: string, from: string): Promise<string | undefined> {
    const query = new URLSearchParams({ mount: digest, from })
    const response = await this.send({
      method: 'POST',
      path: `blobs/uploads/?${query.toString()}`,
      expect: [201, 202],
      extraScopes: [`repository:${from}:pull`],
      // Some registries copy the blob before they answer.
      transfer: true
    })
    response.discard()
    return response.status === 201 ? undefined : this.uploadUrl(response)
  }

  /** Opens an upload; returns its URL. */
  async startUpload(): Promise<string> {
    const response = await this.send({ method: 'POST', path: 'blobs/uploads/', expect: [202] })
    response.discard()
    return this.uploadUrl(response)
  }

  /** Sends a blob's content in one request and closes the upload; the registry checks the digest. */
  async finishUpload(
    url: string,
    blob: { readonly digest: string; readonly size: number },
    content: Body
  ): Promise<void> {
    const target = new URL(url)
    target.searchParams.set('digest', blob.digest)
    const response = await this.send({
      method: 'PUT',
      path: target.toString(),
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(blob.size) },
      body: content,
      expect: [201],
      transfer: true
    })
    response.discard()
  }

  /**
   * Sends content of a length not known in advance (a layer compressed as it
   * goes) to an open upload; returns the URL that continues it.
   */
  async sendChunk(url: string, content: Readable): Promise<string> {
    const response = await this.send({
      method: 'PATCH',
      path: url,
      headers: { 'Content-Type': 'application/octet-stream' },
      body: content,
      expect: [202],
      transfer: true
    })
    response.discard()
    return this.uploadUrl(response)
  }

  /** Closes an upload whose content `sendChunk` sent; the registry checks the digest. */
  async closeUpload(url: string, digest: string): Promise<void> {
    const target = new URL(url)
    target.searchParams.set('digest', digest)
    const response = await this.send({
      method: 'PUT',
      path: target.toString(),
      headers: { 'Content-Length': '0' },
      expect: [201],
      // The registry checks the whole blob's digest before it answers.
      transfer: true
    })
    response.discard()
  }

  /**
   * Writes a manifest under a tag or its digest. Throws when the registry
   * reports another digest for it: what it holds is not these bytes.
   */
  async putManifest(reference: string, manifest: RawManifest): Promise<void> {
    const response = await this.send({
      method: 'PUT',
      path: `manifests/${reference}`,
      headers: { 'Content-Type': manifest.mediaType },
      body: manifest.bytes,
      expect: [201],
      // The registry checks every blob and manifest it names before it answers.
      transfer: true
    })
    response.discard()
    const written = response.header('docker-content-digest') ?? manifest.digest
    if (written !== manifest.digest) {
      throw new Error(`${this.name} holds ${written} under ${reference}, not ${manifest.digest}`)
    }
  }

  private uploadUrl(response: Answer): string {
    const location = response.header('location')
    if (!location) throw new Error(`${this.name} opened an upload without a Location`)
    return new URL(location, repositoryUrl(this.location)).toString()
  }

  /** One request; a 401 is answered once by logging in, unless the body is a stream. */
  private async send(request: Send): Promise<Answer> {
    const url = /^https?:\/\//.test(request.path)
      ? request.path
      : repositoryUrl(this.location) + request.path
    let response = await this.request(url, request)
    if (response.status === 401 && (!request.body || Buffer.isBuffer(request.body))) {
      response.discard()
      this.authorization = await this.login(response.header('www-authenticate'), request)
      response = await this.request(url, request)
    }
    if (request.expect.includes(response.status)) return response
    const detail = await registryErrorText(response)
    // An upload URL carries the registry's upload state: not worth a log line.
    const shown = url.includes('/blobs/uploads/') ? 'blobs/uploads/…' : request.path.split('?')[0]
    throw new RegistryError(
      response.status,
      `${this.location.registry} answered status ${response.status} to ${request.method} ` +
        `${this.location.repository}/${shown}` +
        (detail ? ` (${detail})` : '')
    )
  }

  private login(challenge: string | null | undefined, request: Send): Promise<string> {
    const key = JSON.stringify([challenge, request.extraScopes])
    let login = this.logins.get(key)
    if (!login) {
      login = authorize(challenge, {
        ...this.location,
        credentials: this.credentials,
        ...(request.extraScopes ? { extraScopes: request.extraScopes } : {})
      }).finally(() => this.logins.delete(key))
      this.logins.set(key, login)
    }
    return login
  }

  private async request(url: string, request: Send): Promise<Answer> {
    const headers: Record<string, string> = { ...request.headers }
    // The credentials go to the registry only: an upload Location may name another host.
    const own = new URL(url).origin === new URL(repositoryUrl(this.location)).origin
    if (this.authorization && own) headers.Authorization = this.authorization
    try {
      return await httpRequest(request.method, url, headers, request.body, {
        idleTimeoutMs: request.transfer ? TRANSFER_IDLE_TIMEOUT_MS : REQUEST_TIMEOUT_MS,
        deadlineMs: request.transfer ? Infinity : REQUEST_TIMEOUT_MS
      })
    } catch (error) {
      throw new Error(`${request.method} on ${this.location.registry}: ${networkFailure(error)}`)
    }
  }
}

export function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/**
 * The registry's own words (`errors[0].message`), when its answer is JSON:
 * one line, without characters that would be markup in the summary.
 */
export async function registryErrorText(response: Pick<Answer, 'json'>): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message?: unknown }[] }
    const message = body.errors?.[0]?.message
    if (typeof message !== 'string') return ''
    return message
      .replace(/\s+/g, ' ')
      .replace(/[<>[\]`|*~!\\]/g, '')
      .trim()
      .slice(0, 200)
  } catch {
    return ''
  }
}

/** A failed connection in the words retry.ts knows: "connection reset", "timed out", "host unreachable". */
export function networkFailure(error: unknown): string {
  // node's http sets the code on the error; fetch, on its cause.
  const failure = error as { code?: unknown; cause?: { code?: unknown; message?: unknown } }
  const cause = failure.cause
  const code =
    typeof failure.code === 'string'
      ? failure.code
      : typeof cause?.code === 'string'
        ? cause.code
        : ''
  if (code === 'ECONNREFUSED') return 'connection refused'
  if (code === 'EAI_AGAIN') return 'temporary failure in name resolution'
  if (code === 'EHOSTUNREACH') return 'host unreachable'
  if (code === 'ENETUNREACH') return 'network unreachable'
  if (/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/.test(code)) return 'connection reset'
  if (/TIMEOUT|ETIMEDOUT/.test(code)) return 'timed out'
  // @actions/http-client's words for a connection silent past its time limit.
  if (error instanceof Error && error.message.startsWith('Request timeout')) return 'timed out'
  const message = typeof cause?.message === 'string' ? cause.message : ''
  return message || (error instanceof Error ? error.message : String(error))
}
