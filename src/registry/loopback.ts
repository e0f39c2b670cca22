/**
 * A registry Hoist serves on 127.0.0.1 for a daemon on this host: the layer
 * cache's images (cache/registry.ts), a push's relay (relay.ts), a sink that
 * measures a push (engine/upload-sizes.ts). Never what keeps the step
 * running: the command it serves does; closed on a cancel too. With a login,
 * a request without it is refused with a Basic challenge, which docker,
 * BuildKit and containerd answer from the docker config.
 */
import { timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { onCancel } from '../cancel.js'
import { basicAuthorization, type Credentials } from './docker-auth.js'

export interface LoopbackServer {
  /** `127.0.0.1:PORT`. */
  readonly host: string
  close(): Promise<void>
}

export async function serveOnLoopback(
  answer: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  login?: Credentials
): Promise<LoopbackServer> {
  const expected = login && Buffer.from(basicAuthorization(login))
  const server = createServer((request, response) => {
    const given = Buffer.from(request.headers.authorization ?? '')
    if (expected && (given.length !== expected.length || !timingSafeEqual(given, expected))) {
      request.resume()
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="hoist"', 'Content-Length': '0' })
      return void response.end()
    }
    answer(request, response).catch(() => response.destroy())
  })
  // An upload's length has no bound: the engine's own stall limit watches a push.
  server.requestTimeout = 0
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  server.unref()
  const { port } = server.address() as AddressInfo
  const close = (): Promise<void> =>
    new Promise(resolve => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  const unregister = onCancel(close)
  return {
    host: `127.0.0.1:${port}`,
    close: () => {
      unregister()
      return close()
    }
  }
}
