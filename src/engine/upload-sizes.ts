/**
 * What a push of a local image would upload, measured by the daemon itself:
 * it pushes the image to a registry on 127.0.0.1 here that keeps nothing but
 * the manifest, whose layer sizes are the compressed bytes a real push sends.
 *
 * A classic-store daemon compresses each layer as it pushes, and how depends
 * on the daemon: Docker 20.10 with Go's gzip, later ones with another deflate
 * whose output differs by kilobytes on compressible data. Compressing here
 * could only guess; the daemon's own push is exact.
 */
import { createHash, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { execCommand, lastErrorLine } from '../exec.js'
import { serveOnLoopback } from '../registry/loopback.js'
import { pushRoute, reply } from '../registry/routes.js'

/** The layers' compressed sizes, base first, from the manifest the daemon pushed. */
export async function uploadSizes(imageId: string): Promise<number[]> {
  const sink = await startSink()
  const ref = `${sink.address}/hoist-measure/${imageId.replace(/^sha256:/, '').slice(0, 12)}:size`
  try {
    const tagged = await execCommand('docker', ['tag', imageId, ref], { silent: true })
    if (tagged.exitCode !== 0) throw new Error(`docker tag failed: ${lastErrorLine(tagged)}`)
    try {
      const pushed = await execCommand('docker', ['push', '--quiet', ref], { silent: true })
      if (pushed.exitCode !== 0) throw new Error(`docker push failed: ${lastErrorLine(pushed)}`)
    } finally {
      await execCommand('docker', ['image', 'rm', ref], { silent: true })
    }
    const manifest = sink.manifest()
    if (!manifest) throw new Error('the push wrote no manifest')
    return layerSizes(manifest)
  } finally {
    await sink.close()
  }
}

/** The `layers[].size` of an image manifest. Pure. */
export function layerSizes(manifest: string): number[] {
  const parsed = JSON.parse(manifest) as { layers?: { size?: unknown }[] }
  if (!Array.isArray(parsed.layers)) throw new Error('the pushed manifest names no layers')
  return parsed.layers.map(layer => {
    if (typeof layer.size !== 'number') throw new Error('a pushed layer has no size')
    return layer.size
  })
}

interface Sink {
  readonly address: string
  /** The last image manifest pushed. */
  manifest(): string | undefined
  close(): Promise<void>
}

/**
 * The part of the distribution API a push uses: blobs are never there yet,
 * uploads are counted and dropped, a manifest is kept.
 */
export async function startSink(): Promise<Sink> {
  const uploaded = new Map<string, number>()
  let manifest: string | undefined
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const route = pushRoute(request.url)
    const { length, bytes } = await readBody(request)
    switch (route.kind) {
      case 'base':
        return reply(response, 200)
      case 'blob': {
        const size = uploaded.get(route.digest)
        if (size === undefined) return reply(response, 404)
        const headers = { 'Content-Length': String(size), 'Docker-Content-Digest': route.digest }
        return reply(response, 200, headers)
      }
      case 'start': {
        if (request.method !== 'POST') break
        const id = randomUUID()
        uploaded.set(id, 0)
        return reply(response, 202, {
          Location: `/v2/${route.name}/blobs/uploads/${id}`,
          'Docker-Upload-UUID': id,
          Range: '0-0'
        })
      }
      case 'upload': {
        const { name, id, digest } = route
        const size = (uploaded.get(id) ?? 0) + length
        if (request.method === 'PUT' && digest) {
          uploaded.delete(id)
          uploaded.set(digest, size)
          const headers = {
            Location: `/v2/${name}/blobs/${digest}`,
            'Docker-Content-Digest': digest
          }
          return reply(response, 201, headers)
        }
        uploaded.set(id, size)
        return reply(response, 202, {
          Location: `/v2/${name}/blobs/uploads/${id}`,
          Range: `0-${Math.max(size - 1, 0)}`
        })
      }
      case 'manifest': {
        if (request.method !== 'PUT') break
        manifest = bytes.toString('utf8')
        const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
        return reply(response, 201, { 'Docker-Content-Digest': digest })
      }
    }
    return reply(response, 404)
  }

  const server = await serveOnLoopback(handle)
  return { address: server.host, manifest: () => manifest, close: () => server.close() }
}

/** A body's length; its bytes only for a manifest (layer uploads are counted, not kept). */
async function readBody(request: IncomingMessage): Promise<{ length: number; bytes: Buffer }> {
  const chunks: Buffer[] = []
  let length = 0
  const keep = /\/manifests\//.test(request.url ?? '')
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    length += buffer.length
    if (keep) chunks.push(buffer)
  }
  return { length, bytes: Buffer.concat(chunks) }
}
