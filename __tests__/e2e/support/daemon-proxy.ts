import { mkdtempSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { forward } from './forward.js'

/**
 * A socket in front of the engine's daemon that answers some requests itself
 * (`refuse` says which: an image "lost" after the push) and passes on all
 * others, upgraded connections too (BuildKit's session). For the docker CLI
 * and the daemon's API alike: point DOCKER_HOST at `host`.
 */
export async function daemonProxy(
  refuse: (request: IncomingMessage) => boolean
): Promise<{ host: string; close: () => Promise<void> }> {
  const daemon = (process.env.DOCKER_HOST ?? '').replace(/^unix:\/\//, '')
  const socket = path.join(mkdtempSync(path.join(tmpdir(), 'hoist-daemon-proxy-')), 'docker.sock')
  const server = createServer((incoming, answer) => {
    if (refuse(incoming)) {
      answer.writeHead(404, { 'Content-Type': 'application/json' })
      answer.end(JSON.stringify({ message: `No such image: ${incoming.url ?? ''}` }))
      return
    }
    forward(incoming, answer, { socketPath: daemon })
  })
  const upgraded = new Set<Socket>()
  server.on('upgrade', (incoming: IncomingMessage, client: Socket, head: Buffer) => {
    const upstream = connect(daemon, () => {
      const lines = [`${incoming.method} ${incoming.url} HTTP/1.1`]
      for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
        lines.push(`${incoming.rawHeaders[i]}: ${incoming.rawHeaders[i + 1]}`)
      }
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`)
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upgraded.add(client).add(upstream)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(socket, resolve))
  return {
    host: `unix://${socket}`,
    close: () =>
      new Promise(resolve => {
        for (const open of upgraded) open.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
