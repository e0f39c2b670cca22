import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { BUILD_COMMAND, commands, everything, output, runAction } from './support/action.js'
import { docker, engine, makeContext, registryAuth, uniqueRepo } from './support/engine.js'
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.js'
import { putBlob, putManifest } from './support/oci.js'
import {
  contentOf,
  getImageManifest,
  getManifest,
  listTags,
  type Basic,
  type Content
} from './support/registry.js'

jest.setTimeout(240_000)

const FAST_RETRIES = { HOIST_RETRY_DELAY_MS: '200' }
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const RELEASE = { eventName: 'push', ref: 'refs/tags/v1.2.3' }
const SEMVER_RULES = [
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=semver,pattern={{major}}'
].join('\n')
// flavor latest=auto adds latest on a semver tag.
const RELEASE_TAGS = ['1', '1.2', '1.2.3', 'latest']

const auth = (): Basic => ({ user: engine.user, password: engine.password })

/** The daemon's images: a build would add one. (`docker images` orders equal times at random.) */
const localImages = (): string[] => docker('images', '-qa', '--no-trunc').split('\n').sort()

/** A context whose build would fail: a promotion must never get there. */
const noBuild = (): string => makeContext({ Dockerfile: 'FROM scratch\nRUN exit 1\n' })

/** Main's run: builds and pushes `sha-<commit>` to registry A, as a workflow on main does. */
async function pushFromMain(
  repo: string,
  sha: string
): Promise<{ source: string; digest: string }> {
  const result = await runAction({
    cwd: makeContext({
      Dockerfile: `FROM ${engine.baseImage}\nRUN head -c 300000 /dev/urandom > /payload\n`
    }),
    sha,
    inputs: {
      images: `${engine.registry}/${repo}`,
      tags: 'type=sha,format=long',
      push: 'true',
      cache: 'off'
    }
  })
  expect(result.errors).toEqual([])
  return { source: `${engine.registry}/${repo}:sha-${sha}`, digest: output(result, 'digest') }
}

/** Each tag of `repository` on `registry` points at `digest`. */
async function expectTagsAt(
  registry: string,
  repository: string,
  tags: string[],
  digest: string,
  credentials?: Basic
): Promise<void> {
  expect(await listTags(registry, repository, credentials)).toEqual(tags)
  await expectEachAt(registry, repository, tags, digest, credentials)
}

async function expectEachAt(
  registry: string,
  repository: string,
  tags: string[],
  digest: string,
  credentials?: Basic
): Promise<void> {
  for (const tag of tags) {
    const manifest = await getManifest(registry, repository, tag, credentials)
    expect([tag, manifest?.digest]).toEqual([tag, digest])
  }
}

