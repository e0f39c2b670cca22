import { describe, expect, it } from '@jest/globals'
import { parseChallenge, tokenUrl } from '../../src/registry/challenge.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { credentialsFor, readDockerCredentials } from '../../src/registry/docker-auth.js'
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

describe('readDockerCredentials', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-auth-'))
  const auths = (host: string, user: string) =>
    JSON.stringify({ auths: { [host]: { auth: b64(`${user}:pw-${user}`) } } })
  writeFileSync(path.join(dir, 'config.json'), auths('docker.example', 'docker'))
  // podman login and buildah login write docker's `auths` form to REGISTRY_AUTH_FILE.
  writeFileSync(path.join(dir, 'auth.json'), auths('localhost:5000', 'podman'))
  const env = { DOCKER_CONFIG: dir, REGISTRY_AUTH_FILE: path.join(dir, 'auth.json') }

  it.each([
    ['docker.example', env, { username: 'docker', password: 'pw-docker' }],
    ["localhost:5000 (podman's auth file)", env, { username: 'podman', password: 'pw-podman' }],
    ['localhost:5000 without the auth file', { DOCKER_CONFIG: dir }, undefined],
    [
      'localhost:5000, the auth file missing',
      { ...env, REGISTRY_AUTH_FILE: path.join(dir, 'none.json') },
      undefined
    ]
  ])('%s', (name, environment, credentials) => {
    expect(readDockerCredentials(name.split(' ')[0] ?? '', environment)).toEqual(credentials)
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
