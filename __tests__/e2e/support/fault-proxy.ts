/**
 * A flaky registry: an HTTP proxy in front of a real one that answers 503 (or
 * another status) to chosen requests and passes everything else through unchanged (the Host
 * header too, so the registry's upload URLs point back at the proxy).
 */
import http from 'node:http'
import { forward } from './forward.js'
import { listenLocally } from './listen.js'

export interface Faults {
  /** 503 to the first N blob upload requests (POST/PUT/PATCH …/blobs/uploads…). */
  readonly uploads?: number
  /** 503 to the first N manifest PUTs; Infinity for a registry that never takes one. */
  readonly manifests?: number
  /** 503 to the first N `GET /v2/` (how docker login checks credentials). */
  readonly logins?: number
  /** Holds every blob upload request after the first N until `release()`: a registry that stalls. */
  readonly stallUploadsAfter?: number
  /** The status of each fault (default 503), and its body (default an UNAVAILABLE error). */
  readonly status?: number
  readonly body?: string
}

export interface FaultProxy {
  /** `localhost:PORT`: docker talks plain HTTP to localhost. */
  readonly host: string
  /** The requests answered with a fault, as `METHOD path`. */
  readonly failed: string[]
  /** Settles when a request is first held by `stallUploadsAfter`. */
  readonly stalled: Promise<void>
  /** Passes the held requests on, and every later one. */
  release(): void
  close(): Promise<void>
}

export async function startFaultProxy(target: string, faults: Faults): Promise<FaultProxy> {
  const [targetHost = '', targetPort = ''] = target.split(':')
  const upstream = { host: targetHost === 'localhost' ? '127.0.0.1' : targetHost, port: targetPort }
  const failed: string[] = []
  let uploads = faults.uploads ?? 0
  let manifests = faults.manifests ?? 0
  let logins = faults.logins ?? 0
  let passedUploads = 0
  let held: (() => void)[] | undefined = faults.stallUploadsAfter === undefined ? undefined : []
  let onStall = (): void => undefined
  const stalled = new Promise<void>(resolve => (onStall = resolve))
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    const method = req.method ?? 'GET'
    const isUpload = /^\/v2\/.+\/blobs\/uploads\//.test(url) && method !== 'GET'
    const isManifest = /^\/v2\/.+\/manifests\//.test(url) && method === 'PUT'
    const isLogin = url === '/v2/' && method === 'GET'
    if ((isUpload && uploads > 0) || (isManifest && manifests > 0) || (isLogin && logins > 0)) {
      if (isUpload) uploads--
      else if (isManifest) manifests--
      else logins--
      failed.push(`${method} ${url.split('?')[0]}`)
      req.resume()
      res.writeHead(faults.status ?? 503, { 'content-type': 'application/json' })
      res.end(
        faults.body ??
          JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] })
      )
      return
    }
    if (isUpload && held && passedUploads++ >= (faults.stallUploadsAfter ?? 0)) {
      held.push(() => forward(req, res, upstream))
      onStall()
      return
    }
    forward(req, res, upstream)
  })
  const { port } = await listenLocally(server)
  return {
    host: `localhost:${port}`,
    failed,
    stalled,
    release: () => {
      const waiting = held ?? []
      held = undefined
      for (const pass of waiting) pass()
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
