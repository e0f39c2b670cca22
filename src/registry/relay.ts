/**
 * One push written to several registries at once: a registry served on
 * 127.0.0.1 that the engine pushes the image to once, and that sends each
 * blob on, as it comes, to every repository the tags name, then each
 * manifest under every tag. The engine compresses and uploads each layer
 * once, and every registry gets it side by side, as it is uploaded; a copy
 * from the first registry could only start once that push had ended.
 *
 * A registry that fails is left out of the rest of the push, whole: the Push
 * step copies it from one the relay wrote, or pushes it by the engine
 * (relay-push.ts). The engine's push fails only once every registry has,
 * with `denied`, which it does not retry.
 *
 * The engine logs in to it with a password made for this push (Basic), given
 * in a docker config of the push's own: nothing else on the machine can
 * push through it with the run's credentials.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Readable } from 'node:stream'
import { errorMessage } from '../errors.js'
import type { Credentials } from './docker-auth.js'
import { serveOnLoopback } from './loopback.js'
import { sha256, type RawManifest, type RegistryRepository } from './repository.js'
import { attempt, withRetries, type RetryIO, type RetryPolicy } from './retry.js'
import { pushRoute, reply } from './routes.js'
import { teeBody } from './tee.js'

export interface RelayTarget {
  /** The registry the repository is in: one that fails anywhere is left out whole. */
  readonly registry: string
  readonly repository: RegistryRepository
  /** The tags the image is written under here (`1`, `latest`). */
  readonly tags: readonly string[]
}

export type RelayOutcome =
  { readonly ok: true; readonly digest: string } | { readonly ok: false; readonly error: string }

export interface PushRelay {
  /** `127.0.0.1:PORT`, and the login the engine pushes with. */
  readonly host: string
  readonly credentials: Credentials
  /** What each registry got: the image's digest once every tag of it is written. */
  outcome(registry: string): RelayOutcome
  close(): Promise<void>
}

/** A manifest, far less than this; an index of many platforms included. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024

interface Upload {
  /** Each target still in the push, and the URL that continues its upload there. */
  next: Map<RelayTarget, string>
  /** Its targets' uploads opened: awaited before the first bytes go out. */
  readonly opened: Promise<void>
  size: number
}

