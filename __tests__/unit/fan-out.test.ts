import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { layersManifest, readSavedImage } from '../../src/engine/saved-image.js'
import { indexTar } from '../../src/engine/tar.js'
import type { Inputs } from '../../src/inputs.js'
import { imageIndex, indexEntries, type MergePart } from '../../src/merge/image-index.js'
import { parseFanOut, parseMergeSource, type FanOut } from '../../src/merge/merge-inputs.js'
import { renderMerge } from '../../src/merge/report.js'
import type { RawManifest } from '../../src/registry/repository.js'
import { renderSummary } from '../../src/report/summary.js'

const D1 = `sha256:${'1'.repeat(64)}`
const D2 = `sha256:${'2'.repeat(64)}`
const D3 = `sha256:${'3'.repeat(64)}`

/** The inputs of a plain pushing build: only what parseFanOut reads matters. */
const plain = {
  push: true,
  platforms: [],
  target: '',
  buildArgs: [],
  secrets: [],
  attestations: { provenance: '', sbom: '', attests: [] },
  cacheFrom: [],
  cacheTo: []
} as unknown as Omit<Inputs, keyof FanOut>

const given = (extra: Record<string, unknown>): Omit<Inputs, keyof FanOut> => ({
  ...plain,
  ...extra
})

describe('parseFanOut', () => {
  it.each<[string, boolean, string, Record<string, unknown>, FanOut]>([
    ['neither', false, '', {}, { pushByDigest: false }],
    ['push-by-digest', true, '', {}, { pushByDigest: true }],
    [
      'a merge of a digest and a reference, comments and commas',
      false,
      `# digests\n${D1}, r.io/app@${D2}\n`,
      {},
      {
        pushByDigest: false,
        merge: [
          { text: D1, digest: D1 },
          {
            text: `r.io/app@${D2}`,
            digest: D2,
            location: { registry: 'r.io', repository: 'app' }
          }
        ]
      }
    ]
  ])('%s', (_name, pushByDigest, merge, extra, expected) => {
    expect(parseFanOut(pushByDigest, merge, given(extra))).toEqual(expected)
  })

  it.each<[string, boolean, string, Record<string, unknown>, string]>([
    [
      'push-by-digest without push',
      true,
      '',
      { push: false },
      'Input "push-by-digest": the image is pushed untagged: set push to true'
    ],
    [
      'push-by-digest with a promotion',
      true,
      '',
      { promote: { from: 'r.io/a:1', missing: 'fail' } },
      'Input "push-by-digest": a promotion builds nothing to push: remove one of them'
    ],
    [
      'push-by-digest with merge',
      true,
      D1,
      {},
      'Input "push-by-digest": a merge builds nothing to push: remove one of them'
    ],
    [
      'merge with only comments (every digest output empty)',
      false,
      '# the build job’s digests\n\n',
      {},
      'Input "merge": it names no digest (are the build jobs’ digest outputs empty?); nothing was pushed'
    ],
    [
      'merge without push',
      false,
      D1,
      { push: false },
      'Input "merge": a merge writes tags: set push to true'
    ],
    [
      'merge with platforms',
      false,
      D1,
      { platforms: ['linux/amd64'] },
      'Input "platforms": a merge builds nothing, so it has no use for it (each platform comes ' +
        'from the manifest a digest names): remove platforms from the merge step'
    ],
    [
      'merge with build-args',
      false,
      D1,
      { buildArgs: [{ name: 'A', value: '1' }] },
      'Input "build-args": a merge builds nothing'
    ],
    [
      'merge with provenance',
      false,
      D1,
      { attestations: { provenance: 'mode=max', sbom: '', attests: [] } },
      'Input "provenance": a merge builds nothing'
    ],
    [
      'a tag, not a digest',
      false,
      'r.io/app:1',
      {},
      'Input "merge": "r.io/app:1" is not a digest (sha256:…) nor a name@sha256:… reference'
    ],
    [
      'a short digest',
      false,
      'sha256:abc',
      {},
      'Input "merge": "sha256:abc" is not a digest (sha256:…) nor a name@sha256:… reference'
    ]
  ])('refuses %s', (_name, pushByDigest, merge, extra, message) => {
    expect(() => parseFanOut(pushByDigest, merge, given(extra))).toThrow(message)
  })

  it('reads a Docker Hub name as docker does', () => {
    expect(parseMergeSource(`octo/app@${D1}`).location).toEqual({
      registry: 'docker.io',
      repository: 'octo/app'
    })
  })
})

