import { describe, expect, it } from '@jest/globals'
import { parseBuildxPlatforms } from '../../src/engine/engine.js'
import { checkPlatforms, parsePlatform } from '../../src/engine/platforms.js'
import { engines, inspectOf } from './support/engines.js'

const containerd = {
  ...engines.containerd,
  platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/arm64', 'linux/arm/v7']
}

describe('parsePlatform', () => {
  it.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }],
    ['Linux/ARM64/v8', { os: 'linux', architecture: 'arm64' }],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v7' }],
    [' linux/amd64/v1 ', { os: 'linux', architecture: 'amd64' }]
  ])('%s', (text, platform) => {
    expect(parsePlatform(text)).toEqual(platform)
  })

  it.each(['linux', 'linux/', 'linux/arm/v7/x', 'linux/am d64'])('refuses "%s"', text => {
    expect(() => parsePlatform(text)).toThrow(`"${text}" is not a platform of the form`)
  })
})

describe('checkPlatforms', () => {
  it.each([
    [[], []],
    [
      ['linux/amd64', 'linux/arm64/v8', 'linux/arm64'],
      ['linux/amd64', 'linux/arm64']
    ],
    [['linux/arm/v7'], ['linux/arm/v7']]
  ])('%j on the containerd store: %j', (requested, platforms) => {
    expect(checkPlatforms(requested, containerd)).toEqual(platforms)
  })

  it('names the platforms the builder lacks, what it builds, and how to get them', () => {
    expect(() => checkPlatforms(['linux/amd64', 'linux/s390x'], containerd)).toThrow(
      'Input "platforms": the builder cannot build linux/s390x (it builds linux/amd64, linux/amd64/v2, linux/arm64, linux/arm/v7). Install QEMU for it (docker/setup-qemu-action)'
    )
  })

  it.each([engines.runner, engines.legacy])(
    'several platforms on an engine that builds one: names the fix (%#)',
    engine => {
      expect(() => checkPlatforms(['linux/amd64', 'linux/arm64'], engine)).toThrow(
        /^Input "platforms": "linux\/amd64,linux\/arm64" needs a builder that builds several platforms .*setup-buildx-action.*containerd image store.*push-by-digest/
      )
    }
  )

  it('one platform is fine on every engine', () => {
    expect(checkPlatforms(['linux/amd64'], engines.legacy)).toEqual(['linux/amd64'])
  })

  it('quotes a malformed platform', () => {
    expect(() => checkPlatforms(['amd64'], containerd)).toThrow(
      'Input "platforms": "amd64" is not a platform'
    )
  })
})

describe('parseBuildxPlatforms', () => {
  it('reads the builder’s platforms, without the * buildx marks configured ones with', () => {
    const inspect = `${inspectOf('docker')}Platforms: linux/amd64, linux/amd64/v2, linux/arm64*\nLabels:\n`
    expect(parseBuildxPlatforms(inspect)).toEqual(['linux/amd64', 'linux/amd64/v2', 'linux/arm64'])
    expect(parseBuildxPlatforms(inspectOf('docker'))).toEqual([])
  })
})