/** `io` logs the registries' retries: they happen while the engine's output is fenced. */
export async function startRelay(
  targets: readonly RelayTarget[],
  retry: RetryPolicy,
  io: RetryIO
): Promise<PushRelay> {
  const credentials = { username: 'hoist', password: randomBytes(24).toString('base64url') }
  const failures = new Map<string, string>()
  const tagged = new Set<RelayTarget>()
  let digest: string | undefined
  const uploads = new Map<string, Upload>()

  const live = (): RelayTarget[] => targets.filter(target => !failures.has(target.registry))
  const fail = (target: RelayTarget, error: string): void => {
    if (!failures.has(target.registry)) failures.set(target.registry, error)
  }
  /** One registry step, retried as a push is; false (the registry left out) once it fails. */
  const step = async (target: RelayTarget, what: string, run: () => Promise<unknown>) => {
    const outcome = await withRetries(what, retry, () => attempt(run), io)
    if (!outcome.ok) fail(target, outcome.error)
    return outcome.ok
  }

  /**
   * There only where every registry has it. The engine asks before an upload,
   * and docker's push again after each: a registry that cannot say is left out.
   */
  const statBlob = async (response: ServerResponse, blob: string): Promise<void> => {
    const asked = await Promise.all(
      live().map(async target => {
        let stat: { readonly size?: number } | undefined
        const what = `Check of ${blob} on ${target.repository.name}`
        const ok = await step(target, what, async () => {
          stat = await target.repository.statBlob(blob)
        })
        return { ok, stat }
      })
    )
    const answers = asked.filter(({ ok }) => ok).map(({ stat }) => stat)
    if (answers.length === 0) return denied(response)
    const size = answers.find(stat => stat?.size !== undefined)?.size
    if (size === undefined || answers.includes(undefined)) return reply(response, 404)
    reply(response, 200, { 'Content-Length': String(size), 'Docker-Content-Digest': blob })
  }

  const openUpload = (response: ServerResponse, name: string): void => {
    if (live().length === 0) return denied(response)
    const id = randomBytes(16).toString('hex')
    const next = new Map<RelayTarget, string>()
    const opened = Promise.all(
      live().map(async target => {
        let url = ''
        const what = `Upload to ${target.repository.name}`
        if (await step(target, what, async () => (url = await target.repository.startUpload()))) {
          next.set(target, url)
        }
      })
    ).then(() => undefined)
    uploads.set(id, { next, opened, size: 0 })
    reply(response, 202, {
      Location: `/v2/${name}/blobs/uploads/${id}`,
      'Docker-Upload-UUID': id,
      Range: '0-0'
    })
  }

  /**
   * The request's body to every target's upload at once, at the pace of the
   * slowest; false when the engine gave it up (it tries again with another
   * upload): not a registry's failure.
   */
  const sendOn = async (request: IncomingMessage, upload: Upload): Promise<boolean> => {
    let cut = false
    const branches: Readable[] = []
    request.once('close', () => {
      if (request.complete) return
      cut = true
      for (const branch of branches) branch.destroy(new Error('the engine ended the upload'))
    })
    await upload.opened
    if (cut) return false
    const open = [...upload.next].filter(([target]) => !failures.has(target.registry))
    request.on('data', (chunk: Buffer) => (upload.size += chunk.length))
    const teed = teeBody(request, open.length)
    branches.push(...teed.branches)
    const sent = await Promise.all(
      open.map(async ([target, url], i) => {
        const branch = teed.branches[i] as Readable
        try {
          return [target, await target.repository.sendChunk(url, branch)] as const
        } catch (error) {
          teed.drop(branch)
          if (!cut) fail(target, errorMessage(error))
          return undefined
        }
      })
    )
    // What is left of the body, once no registry takes it, is read away.
    request.resume()
    upload.next = new Map(sent.filter(entry => entry !== undefined))
    return !cut
  }

  const closeUpload = async (
    response: ServerResponse,
    name: string,
    upload: Upload,
    blob: string
  ): Promise<void> => {
    const open = [...upload.next].filter(([target]) => !failures.has(target.registry))
    await Promise.all(
      open.map(([target, url]) =>
        step(target, `Upload of ${blob} to ${target.repository.name}`, async () => {
          try {
            await target.repository.closeUpload(url, blob)
          } catch (error) {
            // A close whose answer was lost closed it: tried again, the upload is gone.
            if (!(await target.repository.hasBlob(blob).catch(() => false))) throw error
          }
        })
      )
    )
    if (live().length === 0) return denied(response)
    reply(response, 201, {
      Location: `/v2/${name}/blobs/${blob}`,
      'Docker-Content-Digest': blob
    })
  }

  const putManifest = async (
    request: IncomingMessage,
    response: ServerResponse,
    name: string,
    reference: string
  ): Promise<void> => {
    const bytes = await readManifest(request)
    const manifest: RawManifest = {
      bytes,
      mediaType: request.headers['content-type'] ?? '',
      digest: sha256(bytes)
    }
    const byDigest = reference.startsWith('sha256:')
    await Promise.all(
      live().map(async target => {
        for (const tag of byDigest ? [reference] : target.tags) {
          const what = `Tag ${target.repository.name}:${tag}`
          if (!(await step(target, what, () => target.repository.putManifest(tag, manifest)))) {
            return
          }
        }
        if (!byDigest) tagged.add(target)
      })
    )
    if (live().length === 0) return denied(response)
    if (!byDigest) digest = manifest.digest
    reply(response, 201, {
      Location: `/v2/${name}/manifests/${manifest.digest}`,
      'Docker-Content-Digest': manifest.digest
    })
  }

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const route = pushRoute(request.url)
    const { method } = request
    if (route.kind === 'base') return reply(response, 200)
    if (route.kind === 'blob' && method === 'HEAD') return statBlob(response, route.digest)
    if (route.kind === 'start' && method === 'POST') return openUpload(response, route.name)
    const upload = route.kind === 'upload' ? uploads.get(route.id) : undefined
    if (route.kind === 'upload' && upload && (method === 'PATCH' || method === 'PUT')) {
      if (hasBody(request) && !(await sendOn(request, upload))) {
        uploads.delete(route.id)
        return void response.destroy()
      }
      if (live().length === 0) return denied(response)
      if (method === 'PUT' && route.digest) {
        uploads.delete(route.id)
        return closeUpload(response, route.name, upload, route.digest)
      }
      return reply(response, 202, {
        Location: `/v2/${route.name}/blobs/uploads/${route.id}`,
        'Docker-Upload-UUID': route.id,
        Range: `0-${Math.max(upload.size - 1, 0)}`
      })
    }
    if (route.kind === 'manifest' && method === 'PUT') {
      return putManifest(request, response, route.name, route.reference)
    }
    // Nothing is here to be read: the engine asks for a manifest before it writes it.
    request.resume()
    reply(response, 404)
  }

  const server = await serveOnLoopback(answer, credentials)
  return {
    host: server.host,
    credentials,
    outcome: registry => {
      const failure = failures.get(registry)
      if (failure !== undefined) return { ok: false, error: failure }
      const own = targets.filter(target => target.registry === registry)
      if (digest && own.every(target => tagged.has(target))) return { ok: true, digest }
      return { ok: false, error: 'the push wrote no image to it' }
    },
    close: () => server.close()
  }
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length']
  return length === undefined ? request.headers['transfer-encoding'] !== undefined : length !== '0'
}

async function readManifest(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of request) {
    length += (chunk as Buffer).length
    if (length > MAX_MANIFEST_BYTES) throw new Error('the manifest is too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** Every registry has failed: `denied`, which docker's push and BuildKit's do not retry. */
function denied(response: ServerResponse): void {
  const errors = [{ code: 'DENIED', message: 'every registry of this push has failed' }]
  reply(response, 403, { 'Content-Type': 'application/json' }, JSON.stringify({ errors }))
}