function manifest(body: object): RawManifest {
  const bytes = Buffer.from(JSON.stringify(body))
  const mediaType = (body as { mediaType: string }).mediaType
  return { bytes, mediaType, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` }
}

const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const amd64 = manifest({ mediaType: DOCKER_MANIFEST, config: { digest: D1 }, layers: [] })
const arm64Index = manifest({
  mediaType: OCI_INDEX,
  manifests: [
    {
      mediaType: OCI_MANIFEST,
      digest: D2,
      size: 500,
      platform: { architecture: 'arm64', os: 'linux' }
    },
    {
      mediaType: OCI_MANIFEST,
      digest: D3,
      size: 400,
      platform: { architecture: 'unknown', os: 'unknown' },
      annotations: {
        'vnd.docker.reference.type': 'attestation-manifest',
        'vnd.docker.reference.digest': D2
      }
    }
  ]
})

describe('the merged index', () => {
  const amd64Part: MergePart = {
    source: 'a',
    root: amd64,
    platform: { os: 'linux', architecture: 'amd64' }
  }

  it("lists an image manifest with its config's platform, and an index's entries as they are", () => {
    const entries = indexEntries([amd64Part, { source: 'b', root: arm64Index }])
    expect(entries).toEqual([
      {
        mediaType: DOCKER_MANIFEST,
        digest: amd64.digest,
        size: amd64.bytes.length,
        platform: { architecture: 'amd64', os: 'linux' }
      },
      ...(JSON.parse(arm64Index.bytes.toString()) as { manifests: unknown[] }).manifests
    ])
    const index = imageIndex(entries)
    expect(index.mediaType).toBe(OCI_INDEX)
    expect(JSON.parse(index.bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: entries
    })
    expect(index.digest).toBe(`sha256:${createHash('sha256').update(index.bytes).digest('hex')}`)
  })

  it('keeps a variant, writes a docker manifest list over docker manifests, and lists a digest once', () => {
    const arm = manifest({ mediaType: DOCKER_MANIFEST, config: { digest: D2 }, layers: [] })
    const armPart = {
      source: 'c',
      root: arm,
      platform: { os: 'linux', architecture: 'arm', variant: 'v7' }
    }
    const entries = indexEntries([amd64Part, armPart, { ...amd64Part, source: 'again' }])
    expect(entries.map(entry => entry.platform)).toEqual([
      { architecture: 'amd64', os: 'linux' },
      { architecture: 'arm', os: 'linux', variant: 'v7' }
    ])
    expect(imageIndex(entries).mediaType).toBe(
      'application/vnd.docker.distribution.manifest.list.v2+json'
    )
  })

  it('refuses two images of one platform, naming both', () => {
    const other = manifest({ mediaType: DOCKER_MANIFEST, config: { digest: D3 }, layers: [] })
    expect(() =>
      indexEntries([
        amd64Part,
        { source: 'r.io/x@sha', root: other, platform: amd64Part.platform! }
      ])
    ).toThrow(
      'Input "merge": "a" and "r.io/x@sha" are both linux/amd64 images; one index holds one image per platform. Nothing was pushed'
    )
  })
})

describe('a platform the registry gives', () => {
  it('is refused when it is more than os/architecture[/variant]', () => {
    const odd = manifest({ mediaType: DOCKER_MANIFEST, config: { digest: D3 }, layers: [] })
    const part = { source: D3, root: odd, platform: { os: 'linux', architecture: '<img src=x>' } }
    expect(() => indexEntries([part])).toThrow(
      `"${D3}": ${odd.digest} names no os/architecture[/variant] platform ("linux/<img src=x>"); nothing was pushed`
    )
  })
})

describe('renderMerge', () => {
  it('names the index, the tags, the registries and what was merged, as code', () => {
    const index = imageIndex([])
    const md = renderMerge({
      tags: ['r.io/app:1', 'r.io/app:latest'],
      index,
      sources: [D1, `r.io/app@${D2}`],
      pushed: true,
      registries: [
        {
          registry: 'r.io',
          tags: ['r.io/app:1'],
          digest: index.digest,
          outcome: 'pushed',
          attempts: 1
        }
      ]
    })
    expect(md).toContain('## 🏗️ Hoist: `r.io/app:1`')
    expect(md).toContain('Merged from 2 image(s) pushed by digest (no build).')
    expect(md).toContain(`| Digest | \`${index.digest}\` |`)
    expect(md).toContain('**Pushed tags**\n\n- `r.io/app:1`\n- `r.io/app:latest`')
    expect(md).toContain(`- \`${D1}\`\n- \`r.io/app@${D2}\``)
    expect(md).toContain('### Registries')
  })

  it('says the tags were not pushed when a budget stopped them', () => {
    const md = renderMerge({
      tags: ['r.io/app:1'],
      index: imageIndex([]),
      sources: [D1],
      pushed: false,
      registries: []
    })
    expect(md).toContain('**Tags** (not pushed)')
    expect(md).not.toContain('### Registries')
  })
})

