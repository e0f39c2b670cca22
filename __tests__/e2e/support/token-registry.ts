/**
 * A token-authenticated front for a real registry, as ghcr.io, Docker Hub and
 * cloud registries are: `/v2/` answers 401 with a Bearer challenge, `/token`
 * trades Basic credentials for a token, and requests with that token are
 * passed to the real registry behind. It can also fail the first requests with
 * a 503, as a registry under load does.
 */
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { listenLocally } from './listen.js'

export interface TokenRegistry {
  /** host:port, usable in an image reference. */
  readonly host: string
  readonly token: string
  /** `STATUS METHOD path` of every request, in order. */
  readonly log: string[]
  /** How many of the next registry requests answer 503. */
  failNext: number
  close(): Promise<void>
}

export async function startTokenRegistry(
  upstream: string,
  user: string,
  password: string
): Promise<TokenRegistry> {
  const token = `tok-${randomBytes(12).toString('hex')}`
  const basic = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  const log: string[] = []
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const answer = (
        status: number,
        headers: Record<string, string> = {},
        body: string | Buffer = ''
      ): void => {
        log.push(`${status} ${req.method} ${url.pathname}`)
        res.writeHead(status, headers).end(body)
      }
      if (url.pathname === '/token') {
        if (req.headers.authorization !== basic) return answer(401)
        const scope = url.searchParams.get('scope') ?? ''
        if (!/^repository:[\w/.-]+:pull$/.test(scope)) return answer(400)
        return answer(200, { 'Content-Type': 'application/json' }, JSON.stringify({ token }))
      }
      if (state.failNext > 0) {
        state.failNext--
        return answer(503)
      }
      if (req.headers.authorization !== `Bearer ${token}`) {
        const realm = `http://${state.host}/token`
        return answer(401, {
          'WWW-Authenticate': `Bearer realm="${realm}",service="stand-in"`
        })
      }
      const response = await fetch(`http://${upstream}${url.pathname}`, {
        headers: { Accept: req.headers.accept ?? '*/*' }
      })
      const headers: Record<string, string> = {}
      for (const name of ['content-type', 'docker-content-digest']) {
        const value = response.headers.get(name)
        if (value) headers[name] = value
      }
      answer(response.status, headers, Buffer.from(await response.arrayBuffer()))
    })()
  })
  const { port, close } = await listenLocally(server)
  const state: TokenRegistry = {
    host: `127.0.0.1:${port}`,
    token,
    log,
    failNext: 0,
    close
  }
  return state
}