describe('promotion by digest, without a build', () => {
  const sha = randomBytes(20).toString('hex')
  const sourceRepo = uniqueRepo('promote-src')
  let main: { source: string; digest: string }
  // An image manifest on the classic store; an index (image and attestation) on the containerd store.
  let content: Content
  let imagesBefore: string[]

  beforeAll(async () => {
    main = await pushFromMain(sourceRepo, sha)
    content = await contentOf(engine.registry, sourceRepo, main.digest)
    imagesBefore = localImages()
  })

  /** The line a promotion logs for `target`, once every blob and child manifest is there. */
  const copyLine = (target: string, copied: number, mounted: number): string =>
    `${target}: ${content.blobs.length} blob(s): ${copied} copied, ${mounted} mounted, ` +
    `0 already there; ${content.children.length} child manifest(s)`

  it('points every semver tag on A and on the htpasswd registry B at the source digest', async () => {
    const targetRepo = uniqueRepo('promote-b')
    const result = await runAction({
      ...RELEASE,
      sha,
      cwd: noBuild(),
      inputs: {
        images: `${engine.registry}/${sourceRepo}\n${engine.authRegistry}/${targetRepo}`,
        tags: SEMVER_RULES,
        push: 'true',
        'promote-from': main.source,
        'registry-auth': registryAuth(engine.authRegistry)
      },
      env: FAST_RETRIES
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(commands(result)).toEqual([])
    expect(localImages()).toEqual(imagesBefore)
    await expectTagsAt(
      engine.registry,
      sourceRepo,
      [...RELEASE_TAGS, `sha-${sha}`].sort(),
      main.digest
    )
    await expectTagsAt(engine.authRegistry, targetRepo, RELEASE_TAGS, main.digest, auth())

    expect(output(result, 'digest')).toBe(main.digest)
    const pushed = JSON.parse(output(result, 'pushed')) as Record<string, { digest: string }>
    expect(Object.keys(pushed)).toEqual([engine.registry, engine.authRegistry])
    for (const entry of Object.values(pushed)) expect(entry.digest).toBe(main.digest)
    const image = await getImageManifest(engine.registry, sourceRepo, main.digest)
    const layers = image.layers.reduce((sum, layer) => sum + layer.size, 0)
    expect(output(result, 'compressed-size')).toBe(String(layers))
    expect(output(result, 'imageid')).toBe(image.config.digest)
    expect(output(result, 'tags').split('\n')).toHaveLength(8)
    expect(result.summary).toContain(`Promoted from \`${main.source}\` (no build).`)
    const blobs = content.blobs.length
    expect(result.log).toContain(copyLine(`${engine.authRegistry}/${targetRepo}`, blobs, 0))
    for (const child of content.children) {
      const manifest = await getManifest(engine.authRegistry, targetRepo, child, auth())
      expect([child, manifest?.digest]).toEqual([child, child])
    }
    expect(everything(result)).not.toContain(engine.password)
    expect(result.post?.exitCode).toBe(0)
  })

  it('mounts the blobs into another repository of the same registry', async () => {
    const targetRepo = uniqueRepo('promote-mount')
    const result = await runAction({
      ...RELEASE,
      sha,
      cwd: noBuild(),
      inputs: {
        images: `${engine.registry}/${targetRepo}`,
        tags: SEMVER_RULES,
        push: 'true',
        'promote-from': main.source,
        'promote-missing': 'fail'
      }
    })

    expect(result.errors).toEqual([])
    expect(result.log).toContain(
      copyLine(`${engine.registry}/${targetRepo}`, 0, content.blobs.length)
    )
    await expectTagsAt(engine.registry, targetRepo, RELEASE_TAGS, main.digest)
  })

  it('retries blob uploads that B answers with 503, and completes', async () => {
    const proxy = await startFaultProxy(engine.authRegistry, { uploads: 2 })
    const targetRepo = uniqueRepo('promote-503')
    try {
      const result = await runAction({
        ...RELEASE,
        sha,
        cwd: noBuild(),
        inputs: {
          images: `${proxy.host}/${targetRepo}`,
          tags: SEMVER_RULES,
          push: 'true',
          'promote-from': main.source,
          'registry-auth': registryAuth(proxy.host)
        },
        env: FAST_RETRIES
      })

      expect(result.errors).toEqual([])
      expect(proxy.failed).toHaveLength(2)
      expect(
        result.warnings.filter(line => /attempt \d of 4 failed .*status 503/.test(line))
      ).toHaveLength(2)
      await expectTagsAt(engine.authRegistry, targetRepo, RELEASE_TAGS, main.digest, auth())
      const pushed = JSON.parse(output(result, 'pushed')) as Record<string, { attempts: number }>
      expect(pushed[proxy.host]?.attempts).toBe(RELEASE_TAGS.length + 2)
      expect(everything(result)).not.toContain(engine.password)
    } finally {
      await proxy.close()
    }
  })

  it('writes no tag anywhere while B stalls mid-copy', async () => {
    // One blob goes through (its POST and PUT), then B stops answering.
    const proxy: FaultProxy = await startFaultProxy(engine.authRegistry, { stallUploadsAfter: 2 })
    const repoA = uniqueRepo('promote-stall-a')
    const repoB = uniqueRepo('promote-stall-b')
    try {
      const running = runAction({
        ...RELEASE,
        sha,
        cwd: noBuild(),
        inputs: {
          images: `${engine.registry}/${repoA}\n${proxy.host}/${repoB}`,
          tags: SEMVER_RULES,
          push: 'true',
          'promote-from': main.source,
          'registry-auth': registryAuth(proxy.host)
        }
      })
      await proxy.stalled
      expect(await listTags(engine.authRegistry, repoB, auth())).toEqual([])
      expect(await listTags(engine.registry, repoA)).toEqual([])
      proxy.release()

      const result = await running
      expect(result.errors).toEqual([])
      await expectTagsAt(engine.registry, repoA, RELEASE_TAGS, main.digest)
      await expectTagsAt(engine.authRegistry, repoB, RELEASE_TAGS, main.digest, auth())
    } finally {
      await proxy.close()
    }
  })

  it('fails on a missing source, naming it, and pushes nothing', async () => {
    const targetRepo = uniqueRepo('promote-missing')
    const missing = `${engine.registry}/${sourceRepo}:sha-${'0'.repeat(40)}`
    const result = await runAction({
      ...RELEASE,
      cwd: noBuild(),
      inputs: {
        images: `${engine.registry}/${targetRepo}\n${engine.authRegistry}/${targetRepo}`,
        tags: SEMVER_RULES,
        push: 'true',
        'promote-from': missing,
        'registry-auth': registryAuth(engine.authRegistry)
      }
    })

    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `Input "promote-from": "${missing}" does not exist (${engine.registry} has no such ` +
        `manifest in ${sourceRepo}); nothing was pushed`
    ])
    expect(commands(result)).toEqual([])
    expect(await listTags(engine.registry, targetRepo)).toEqual([])
    expect(await listTags(engine.authRegistry, targetRepo, auth())).toEqual([])
    expect(result.post?.exitCode).toBe(0)
  })

  it('builds as usual on a missing source with promote-missing: build', async () => {
    const targetRepo = uniqueRepo('promote-build')
    const missing = `${engine.registry}/${sourceRepo}:sha-${'1'.repeat(40)}`
    const result = await runAction({
      ...RELEASE,
      cwd: makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo built > /built\n` }),
      inputs: {
        images: `${engine.registry}/${targetRepo}`,
        tags: SEMVER_RULES,
        push: 'true',
        cache: 'off',
        'promote-from': missing,
        'promote-missing': 'build'
      }
    })

    expect(result.errors).toEqual([])
    expect(result.warnings.some(line => line.includes(`"${missing}" does not exist`))).toBe(true)
    expect(commands(result).some(line => BUILD_COMMAND.test(line))).toBe(true)
    await expectTagsAt(engine.registry, targetRepo, RELEASE_TAGS, output(result, 'digest'))
  })
})

describe('promotion of a multi-platform index', () => {
  const repoA = uniqueRepo('promote-index')
  let source: string
  let index: { digest: string }
  let children: string[]

  /**
   * A small image of its own content, pushed to A: the descriptor of its image
   * manifest (on the containerd store, the push is an index: its image's entry).
   */
  async function pushImage(
    content: string,
    tag: string
  ): Promise<{ mediaType: string; digest: string; size: number }> {
    const reference = `${engine.registry}/${repoA}:${tag}`
    const context = makeContext({ Dockerfile: 'FROM scratch\nCOPY file /file\n', file: content })
    docker('build', '-q', '-t', reference, context)
    docker('push', reference)
    const { mediaType, digest } = await getImageManifest(engine.registry, repoA, tag)
    const stored = await fetch(`http://${engine.registry}/v2/${repoA}/manifests/${digest}`, {
      headers: { Accept: mediaType }
    })
    return { mediaType, digest, size: (await stored.arrayBuffer()).byteLength }
  }

  beforeAll(async () => {
    const amd64 = await pushImage('amd64 content', 'amd64')
    const arm64 = await pushImage('arm64 content', 'arm64')
    // An attestation as buildx writes one: an OCI manifest with an in-toto layer.
    const config = await putBlob(engine.registry, repoA, Buffer.from('{}'))
    const statement = await putBlob(
      engine.registry,
      repoA,
      Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v0.1', subject: [] }))
    )
    const attestation = await putManifest(engine.registry, repoA, 'attestation', {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.in-toto+json', ...statement }]
    } as { mediaType: string })
    const manifests = [
      { ...amd64, platform: { os: 'linux', architecture: 'amd64' } },
      { ...arm64, platform: { os: 'linux', architecture: 'arm64' } },
      {
        mediaType: OCI_MANIFEST,
        ...attestation,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: {
          'vnd.docker.reference.type': 'attestation-manifest',
          'vnd.docker.reference.digest': amd64.digest
        }
      }
    ]
    children = manifests.map(manifest => manifest.digest)
    index = await putManifest(engine.registry, repoA, 'sha-index', {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests
    } as { mediaType: string })
    source = `${engine.registry}/${repoA}:sha-index`
  })

  it('gives A and B the same index digest, with every platform and the attestation', async () => {
    const repoB = uniqueRepo('promote-index-b')
    const result = await runAction({
      ...RELEASE,
      cwd: noBuild(),
      inputs: {
        images: `${engine.registry}/${repoA}\n${engine.authRegistry}/${repoB}`,
        tags: SEMVER_RULES,
        push: 'true',
        'promote-from': source,
        'registry-auth': registryAuth(engine.authRegistry)
      },
      env: FAST_RETRIES
    })

    expect(result.errors).toEqual([])
    expect(commands(result)).toEqual([])
    expect(output(result, 'digest')).toBe(index.digest)
    // A holds the children under their own tags too; the release tags are the index.
    await expectEachAt(engine.registry, repoA, RELEASE_TAGS, index.digest)
    await expectTagsAt(engine.authRegistry, repoB, RELEASE_TAGS, index.digest, auth())
    const copied = await getManifest(engine.authRegistry, repoB, '1.2.3', auth())
    expect(copied?.mediaType).toBe(OCI_INDEX)
    for (const child of children) {
      const manifest = await getManifest(engine.authRegistry, repoB, child, auth())
      expect([child, manifest?.digest]).toEqual([child, child])
    }
    expect(result.summary).toContain('| `linux/arm64` |')
    expect(result.summary).toContain('| attestation |')
    expect(everything(result)).not.toContain(engine.password)
  })
})