describe('the summary of a push by digest', () => {
  it('lists what each repository holds untagged, and the tags as not pushed', () => {
    const md = renderSummary({
      imageId: 'sha256:abc',
      tags: ['r.io/a:1'],
      pushed: true,
      untagged: [`r.io/a@${D1}`],
      engine: 'docker buildx 0.13.1 (docker driver), Docker 26.1.5, classic image store',
      steps: []
    })
    expect(md).toContain(`**Pushed by digest** (no tag)\n\n- \`r.io/a@${D1}\``)
    expect(md).toContain('**Tags** (not pushed)\n\n- `r.io/a:1`')
    expect(md).not.toContain('**Pushed tags**')
  })
})

/** An archive with the files given (path → content), as `docker save` writes one. */
function archive(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-saved-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, 'in', name)), { recursive: true })
    writeFileSync(path.join(dir, 'in', name), content)
  }
  const file = path.join(dir, 'image.tar')
  execFileSync('tar', ['-C', path.join(dir, 'in'), '-cf', file, ...Object.keys(files)])
  return file
}

describe('readSavedImage', () => {
  it("reads a classic store's config and layer tars from manifest.json, a layer named twice twice", async () => {
    const file = archive({
      'manifest.json': JSON.stringify([
        {
          Config: 'abc.json',
          RepoTags: null,
          Layers: ['l1/layer.tar', 'l2/layer.tar', 'l1/layer.tar']
        }
      ]),
      'abc.json': '{"architecture":"amd64"}',
      'l1/layer.tar': Buffer.alloc(1024, 1),
      'l2/layer.tar': Buffer.alloc(2048, 2)
    })
    const entries = await indexTar(file)
    const image = await readSavedImage(file, entries, false)
    expect(image.kind).toBe('layers')
    if (image.kind !== 'layers') return
    expect(image.config.toString()).toBe('{"architecture":"amd64"}')
    expect(image.layers.map(layer => layer.size)).toEqual([1024, 2048, 1024])
    expect(image.layers[0]).toBe(image.layers[2])
  })

  it("reads an OCI layout's manifests (an index's entries first) and blobs as stored", async () => {
    const blob = (content: string): { digest: string; size: number } => ({
      digest: `sha256:${createHash('sha256').update(content).digest('hex')}`,
      size: Buffer.byteLength(content)
    })
    const config = blob('{"os":"linux"}')
    const layer = blob('gzip bytes')
    const image = JSON.stringify({ mediaType: OCI_MANIFEST, config, layers: [layer] })
    const imageDescriptor = { mediaType: OCI_MANIFEST, ...blob(image) }
    const index = JSON.stringify({ mediaType: OCI_INDEX, manifests: [imageDescriptor] })
    const at = (digest: string): string => `blobs/${digest.replace(':', '/')}`
    const file = archive({
      'index.json': JSON.stringify({ manifests: [{ mediaType: OCI_INDEX, ...blob(index) }] }),
      [at(blob(index).digest)]: index,
      [at(imageDescriptor.digest)]: image,
      [at(config.digest)]: '{"os":"linux"}',
      [at(layer.digest)]: 'gzip bytes'
    })
    const saved = await readSavedImage(file, await indexTar(file), true)
    expect(saved.kind).toBe('stored')
    if (saved.kind !== 'stored') return
    expect(saved.manifests.map(m => [m.digest, m.mediaType])).toEqual([
      [imageDescriptor.digest, OCI_MANIFEST],
      [blob(index).digest, OCI_INDEX]
    ])
    expect(saved.blobs.map(b => [b.digest, b.size])).toEqual([
      [config.digest, config.size],
      [layer.digest, layer.size]
    ])
  })

  it('names what docker save did not write', async () => {
    const file = archive({ 'index.json': JSON.stringify({ manifests: [blobRef()] }) })
    await expect(readSavedImage(file, await indexTar(file), true)).rejects.toThrow(
      `docker save wrote no blobs/sha256/${'9'.repeat(64)}`
    )
  })
})

function blobRef(): { mediaType: string; digest: string; size: number } {
  return { mediaType: OCI_MANIFEST, digest: `sha256:${'9'.repeat(64)}`, size: 2 }
}

describe('layersManifest', () => {
  it("is the manifest docker push writes for a classic store's image", () => {
    const bytes = layersManifest({ digest: D1, size: 10 }, [{ digest: D2, size: 20 }])
    expect(JSON.parse(bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: DOCKER_MANIFEST,
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 10, digest: D1 },
      layers: [
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 20, digest: D2 }
      ]
    })
  })
})
