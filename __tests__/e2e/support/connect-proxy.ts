import { createServer, type IncomingMessage } from 'node:http'
import { connect, type Socket } from 'node:net'
import { listenLocally } from './listen.js'

export interface ConnectProxy {
  /** HTTPS_PROXY and HTTP_PROXY for the action. */
  readonly url: string
  /** `host:port` of every tunnel asked for, in order. */
  readonly tunnels: string[]
  close(): Promise<void>
}

/**
 * A forward proxy as a runner behind one names in HTTPS_PROXY: it opens a
 * tunnel (CONNECT) to the host asked for, and nothing else. `hosts` maps
 * names no resolver here knows (`api.github.test`) to the address they stand
 * for: a request that does not go through the proxy cannot reach them.
 */
export async function startConnectProxy(hosts: Record<string, string>): Promise<ConnectProxy> {
  const tunnels: string[] = []
  const open = new Set<Socket>()
  const server = createServer((_, res) => {
    res.writeHead(405).end('only CONNECT')
  })
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    tunnels.push(target)
    const colon = target.lastIndexOf(':')
    const name = target.slice(0, colon)
    const upstream = connect(Number(target.slice(colon + 1)), hosts[name] ?? name, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client).pipe(upstream)
    })
    open.add(client).add(upstream)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  const listening = await listenLocally(server)
  return {
    url: `http://127.0.0.1:${listening.port}`,
    tunnels,
    close: () => {
      for (const socket of open) socket.destroy()
      server.closeAllConnections()
      return listening.close()
    }
  }
}
