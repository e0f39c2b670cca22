import { afterEach, describe, expect, it } from '@jest/globals'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { realmTakesCredentials } from '../../src/registry/challenge.js'
import { ecrClientConfig } from '../../src/registry/ecr.js'
import { googleAccessToken } from '../../src/registry/google.js'

/** A local server that answers each request in turn, and what each was sent with. */
async function answering(answers: { status?: number; body: unknown }[]): Promise<{
  url: string
  calls: { method: string; path: string; headers: IncomingHttpHeaders; body: string }[]
  close: () => Promise<void>
}> {
  const calls: { method: string; path: string; headers: IncomingHttpHeaders; body: string }[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      calls.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8')
      })
      const answer = answers.shift() ?? { status: 500, body: {} }
      const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)
      res.writeHead(answer.status ?? 200).end(body)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

describe('realmTakesCredentials', () => {
  it.each([
    ['https://auth.example/token', true],
    ['http://localhost:5000/token', true],
    ['http://127.0.0.1:5000/token', true],
    ['http://[::1]:5000/token', true],
    ['http://auth.example/token', false],
    ['http://127.0.0.1.evil.example/token', false],
    ['ftp://auth.example/token', false]
  ])('%s → %p', (realm, allowed) => {
    expect(realmTakesCredentials(realm)).toBe(allowed)
  })
})

describe('workload identity federation', () => {
  /** An `external_account` credentials file whose STS is at `url`. */
  const federation = (url: string, fields: Record<string, unknown>): string =>
    JSON.stringify({
      type: 'external_account',
      audience: 'aud',
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: `${url}/v1/token`,
      ...fields
    })

  it('trades the OIDC token at the STS, then impersonates the service account', async () => {
    const google = await answering([
      { body: { value: 'oidc-token' } },
      { body: { access_token: 'sts-token' } },
      { body: { accessToken: 'impersonated' } }
    ])
    try {
      const config = federation(google.url, {
        service_account_impersonation_url: `${google.url}/sa:generateAccessToken`,
        credential_source: {
          url: `${google.url}/oidc`,
          headers: { Authorization: 'Bearer request-token' },
          format: { type: 'json', subject_token_field_name: 'value' }
        }
      })

      expect(await googleAccessToken(config)).toEqual({
        username: 'oauth2accesstoken',
        password: 'impersonated'
      })
      const [oidc, sts, impersonation] = google.calls
      expect(oidc).toMatchObject({ method: 'GET', path: '/oidc' })
      expect(oidc?.headers.authorization).toBe('Bearer request-token')
      expect(sts).toMatchObject({ method: 'POST', path: '/v1/token' })
      expect(sts?.headers['content-type']).toBe('application/x-www-form-urlencoded')
      expect(new URLSearchParams(sts?.body).get('subject_token')).toBe('oidc-token')
      expect(new URLSearchParams(sts?.body).get('audience')).toBe('aud')
      expect(impersonation?.headers.authorization).toBe('Bearer sts-token')
      expect(JSON.parse(impersonation?.body ?? '{}')).toMatchObject({ lifetime: '3600s' })
    } finally {
      await google.close()
    }
  })

  it("names the STS's own words when it refuses", async () => {
    const google = await answering([
      { body: 'oidc-token' },
      { status: 400, body: { error: 'invalid_target', error_description: 'audience not allowed' } }
    ])
    try {
      const config = federation(google.url, { credential_source: { url: `${google.url}/oidc` } })
      await expect(googleAccessToken(config)).rejects.toThrow(
        /127\.0\.0\.1:\d+ answered 400: .*audience not allowed/
      )
    } finally {
      await google.close()
    }
  })
})

describe("ECR's client", () => {
  it('sets connection and request time limits, and no proxy where none is named', () => {
    delete process.env.HTTPS_PROXY
    delete process.env.https_proxy
    expect(ecrClientConfig({ region: 'eu-west-1' }).requestHandler).toEqual({
      connectionTimeout: 10_000,
      requestTimeout: 30_000
    })
  })

  it.each<[string, Record<string, string>, boolean, string | undefined]>([
    [
      "HTTPS_PROXY, for AWS's endpoint",
      { HTTPS_PROXY: 'http://proxy.corp:3128' },
      false,
      'httpsAgent'
    ],
    ['ECR Public too', { HTTPS_PROXY: 'http://proxy.corp:3128' }, true, 'httpsAgent'],
    [
      'NO_PROXY covering AWS',
      { HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: '.amazonaws.com' },
      false,
      undefined
    ],
    [
      'HTTP_PROXY, for an http endpoint the environment names',
      { HTTP_PROXY: 'http://proxy.corp:3128', AWS_ENDPOINT_URL_ECR: 'http://ecr.corp:8080' },
      false,
      'httpAgent'
    ]
  ])('goes through the proxy: %s', (_, env, isPublic, agent) => {
    for (const name of [
      'HTTPS_PROXY',
      'https_proxy',
      'HTTP_PROXY',
      'http_proxy',
      'NO_PROXY',
      'no_proxy'
    ]) {
      delete process.env[name]
    }
    Object.assign(process.env, env)
    const handler = ecrClientConfig({ region: 'eu-west-1' }, isPublic).requestHandler as Record<
      string,
      unknown
    >
    const agents = Object.keys(handler).filter(key => key.endsWith('Agent'))
    expect(agents).toEqual(agent ? [agent] : [])
    if (agent) {
      const proxy = handler[agent] as HttpsProxyAgent<string>
      expect(proxy).toBeInstanceOf(HttpsProxyAgent)
      expect(proxy.proxy.host).toBe('proxy.corp:3128')
    }
  })
})
