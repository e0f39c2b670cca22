/**
 * Stand-ins for the three endpoints workload identity federation uses: the
 * runner's OIDC token URL, Google's STS and IAM credentials (impersonation).
 * Each checks what it is sent, as the real one would refuse anything else.
 */
import http from 'node:http'
import { listenLocally } from './listen.js'

export interface GoogleSts {
  readonly url: string
  /** `METHOD path` of each request, in order. */
  readonly calls: string[]
  close(): Promise<void>
}

export interface StsTokens {
  readonly requestToken: string
  readonly oidcToken: string
  readonly audience: string
  readonly stsToken: string
  readonly serviceAccountToken: string
}

export async function startGoogleSts(tokens: StsTokens): Promise<GoogleSts> {
  const calls: string[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const route = `${req.method} ${(req.url ?? '').split('?')[0]}`
      calls.push(route)
      const send = (status: number, json: object): void => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(json))
      }
      const auth = req.headers.authorization
      if (route === 'GET /oidc' && auth === `Bearer ${tokens.requestToken}`) {
        return send(200, { value: tokens.oidcToken })
      }
      const form = new URLSearchParams(body)
      if (
        route === 'POST /v1/token' &&
        form.get('subject_token') === tokens.oidcToken &&
        form.get('audience') === tokens.audience &&
        form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:token-exchange'
      ) {
        return send(200, { access_token: tokens.stsToken, token_type: 'Bearer', expires_in: 3600 })
      }
      if (route.endsWith(':generateAccessToken') && auth === `Bearer ${tokens.stsToken}`) {
        return send(200, {
          accessToken: tokens.serviceAccountToken,
          expireTime: '2099-01-01T00:00:00Z'
        })
      }
      send(403, { error: 'denied', route })
    })
  })
  const { port, close } = await listenLocally(server)
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close
  }
}
