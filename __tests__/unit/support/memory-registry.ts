import { createHash, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pushRoute, reply } from '../../../src/registry/routes.js'
import { serve } from './serve.js'

/**
 * A registry in memory, open to all, for what a push writes: uploads by
 * PATCH or by PUT with the body, checked against their digest; manifests by
 * repository and reference. `fault` answers a request with a status instead,
 * or holds it a while.
 */
export async function memoryRegistry(
  fault?: (method: string, url: string) => number | undefined | Promise<undefined>
) {
  const blobs = new Map<string, Buffer>()
  const uploads = new Map<string, Buffer[]>()
  const manifests = new Map<string, { bytes: Buffer; type: string }>()
  /** Bytes received so far by each open upload. */
  const received = new Map<string, number>()
  const requests: string[] = []
  /** Requests under way: come, and not yet answered or closed. */
  let open = 0

  const body = async (request: IncomingMessage, id?: string): Promise<Buffer> => {
    const chunks: Buffer[] = []
    for await (const chunk of request) {
      chunks.push(chunk as Buffer)
      if (id) received.set(id, (received.get(id) ?? 0) + (chunk as Buffer).length)
    }
    return Buffer.concat(chunks)
  }
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET'
    const url = request.url ?? '/'
    requests.push(`${method} ${url.split('?')[0]}`)
    const status = await fault?.(method, url)
    if (status) {
      await body(request)
      return reply(response, status)
    }
    const route = pushRoute(url)
    if (route.kind === 'base') return reply(response, 200)
    if (route.kind === 'blob') {
      const blob = blobs.get(route.digest)
      if (!blob) return reply(response, 404)
      return reply(response, 200, { 'Content-Length': String(blob.length) })
    }
    if (route.kind === 'start') {
      const id = randomUUID()
      uploads.set(id, [])
      return reply(response, 202, { Location: `/v2/${route.name}/blobs/uploads/${id}` })
    }
    if (route.kind === 'upload') {
      const parts = uploads.get(route.id)
      if (!parts) return reply(response, 404)
      parts.push(await body(request, route.id))
      if (method === 'PATCH') {
        return reply(response, 202, { Location: `/v2/${route.name}/blobs/uploads/${route.id}` })
      }
      const content = Buffer.concat(parts)
      const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`
      if (digest !== route.digest) return reply(response, 400)
      uploads.delete(route.id)
      blobs.set(digest, content)
      return reply(response, 201, { 'Docker-Content-Digest': digest })
    }
    if (route.kind === 'manifest' && method === 'PUT') {
      const bytes = await body(request)
      manifests.set(`${route.name}:${route.reference}`, {
        bytes,
        type: request.headers['content-type'] ?? ''
      })
      const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
      return reply(response, 201, { 'Docker-Content-Digest': digest })
    }
    reply(response, 404)
  }
  const { host, server } = await serve((request, response) => {
    open++
    response.once('close', () => open--)
    handle(request, response).catch(() => response.destroy())
  })
  return { host, server, blobs, manifests, received, requests, open: () => open }
}
