import { describe, expect, it } from '@jest/globals'
import { parseChallenge, tokenUrl } from '../../src/registry/challenge.js'
import { credentialsFor } from '../../src/registry/docker-auth.js'
import { pickPlatform } from '../../src/registry/client.js'

const b64 = (text: string): string => Buffer.from(text).toString('base64')

describe('parseChallenge and tokenUrl', () => {
  it.each([
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/app:pull"',
      'bearer',
      'https://ghcr.io/token?service=ghcr.io&scope=repository%3Ao%2Fapp%3Apull'
    ],
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"',
      'bearer',
      'https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Ao%2Fapp%3Apull'
    ],
    ['Basic realm="Registry Realm"', 'basic', undefined]
  ])('%s', (header, scheme, url) => {
    const challenge = parseChallenge(header)
    expect(challenge?.scheme).toBe(scheme)
    expect(
      challenge && challenge.scheme === 'bearer' ? tokenUrl(challenge, 'o/app') : undefined
    ).toBe(url)
  })

  it.each([null, '', 'Negotiate abc'])('%j is no challenge it can answer', header => {
    expect(parseChallenge(header)).toBeUndefined()
  })
})

describe('credentialsFor', () => {
  const config = {
    auths: {
      'localhost:5000': { auth: b64('u:p:with:colons') },
      'https://index.docker.io/v1/': { auth: b64('hub:secret') },
      'https://ghcr.io': { auth: b64('gh:tok') },
      'broken.io': { auth: b64('nocolon') },
      'plain.io': { username: 'a', password: 'b' }
    }
  }
  it.each([
    ['localhost:5000', { username: 'u', password: 'p:with:colons' }],
    ['docker.io', { username: 'hub', password: 'secret' }],
    ['ghcr.io', { username: 'gh', password: 'tok' }],
    ['plain.io', { username: 'a', password: 'b' }],
    ['broken.io', undefined],
    ['other.io', undefined]
  ])('%s', (host, credentials) => {
    expect(credentialsFor(config, host)).toEqual(credentials)
  })

  it('finds nothing in a config without auths', () => {
    expect(credentialsFor({}, 'ghcr.io')).toBeUndefined()
  })
})

describe('pickPlatform', () => {
  const manifests = [
    { digest: 'sha256:arm', size: 1, platform: { os: 'linux', architecture: 'arm64' } },
    { digest: 'sha256:amd', size: 1, platform: { os: 'linux', architecture: 'amd64' } },
    { digest: 'sha256:att', size: 1, platform: { os: 'unknown', architecture: 'unknown' } }
  ]
  it.each([
    ['amd64', 'sha256:amd'],
    ['arm64', 'sha256:arm'],
    ['s390x', undefined]
  ])('linux/%s', (architecture, digest) => {
    expect(pickPlatform(manifests, { os: 'linux', architecture })?.digest).toBe(digest)
  })
})
