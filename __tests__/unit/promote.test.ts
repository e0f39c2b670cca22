import { describe, expect, it } from '@jest/globals'
import { parsePromote } from '../../src/input-values.js'
import {
  manifestParts,
  summarizeImages,
  uniqueBlobs,
  type ImageSummary,
  type SourceImage
} from '../../src/promote/content.js'
import { primaryImage, renderPromotion } from '../../src/promote/report.js'
import { groupTargets } from '../../src/promote/targets.js'
import { tokenUrl } from '../../src/registry/challenge.js'
import { classifyFailure } from '../../src/registry/retry.js'
import {
  networkFailure,
  registryErrorText,
  sha256,
  type RawManifest
} from '../../src/registry/repository.js'

function raw(body: object): RawManifest {
  const bytes = Buffer.from(JSON.stringify(body))
  return { bytes, mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha256(bytes) }
}

const blob = (
  digest: string,
  size: number,
  mediaType = 'application/vnd.oci.image.layer.v1.tar+gzip'
) => ({
  mediaType,
  digest,
  size
})

describe('parsePromote', () => {
  it.each([
    ['', '', false, undefined],
    ['ghcr.io/acme/app:sha-1', '', true, { from: 'ghcr.io/acme/app:sha-1', missing: 'fail' }],
    [
      ` a.io/app@sha256:${'a'.repeat(64)} `,
      'build',
      true,
      { from: `a.io/app@sha256:${'a'.repeat(64)}`, missing: 'build' }
    ]
  ])('%p, %p, push %p', (from, missing, push, expected) => {
    expect(parsePromote(from, missing, push)).toEqual(expected)
  })

  it.each([
    ['a.io/app:1', 'sometimes', true, 'Input "promote-missing": "sometimes" is not fail or build'],
    ['a.io/App:1', '', true, 'Input "promote-from": "a.io/App:1" is not a valid image reference'],
    ['a.io/app', '', true, 'Input "promote-from": "a.io/app" names no tag or digest'],
    ['a.io/app:1', '', false, 'Input "promote-from": a promotion writes tags: set push to true']
  ])('%p, %p, push %p fails, naming the input', (from, missing, push, message) => {
    expect(() => parsePromote(from, missing, push)).toThrow(message)
  })
})

