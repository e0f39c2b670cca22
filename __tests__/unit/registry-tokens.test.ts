import { describe, expect, it, jest } from '@jest/globals'
import { Readable } from 'node:stream'
import type { Answer } from '../../src/registry/http.js'
import type { RawManifest } from '../../src/registry/repository.js'

/**
 * The repository client's one boundary, registry/http.ts (itself tested against
 * local servers in registry-http.test.ts), faked: what each request was sent
 * with, answered in turn. The token realms here are other hosts, which a test
 * cannot serve.
 */
const calls: { url: string; headers: Record<string, string> }[] = []
const answers: { status?: number; headers?: Record<string, string>; body?: unknown }[] = []
jest.unstable_mockModule('../../src/registry/http.js', () => ({
  httpRequest: (_method: string, url: string, headers: Record<string, string>) => {
    calls.push({ url, headers: { ...headers } })
    const { status = 200, headers: sent = {}, body } = answers.shift() ?? { status: 500 }
    const content = Buffer.from(body === undefined ? '' : JSON.stringify(body))
    const answer: Answer = {
      status,
      ok: status >= 200 && status < 300,
      header: name => sent[name],
      bytes: () => Promise.resolve(content),
      json: () => Promise.resolve(JSON.parse(content.toString()) as unknown),
      body: Readable.from([content]),
      discard: () => undefined
    }
    return Promise.resolve(answer)
  }
}))
const { RegistryRepository } = await import('../../src/registry/repository.js')
const { parseImageReference } = await import('../../src/registry/reference.js')

describe('RegistryRepository token requests', () => {
  const manifest = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { digest: 'sha256:c', size: 1 },
    layers: []
  }
  const challenge = (realm: string) => ({
    status: 401,
    headers: { 'www-authenticate': `Bearer realm="${realm}",service="r"` }
  })

  it.each([
    ['an https realm', 'https://auth.example/token', true],
    ['a plain-HTTP realm elsewhere', 'http://auth.example/token', false]
  ])('sends Basic credentials to %s: %p', async (_, realm, sent) => {
    calls.length = 0
    answers.push(challenge(realm), { body: { token: 't' } }, { body: manifest })
    const repository = new RegistryRepository(parseImageReference('registry.example/o/app:1'), {
      username: 'u',
      password: 'secret'
    })

    await repository.manifest('1')

    expect(calls.map(call => call.url)).toEqual([
      'https://registry.example/v2/o/app/manifests/1',
      expect.stringMatching(new RegExp(`^${realm}\\?`)),
      'https://registry.example/v2/o/app/manifests/1'
    ])
    expect(calls[1]?.headers.Authorization).toBe(sent ? `Basic ${btoa('u:secret')}` : undefined)
    expect(calls[2]?.headers.Authorization).toBe('Bearer t')
  })

  it('asks for one token for requests refused side by side with the same challenge', async () => {
    calls.length = 0
    const realm = 'https://auth.example/token'
    answers.push(challenge(realm), challenge(realm), { body: { token: 't' } })
    answers.push({ body: manifest }, { body: { architecture: 'amd64' } })
    const repository = new RegistryRepository(parseImageReference('registry.example/o/app:1'))

    const [read, config] = await Promise.all([
      repository.manifest('1'),
      repository.blobJson('sha256:c')
    ])

    expect(read?.digest).toMatch(/^sha256:/)
    expect(config).toEqual({ architecture: 'amd64' })
    expect(calls.filter(call => call.url.startsWith(realm))).toHaveLength(1)
    expect(calls.slice(-2).map(call => call.headers.Authorization)).toEqual([
      'Bearer t',
      'Bearer t'
    ])
  })

  it("readies a read with a HEAD of the manifest: the read after it is sent with the HEAD's token", async () => {
    calls.length = 0
    const realm = 'https://auth.example/token'
    answers.push(challenge(realm), { body: { token: 't' } }, { status: 404 }, { body: manifest })
    const repository = new RegistryRepository(parseImageReference('registry.example/o/app:1'))

    expect(await repository.hasManifest('1')).toBe(false)
    const read = await repository.manifest('1')

    expect(read?.digest).toMatch(/^sha256:/)
    expect(calls.map(call => [call.url.replace(/\?.*/, ''), call.headers.Authorization])).toEqual([
      ['https://registry.example/v2/o/app/manifests/1', undefined],
      [realm, undefined],
      ['https://registry.example/v2/o/app/manifests/1', 'Bearer t'],
      ['https://registry.example/v2/o/app/manifests/1', 'Bearer t']
    ])
  })
})

describe('RegistryRepository.putManifest', () => {
  const manifest: RawManifest = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    bytes: Buffer.from('{"schemaVersion":2}'),
    digest: 'sha256:written'
  }
  const repository = () => new RegistryRepository(parseImageReference('registry.example/o/app:1'))

  it('takes the digest the registry reports for the bytes sent, or none reported', async () => {
    answers.push({ status: 201, headers: { 'docker-content-digest': 'sha256:written' } })
    await expect(repository().putManifest('1', manifest)).resolves.toBeUndefined()
    answers.push({ status: 201 })
    await expect(repository().putManifest('1', manifest)).resolves.toBeUndefined()
  })

  it('fails when the registry holds another digest under the reference', async () => {
    answers.push({ status: 201, headers: { 'docker-content-digest': 'sha256:other' } })
    await expect(repository().putManifest('1', manifest)).rejects.toThrow(
      'registry.example/o/app holds sha256:other under 1, not sha256:written'
    )
  })
})
