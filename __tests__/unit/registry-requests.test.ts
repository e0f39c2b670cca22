import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createHttpsServer, get as httpsGet } from 'node:https'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { realmTakesCredentials } from '../../src/registry/challenge.js'
import { ecrClientConfig } from '../../src/registry/ecr.js'
import { googleAccessToken } from '../../src/registry/google.js'
import { RunnerProxyAgent } from '../../src/registry/runner-proxy.js'
import { startConnectProxy } from '../e2e/support/connect-proxy.js'

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
  it('sets time limits that fail a request, and agents that choose the proxy per host', () => {
    const { requestHandler } = ecrClientConfig({ region: 'eu-west-1' })
    expect(requestHandler).toMatchObject({
      connectionTimeout: 10_000,
      requestTimeout: 30_000,
      throwOnRequestTimeout: true,
      socketTimeout: 30_000
    })
    expect(requestHandler.httpAgent).toBeInstanceOf(RunnerProxyAgent)
    expect(requestHandler.httpsAgent).toBeInstanceOf(RunnerProxyAgent)
  })
})

describe('RunnerProxyAgent', () => {
  const proxyVariables = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY']
  const saved = Object.fromEntries(proxyVariables.map(name => [name, process.env[name]]))
  let tls: { url: string; ca: string; names: string[]; close: () => Promise<void> }
  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hoist-proxy-agent-'))
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')]
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,DNS:ecr.aws.test',
        '-keyout',
        key,
        '-out',
        cert
      ],
      { stdio: 'ignore' }
    )
    const names: string[] = []
    const server = createHttpsServer(
      { key: readFileSync(key), cert: readFileSync(cert) },
      (req, res) => res.end('answered')
    )
    server.on('secureConnection', socket => names.push(String(socket.servername)))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    tls = {
      url: `https://localhost:${port}/`,
      ca: readFileSync(cert, 'utf8'),
      names,
      close: () => new Promise(resolve => server.close(() => resolve()))
    }
  })
  afterAll(async () => {
    await tls.close()
    rmSync(dir, { recursive: true, force: true })
  })
  afterEach(() => {
    for (const name of proxyVariables) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  })

  const get = (url: string, agent: RunnerProxyAgent): Promise<string> =>
    new Promise((resolve, reject) => {
      httpsGet(url, { agent, ca: tls.ca }, res => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve(body))
      }).on('error', reject)
    })

  it("connects straight where no proxy is named, with the host's name for TLS", async () => {
    for (const name of proxyVariables) delete process.env[name]
    const agent = new RunnerProxyAgent(true)
    await expect(get(tls.url, agent)).resolves.toBe('answered')
    expect(tls.names.at(-1)).toBe('localhost')
    agent.destroy()
  })

  it('tunnels through the proxy for a host NO_PROXY leaves out, and only for it', async () => {
    const proxy = await startConnectProxy({ 'ecr.aws.test': '127.0.0.1' })
    try {
      for (const name of proxyVariables) delete process.env[name]
      Object.assign(process.env, { HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost' })
      const agent = new RunnerProxyAgent(true)
      const port = new URL(tls.url).port
      // ecr.aws.test resolves only through the proxy.
      await expect(get(`https://ecr.aws.test:${port}/`, agent)).resolves.toBe('answered')
      expect(tls.names.at(-1)).toBe('ecr.aws.test')
      await expect(get(tls.url, agent)).resolves.toBe('answered')
      expect(proxy.tunnels).toEqual([`ecr.aws.test:${port}`])
      agent.destroy()
    } finally {
      await proxy.close()
    }
  })
})
