import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { HttpClient, HttpClientResponse } from '@actions/http-client'
import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { realmTakesCredentials } from '../../src/registry/challenge.js'
import { RegistryClient } from '../../src/registry/client.js'
import { ecrClientConfig } from '../../src/registry/ecr.js'
import { googleAccessToken } from '../../src/registry/google.js'
import { parseImageReference } from '../../src/registry/reference.js'

/** The one boundary mocked here: what each request was sent with, answered in turn. */
function fakeFetch(answers: Response[]): { url: string; init: RequestInit }[] {
  const calls: { url: string; init: RequestInit }[] = []
  jest.spyOn(globalThis, 'fetch').mockImplementation((url, init) => {
    calls.push({ url: url instanceof Request ? url.url : url.toString(), init: init ?? {} })
    return Promise.resolve(answers.shift() ?? new Response('{}', { status: 500 }))
  })
  return calls
}

interface Answer {
  readonly status?: number
  readonly headers?: Record<string, string>
  readonly body?: unknown
}

/** The registry reader's boundary (node's http, through @actions/http-client), as fakeFetch. */
function fakeHttp(answers: Answer[]): { url: string; headers: Record<string, unknown> }[] {
  const calls: { url: string; headers: Record<string, unknown> }[] = []
  jest.spyOn(HttpClient.prototype, 'request').mockImplementation((_verb, url, _data, headers) => {
    calls.push({ url, headers: { ...headers } })
    const answer = answers.shift() ?? { status: 500 }
    const body = answer.body === undefined ? '' : JSON.stringify(answer.body)
    const message = Object.assign(Readable.from([Buffer.from(body)]), {
      statusCode: answer.status ?? 200,
      headers: answer.headers ?? {}
    })
    return Promise.resolve(new HttpClientResponse(message as unknown as IncomingMessage))
  })
  return calls
}

afterEach(() => {
  jest.restoreAllMocks()
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

describe('RegistryClient token requests', () => {
  const manifest = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { digest: 'sha256:c', size: 1 },
    layers: []
  }
  const challenge = (realm: string): Answer => ({
    status: 401,
    headers: { 'www-authenticate': `Bearer realm="${realm}",service="r"` }
  })

  it.each([
    ['an https realm', 'https://auth.example/token', true],
    ['a plain-HTTP realm elsewhere', 'http://auth.example/token', false]
  ])('sends Basic credentials to %s: %p', async (_, realm, sent) => {
    const calls = fakeHttp([challenge(realm), { body: { token: 't' } }, { body: manifest }])
    const client = new RegistryClient(parseImageReference('registry.example/o/app:1'), {
      username: 'u',
      password: 'secret'
    })

    await client.manifest('1', { os: 'linux', architecture: 'amd64' })

    expect(calls.map(call => call.url)).toEqual([
      'https://registry.example/v2/o/app/manifests/1',
      expect.stringMatching(new RegExp(`^${realm}\\?`)),
      'https://registry.example/v2/o/app/manifests/1'
    ])
    expect(calls[1]?.headers.Authorization).toBe(sent ? `Basic ${btoa('u:secret')}` : undefined)
    expect(calls[2]?.headers.Authorization).toBe('Bearer t')
  })
})

describe('time limits', () => {
  it('bounds every request of a workload identity federation', async () => {
    const calls = fakeFetch([
      new Response('oidc-token'),
      Response.json({ access_token: 'sts' }),
      Response.json({ accessToken: 'impersonated' })
    ])
    const config = JSON.stringify({
      type: 'external_account',
      audience: 'a',
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: 'https://sts.example/v1/token',
      service_account_impersonation_url: 'https://iam.example/sa:generateAccessToken',
      credential_source: { url: 'https://oidc.example/token', headers: {} }
    })

    expect(await googleAccessToken(config)).toEqual({
      username: 'oauth2accesstoken',
      password: 'impersonated'
    })
    expect(calls).toHaveLength(3)
    for (const call of calls) expect(call.init.signal).toBeInstanceOf(AbortSignal)
  })

  it("sets ECR's connection and request time limits", () => {
    expect(ecrClientConfig({ region: 'eu-west-1' }).requestHandler).toEqual({
      connectionTimeout: 10_000,
      requestTimeout: 30_000
    })
  })
})