describe('manifestParts', () => {
  it.each([
    [
      'an image: its config and layers',
      { config: blob('sha256:c', 2), layers: [blob('sha256:l1', 10), blob('sha256:l2', 20)] },
      [],
      ['sha256:c', 'sha256:l1', 'sha256:l2']
    ],
    [
      'an index: its manifests, no blob',
      { manifests: [blob('sha256:m1', 5), blob('sha256:m2', 6)] },
      ['sha256:m1', 'sha256:m2'],
      []
    ],
    [
      'foreign layers are left out: a registry never stores them',
      {
        config: blob('sha256:c', 2),
        layers: [
          blob('sha256:win', 9, 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip'),
          blob('sha256:l', 3)
        ]
      },
      [],
      ['sha256:c', 'sha256:l']
    ],
    ['an artifact: its blobs', { blobs: [blob('sha256:b', 1)] }, [], ['sha256:b']]
  ])('%s', (_, body, manifests, blobs) => {
    const parts = manifestParts(raw(body))
    expect(parts.manifests.map(m => m.digest)).toEqual(manifests)
    expect(parts.blobs.map(b => b.digest)).toEqual(blobs)
  })
})

describe('uniqueBlobs', () => {
  it('names each blob once, in the order first named', () => {
    const a = raw({
      config: blob('sha256:ca', 1),
      layers: [blob('sha256:base', 5), blob('sha256:a', 2)]
    })
    const b = raw({
      config: blob('sha256:cb', 1),
      layers: [blob('sha256:base', 5), blob('sha256:b', 3)]
    })
    expect(uniqueBlobs([a, b]).map(x => x.digest)).toEqual([
      'sha256:ca',
      'sha256:base',
      'sha256:a',
      'sha256:cb',
      'sha256:b'
    ])
  })
})

describe('summarizeImages', () => {
  const image = raw({
    config: blob('sha256:cfg', 2),
    layers: [blob('sha256:l1', 10), blob('sha256:l2', 20)]
  })
  it.each([
    ['a single manifest: no platform known', undefined, '', false],
    [
      'an index entry',
      { ...blob(image.digest, 1), platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      'linux/arm64/v8',
      false
    ],
    [
      'an attestation',
      {
        ...blob(image.digest, 1),
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest' }
      },
      'unknown/unknown',
      true
    ]
  ])('%s', (_, descriptor, platform, attestation) => {
    expect(
      summarizeImages([descriptor ? { descriptor, manifest: image } : { manifest: image }])
    ).toEqual([
      {
        digest: image.digest,
        configDigest: 'sha256:cfg',
        platform,
        attestation,
        layers: 2,
        compressed: 30
      }
    ])
  })

  it('leaves an index out: it is no image', () => {
    expect(summarizeImages([{ manifest: raw({ manifests: [] }) }])).toEqual([])
  })
})

describe('groupTargets', () => {
  it('groups the tags by repository, in their order; a name without tag is latest', () => {
    expect(groupTargets(['a.io/app:1', 'b.io/x/app:1', 'a.io/app:1.2', 'a.io/other'])).toEqual([
      {
        registry: 'a.io',
        repository: 'app',
        name: 'a.io/app',
        tags: [
          { reference: 'a.io/app:1', tag: '1' },
          { reference: 'a.io/app:1.2', tag: '1.2' }
        ]
      },
      {
        registry: 'b.io',
        repository: 'x/app',
        name: 'b.io/x/app',
        tags: [{ reference: 'b.io/x/app:1', tag: '1' }]
      },
      {
        registry: 'a.io',
        repository: 'other',
        name: 'a.io/other',
        tags: [{ reference: 'a.io/other', tag: 'latest' }]
      }
    ])
  })
})

const summary = (platform: string, attestation = false): ImageSummary => ({
  digest: `sha256:${platform}`,
  configDigest: `sha256:config-${platform}`,
  platform,
  attestation,
  layers: 1,
  compressed: 1000
})

describe('primaryImage', () => {
  const images = [summary('unknown/unknown', true), summary('linux/arm64'), summary('linux/amd64')]
  it.each([
    ['x64', 'linux/amd64'],
    ['arm64', 'linux/arm64'],
    ['s390x', 'linux/arm64']
  ])('on %s: %s', (arch, platform) => {
    expect(primaryImage(images, arch)?.platform).toBe(platform)
  })
  it('is the only image of a single manifest', () => {
    expect(primaryImage([summary('')], 'x64')?.platform).toBe('')
  })
})

describe('renderPromotion', () => {
  const root = raw({ manifests: [] })
  const image: SourceImage = {
    root: { ...root, mediaType: 'application/vnd.oci.image.index.v1+json' },
    children: [],
    blobs: [],
    images: [
      summary('linux/amd64'),
      summary('linux/<img src=x>|`x`'),
      summary('unknown/unknown', true)
    ]
  }
  const text = renderPromotion({
    source: 'a.io/app:sha-1',
    tags: ['a.io/app:1.2.3', 'b.io/app:1.2.3'],
    image,
    registries: [
      {
        registry: 'b.io',
        tags: ['b.io/app:1.2.3'],
        digest: root.digest,
        outcome: 'pushed',
        attempts: 3
      }
    ]
  })

  it('says where the image came from, and that nothing was built', () => {
    expect(text).toContain('Promoted from `a.io/app:sha-1` (no build).')
    expect(text).toContain(`| Digest | \`${root.digest}\` |`)
    expect(text).toContain('| Compressed (pull) | 1.00 kB (`linux/amd64`) |')
    expect(text).toContain('- `b.io/app:1.2.3`')
    expect(text).toContain('✅ pushed (3 attempts)')
    expect(text).toContain('| attestation |')
  })

  it("keeps the registry's text out of markup: a code span, no cell-ending pipe", () => {
    const row = text.split('\n').find(line => line.includes('img src'))
    expect(row).toBe(
      '| `` linux/<img src=x>\\|`x` `` | `` sha256:linux/<img src=x>\\|`x` `` | 1 | 1.00 kB |'
    )
  })
})

describe('tokenUrl with extra scopes', () => {
  it('asks for the challenge scope and each extra one', () => {
    const url = tokenUrl(
      {
        scheme: 'bearer',
        params: { realm: 'https://r.io/token', scope: 'repository:b:pull,push' }
      },
      'b',
      ['repository:a:pull']
    )
    expect(new URL(url ?? '').searchParams.getAll('scope')).toEqual([
      'repository:b:pull,push',
      'repository:a:pull'
    ])
  })
})

describe('networkFailure', () => {
  const failed = (code: string): Error =>
    new TypeError('fetch failed', { cause: Object.assign(new Error('boom'), { code }) })
  it.each([
    ['ECONNREFUSED', 'connection refused', 'transient'],
    ['ECONNRESET', 'connection reset', 'transient'],
    ['UND_ERR_SOCKET', 'connection reset', 'transient'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timed out', 'transient'],
    ['EAI_AGAIN', 'temporary failure in name resolution', 'transient'],
    ['EHOSTUNREACH', 'host unreachable', 'transient'],
    ['ENETUNREACH', 'network unreachable', 'transient'],
    ['ENOTFOUND', 'boom', 'fatal']
  ])('%s is "%s", %s for the retry policy', (code, text, kind) => {
    expect(networkFailure(failed(code))).toBe(text)
    expect(classifyFailure(`PUT on r.io: ${networkFailure(failed(code))}`)).toBe(kind)
  })
  it.each([
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
      'connection refused'
    ],
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'connection reset'],
    [Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }), 'connection reset'],
    [new Error('Request timeout: /v2/o/app/blobs/uploads/1'), 'timed out']
  ])('node\'s http: %s is "%s", transient', (error, text) => {
    expect(networkFailure(error)).toBe(text)
    expect(classifyFailure(`PUT on r.io: ${networkFailure(error)}`)).toBe('transient')
  })
})

describe('registryErrorText', () => {
  it.each([
    [
      { errors: [{ code: 'BLOB_UNKNOWN', message: 'blob unknown to registry' }] },
      'blob unknown to registry'
    ],
    [
      { errors: [{ message: 'line one\n::error::two <b>[x](y)</b> | `z`' }] },
      'line one ::error::two bx(y)/b  z'
    ],
    [{}, '']
  ])('%j', async (body, text) => {
    expect(await registryErrorText(new Response(JSON.stringify(body)))).toBe(text)
  })
  it('is empty for an answer that is not JSON', async () => {
    expect(await registryErrorText(new Response('<html>'))).toBe('')
  })
})
