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
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { execCommand, lastErrorLine } from '../exec.js'

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
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://sink')
    const route = url.pathname
    const { length, bytes } = await readBody(request)
    response.setHeader('Docker-Distribution-API-Version', 'registry/2.0')
    if (route === '/v2/' || route === '/v2') return reply(response, 200)
    const blob = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(route)
    if (blob) {
      const size = uploaded.get(blob[2] ?? '')
      if (size === undefined) return reply(response, 404)
      response.setHeader('Content-Length', String(size))
      response.setHeader('Docker-Content-Digest', blob[2] ?? '')
      return reply(response, 200)
    }
    const start = /^\/v2\/(.+)\/blobs\/uploads\/?$/.exec(route)
    if (start && request.method === 'POST') {
      const id = randomUUID()
      uploaded.set(id, 0)
      response.setHeader('Location', `/v2/${start[1] ?? ''}/blobs/uploads/${id}`)
      response.setHeader('Docker-Upload-UUID', id)
      response.setHeader('Range', '0-0')
      return reply(response, 202)
    }
    const upload = /^\/v2\/(.+)\/blobs\/uploads\/([0-9a-f-]+)$/.exec(route)
    if (upload) {
      const [, name = '', id = ''] = upload
      const size = (uploaded.get(id) ?? 0) + length
      const digest = url.searchParams.get('digest')
      if (request.method === 'PUT' && digest) {
        uploaded.delete(id)
        uploaded.set(digest, size)
        response.setHeader('Location', `/v2/${name}/blobs/${digest}`)
        response.setHeader('Docker-Content-Digest', digest)
        return reply(response, 201)
      }
      uploaded.set(id, size)
      response.setHeader('Location', `/v2/${name}/blobs/uploads/${id}`)
      response.setHeader('Range', `0-${Math.max(size - 1, 0)}`)
      return reply(response, 202)
    }
    if (/^\/v2\/.+\/manifests\/[^/]+$/.test(route) && request.method === 'PUT') {
      manifest = bytes.toString('utf8')
      const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
      response.setHeader('Docker-Content-Digest', digest)
      return reply(response, 201)
    }
    return reply(response, 404)
  }
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    address: `127.0.0.1:${port}`,
    manifest: () => manifest,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
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

function reply(response: ServerResponse, status: number): void {
  response.writeHead(status)
  response.end()
}
