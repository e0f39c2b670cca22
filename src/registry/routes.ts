/**
 * The routes of the distribution API a push takes, as a registry served here
 * (upload-sizes.ts's sink, relay.ts) reads a request's URL, and its answers.
 */
import type { ServerResponse } from 'node:http'

export type PushRoute =
  | { readonly kind: 'base' }
  | { readonly kind: 'blob'; readonly name: string; readonly digest: string }
  | { readonly kind: 'start'; readonly name: string }
  /** An open upload; `digest` closes it (`PUT …?digest=`). */
  | {
      readonly kind: 'upload'
      readonly name: string
      readonly id: string
      readonly digest?: string
    }
  | { readonly kind: 'manifest'; readonly name: string; readonly reference: string }
  | { readonly kind: 'unknown' }

export function pushRoute(requestUrl: string | undefined): PushRoute {
  const url = new URL(requestUrl ?? '/', 'http://registry')
  const route = url.pathname
  if (route === '/v2/' || route === '/v2') return { kind: 'base' }
  const blob = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(route)
  if (blob) return { kind: 'blob', name: blob[1] ?? '', digest: blob[2] ?? '' }
  const start = /^\/v2\/(.+)\/blobs\/uploads\/?$/.exec(route)
  if (start) return { kind: 'start', name: start[1] ?? '' }
  const upload = /^\/v2\/(.+)\/blobs\/uploads\/([0-9a-f-]+)$/.exec(route)
  if (upload) {
    const digest = url.searchParams.get('digest')
    const open = { kind: 'upload', name: upload[1] ?? '', id: upload[2] ?? '' } as const
    return digest ? { ...open, digest } : open
  }
  const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(route)
  if (manifest) return { kind: 'manifest', name: manifest[1] ?? '', reference: manifest[2] ?? '' }
  return { kind: 'unknown' }
}

/** An answer of the distribution API: a body given, or none (`Content-Length` 0 unless given). */
export function reply(
  response: ServerResponse,
  status: number,
  headers: Readonly<Record<string, string>> = {},
  body?: string
): void {
  response.writeHead(status, {
    'Docker-Distribution-API-Version': 'registry/2.0',
    ...(body === undefined ? { 'Content-Length': headers['Content-Length'] ?? '0' } : {}),
    ...headers
  })
  response.end(body)
}
