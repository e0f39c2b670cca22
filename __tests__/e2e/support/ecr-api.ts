/**
 * A stand-in for the Amazon ECR and ECR Public APIs (awsJson1_1), enough for
 * GetAuthorizationToken. The action's AWS SDK reaches it through the
 * standard endpoint overrides, AWS_ENDPOINT_URL_ECR and AWS_ENDPOINT_URL_ECR_PUBLIC.
 */

const PRIVATE = 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken'
const PUBLIC = 'SpencerFrontendService.GetAuthorizationToken'
import http from 'node:http'
import { listenLocally } from './listen.js'

export interface EcrApi {
  readonly url: string
  /** Each request's X-Amz-Target and body, in order. */
  readonly calls: { target: string; body: string; authorization: string }[]
  close(): Promise<void>
}

export async function startEcrApi(password: string): Promise<EcrApi> {
  const calls: EcrApi['calls'] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '')
      calls.push({ target, body, authorization: String(req.headers.authorization ?? '') })
      res.setHeader('content-type', 'application/x-amz-json-1.1')
      if (target !== PRIVATE && target !== PUBLIC) {
        res.writeHead(400)
        res.end(JSON.stringify({ __type: 'UnknownOperationException' }))
        return
      }
      const token = Buffer.from(`AWS:${password}`).toString('base64')
      const data = { authorizationToken: token, expiresAt: Date.now() / 1000 + 3600 }
      // ECR answers a list (one per registry id), ECR Public a single entry.
      if (target === PUBLIC) {
        res.end(JSON.stringify({ authorizationData: data }))
        return
      }
      res.end(
        JSON.stringify({
          authorizationData: [
            {
              authorizationToken: token,
              expiresAt: Date.now() / 1000 + 3600,
              proxyEndpoint: 'https://ecr.local'
            }
          ]
        })
      )
    })
  })
  const { port, close } = await listenLocally(server)
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close
  }
}
