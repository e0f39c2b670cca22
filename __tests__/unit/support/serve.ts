import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A local HTTP server answering each request with `handle`; `host` is `127.0.0.1:PORT`. */
export async function serve(
  handle: RequestListener
): Promise<{ url: string; host: string; server: Server }> {
  const server = createServer(handle)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url: `http://${host}`, host, server }
}
