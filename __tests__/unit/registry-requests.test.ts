import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { realmTakesCredentials } from '../../src/registry/challenge.js'
import { ecrClientConfig } from '../../src/registry/ecr.js'
import { googleAccessToken } from '../../src/registry/google.js'

/** The one boundary mocked here: what each request was sent with, answered in turn. */
function fakeFetch(answers: Response[]): { url: string; init: RequestInit }[] {
  const calls: { url: string; init: RequestInit }[] = []
  jest.spyOn(globalThis, 'fetch').mockImplementation((url, init) => {
    calls.push({ url: url instanceof Request ? url.url : url.toString(), init: init ?? {} })
    return Promise.resolve(answers.shift() ?? new Response('{}', { status: 500 }))
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
