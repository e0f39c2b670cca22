import { describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { commands, everything, output, runAction } from './support/action.js'
import { docker, engine, fileIn, makeContext, registryAuth, uniqueRepo } from './support/engine.js'
import { startFaultProxy } from './support/fault-proxy.js'
import { listTags, type Basic } from './support/registry.js'

// Two platforms, one of them under QEMU, built three times: tens of seconds each here.
jest.setTimeout(400_000)

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')
const RELEASE = { eventName: 'push', ref: 'refs/tags/v2.4.1' }
const SEMVER_RULES = 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}'

interface Entry {
  readonly digest: string
  readonly platform?: { readonly os?: string; readonly architecture?: string }
  readonly annotations?: Record<string, string>
}

const auth = (): Basic => ({ user: engine.user, password: engine.password })
const isAttestation = (entry: Entry): boolean =>
  entry.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest'

async function getJson(
  registry: string,
  repository: string,
  kind: 'manifests' | 'blobs',
  reference: string,
  credentials?: Basic
): Promise<Record<string, unknown> & { digest: string }> {
  const headers: Record<string, string> = { Accept: ACCEPT }
  if (credentials) {
    headers.Authorization = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`
  }
  const response = await fetch(`http://${registry}/v2/${repository}/${kind}/${reference}`, {
    headers
  })
  expect([reference, response.status]).toEqual([reference, 200])
  const body = (await response.json()) as Record<string, unknown>
  return { ...body, digest: response.headers.get('docker-content-digest') ?? '' }
}

/** Each platform of an index: its layers' content (diff IDs) and the instructions that made them. */
async function platformContent(
  registry: string,
  repository: string,
  tag: string
): Promise<Record<string, { diffIds: string[]; history: string[] }>> {
  const index = await getJson(registry, repository, 'manifests', tag)
  const content: Record<string, { diffIds: string[]; history: string[] }> = {}
  for (const entry of (index.manifests as Entry[]).filter(e => !isAttestation(e))) {
    const manifest = await getJson(registry, repository, 'manifests', entry.digest)
    const configDigest = (manifest.config as { digest: string }).digest
    const config = await getJson(registry, repository, 'blobs', configDigest)
    const { diff_ids } = config.rootfs as { diff_ids: string[] }
    const history = (config.history as { created_by?: string }[]).map(h => h.created_by ?? '')
    content[`${entry.platform?.os}/${entry.platform?.architecture}`] = {
      diffIds: diff_ids,
      history
    }
  }
  return content
}

/** A context whose build would fail: a merge must never get there. */
const noBuild = (): string => makeContext({ Dockerfile: 'FROM scratch\nRUN exit 1\n' })

const onContainerd = engine.profile === 'containerd'
const multiBase = process.env.HOIST_MULTI_BASE_IMAGE ?? ''

describe(`fan-out on the ${engine.profile} engine`, () => {
  const onEnginesThatBuildSeveral = onContainerd ? it : undefined
  onEnginesThatBuildSeveral?.(
    'two push-by-digest runs and a merge give the index and tags one multi-platform run gives',
    async () => {
      const dockerfile = `FROM ${multiBase}\nRUN uname -m > /arch\nCOPY note.txt /note.txt\n`
      const files = { Dockerfile: dockerfile, 'note.txt': 'the same note on each platform\n' }
      const single = uniqueRepo('fan-single')
      const fanned = uniqueRepo('fan-merged')
      const images = (repo: string): string =>
        `${engine.registry}/${repo}\n${engine.registry2}/${repo}`

      const whole = await runAction({
        ...RELEASE,
        cwd: makeContext(files),
        inputs: {
          images: images(single),
          tags: SEMVER_RULES,
          platforms: 'linux/amd64,linux/arm64',
          push: 'true',
          cache: 'off'
        }
      })
      expect(whole.errors).toEqual([])

      const digests: string[] = []
      for (const platform of ['linux/amd64', 'linux/arm64']) {
        const leg = await runAction({
          ...RELEASE,
          cwd: makeContext(files),
          inputs: {
            images: images(fanned),
            platforms: platform,
            push: 'true',
            'push-by-digest': 'true',
            cache: 'off'
          }
        })
        expect(leg.errors).toEqual([])
        expect(output(leg, 'image-name')).toBe(
          `${engine.registry}/${fanned}\n${engine.registry2}/${fanned}`
        )
        const digest = output(leg, 'digest')
        // Pushed untagged, to both registries.
        for (const registry of [engine.registry, engine.registry2]) {
          expect(await listTags(registry, fanned)).toEqual([])
          expect((await getJson(registry, fanned, 'manifests', digest)).digest).toBe(digest)
        }
        expect(leg.summary).toContain(`- \`${engine.registry}/${fanned}@${digest}\``)
        digests.push(digest)
      }

      const merged = await runAction({
        ...RELEASE,
        cwd: noBuild(),
        inputs: {
          images: images(fanned),
          tags: SEMVER_RULES,
          push: 'true',
          merge: `# the build job's digests\n${digests[0]}\n${engine.registry}/${fanned}@${digests[1]}\n`
        }
      })
      expect(merged.errors).toEqual([])
      expect(merged.exitCode).toBe(0)
      expect(commands(merged)).toEqual([])

      // The same tags, on both registries, each the index the output names.
      const tags = await listTags(engine.registry, single)
      expect(tags).toEqual(['2.4', '2.4.1', 'latest'])
      for (const registry of [engine.registry, engine.registry2]) {
        expect(await listTags(registry, fanned)).toEqual(tags)
        for (const tag of tags) {
          const index = await getJson(registry, fanned, 'manifests', tag)
          expect([tag, index.digest]).toEqual([tag, output(merged, 'digest')])
        }
      }
      // The same shape: the platforms, and an attestation beside each.
      const shape = async (repo: string): Promise<string[]> => {
        const index = await getJson(engine.registry, repo, 'manifests', '2.4.1')
        return (index.manifests as Entry[])
          .map(e =>
            isAttestation(e) ? 'attestation' : `${e.platform?.os}/${e.platform?.architecture}`
          )
          .sort()
      }
      expect(await shape(fanned)).toEqual(await shape(single))
      expect(await shape(fanned)).toEqual([
        'attestation',
        'attestation',
        'linux/amd64',
        'linux/arm64'
      ])
      // The same content per platform: the same layers, made by the same instructions.
      expect(await platformContent(engine.registry, fanned, '2.4.1')).toEqual(
        await platformContent(engine.registry, single, '2.4.1')
      )
      const reference = `${engine.registry}/${fanned}:2.4.1`
      expect(fileIn(reference, '/arch', 'linux/arm64')).toBe('aarch64')
      expect(fileIn(reference, '/arch', 'linux/amd64')).toBe('x86_64')

      // One summary for every platform, read from the registry.
      expect(merged.summary).toContain('Merged from 2 image(s) pushed by digest (no build).')
      expect(merged.summary).toMatch(/\| `linux\/amd64` \| \d/)
      expect(merged.summary).toMatch(/\| `linux\/arm64` \| \d/)
      expect(merged.summary).toContain('Attestations: 2 manifests')
      expect(merged.summary).not.toContain('unknown/unknown')
      expect(merged.summary).toContain('COPY note.txt')
    }
  )

  it('pushes linux/amd64 untagged to an open and an htpasswd registry; the layers are what the config names', async () => {
    const repo = uniqueRepo('fan-amd64')
    const result = await runAction({
      cwd: makeContext({
        Dockerfile: `FROM ${engine.baseImage}\nRUN head -c 200000 /dev/urandom > /noise\n`
      }),
      inputs: {
        images: `${engine.registry}/${repo}\n${engine.authRegistry}/${repo}`,
        platforms: 'linux/amd64',
        push: 'true',
        'push-by-digest': 'true',
        'registry-auth': registryAuth(engine.authRegistry),
        cache: 'off'
      }
    })
    expect(result.errors).toEqual([])
    const digest = output(result, 'digest')
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(await listTags(engine.registry, repo)).toEqual([])
    expect(await listTags(engine.authRegistry, repo, auth())).toEqual([])
    expect((await getJson(engine.authRegistry, repo, 'manifests', digest, auth())).digest).toBe(
      digest
    )
    const pushed = JSON.parse(output(result, 'pushed')) as Record<string, { digest: string }>
    expect(Object.values(pushed).map(entry => entry.digest)).toEqual([digest, digest])

    // Each layer is a gzip blob whose content is the layer the config names.
    const top = await getJson(engine.registry, repo, 'manifests', digest)
    const manifest = Array.isArray(top.manifests)
      ? await getJson(
          engine.registry,
          repo,
          'manifests',
          (top.manifests as Entry[]).find(e => !isAttestation(e))?.digest ?? ''
        )
      : top
    const config = await getJson(
      engine.registry,
      repo,
      'blobs',
      (manifest.config as { digest: string }).digest
    )
    const layers = manifest.layers as { digest: string; size: number }[]
    const diffIds: string[] = []
    for (const layer of layers) {
      const blob = Buffer.from(
        await (
          await fetch(`http://${engine.registry}/v2/${repo}/blobs/${layer.digest}`)
        ).arrayBuffer()
      )
      expect(blob.length).toBe(layer.size)
      diffIds.push(`sha256:${createHash('sha256').update(gunzipSync(blob)).digest('hex')}`)
    }
    expect(diffIds).toEqual((config.rootfs as { diff_ids: string[] }).diff_ids)
    expect(Number(output(result, 'compressed-size'))).toBe(
      layers.reduce((sum, l) => sum + l.size, 0)
    )
    expect(result.summary).toContain('**Pushed by digest** (no tag)')
    // The daemon takes the manifest as a pull by digest does: every digest checked.
    docker('pull', `${engine.registry}/${repo}@${digest}`)
    expect(everything(result)).not.toContain(engine.password)

    // A budget the image exceeds, with size-check fail: measured from the registry, no tag written.
    const over = await runAction({
      ...RELEASE,
      cwd: noBuild(),
      inputs: {
        images: `${engine.registry}/${repo}`,
        tags: SEMVER_RULES,
        push: 'true',
        merge: digest,
        'max-size': '1kB',
        'size-check': 'fail'
      }
    })
    expect(over.exitCode).toBe(1)
    expect(over.errors).toHaveLength(1)
    expect(over.errors[0]).toMatch(/^linux\/amd64: .*Nothing was pushed\.$/)
    expect(await listTags(engine.registry, repo)).toEqual([])
    expect(over.summary).toContain('**Tags** (not pushed)')

    // A merge of that one digest: an index under the tags, no build.
    const merged = await runAction({
      ...RELEASE,
      cwd: noBuild(),
      inputs: {
        images: `${engine.registry}/${repo}`,
        tags: SEMVER_RULES,
        push: 'true',
        merge: digest
      }
    })
    expect(merged.errors).toEqual([])
    expect(commands(merged)).toEqual([])
    const index = await getJson(engine.registry, repo, 'manifests', '2.4.1')
    expect(index.digest).toBe(output(merged, 'digest'))
    const platforms = (index.manifests as Entry[]).filter(e => !isAttestation(e))
    expect(platforms.map(e => `${e.platform?.os}/${e.platform?.architecture}`)).toEqual([
      'linux/amd64'
    ])
  })

  it('retries the uploads a registry answers with 503, and completes', async () => {
    const proxy = await startFaultProxy(engine.authRegistry, { uploads: 2 })
    const repo = uniqueRepo('fan-503')
    try {
      const result = await runAction({
        cwd: makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo flaky > /flaky\n` }),
        inputs: {
          images: `${proxy.host}/${repo}`,
          push: 'true',
          'push-by-digest': 'true',
          'registry-auth': registryAuth(proxy.host),
          cache: 'off'
        },
        env: { HOIST_RETRY_DELAY_MS: '200' }
      })
      expect(result.errors).toEqual([])
      expect(proxy.failed).toHaveLength(2)
      expect(
        result.warnings.filter(line => /attempt \d of 4 failed .*status 503/.test(line))
      ).toHaveLength(2)
      const digest = output(result, 'digest')
      expect((await getJson(engine.authRegistry, repo, 'manifests', digest, auth())).digest).toBe(
        digest
      )
      expect(await listTags(engine.authRegistry, repo, auth())).toEqual([])
      expect(everything(result)).not.toContain(engine.password)
    } finally {
      await proxy.close()
    }
  })

  it.each([
    [
      'merge without digests',
      { merge: '# the build job gave none\n', push: 'true' },
      /^Input "merge": it names no digest/
    ],
    [
      'push-by-digest without push',
      { 'push-by-digest': 'true' },
      /^Input "push-by-digest": the image is pushed untagged: set push to true$/
    ],
    [
      'merge with platforms',
      { merge: `sha256:${'a'.repeat(64)}`, platforms: 'linux/amd64', push: 'true' },
      /^Input "platforms": a merge builds nothing/
    ],
    [
      'a digest the registry does not hold',
      { merge: `sha256:${'0'.repeat(64)}`, push: 'true' },
      /^Input "merge": "sha256:0{64}": .* has no manifest sha256:0{64}; nothing was pushed$/
    ]
  ])('%s: one clear error, nothing pushed', async (_name, inputs, error) => {
    const repo = uniqueRepo('fan-bad')
    const result = await runAction({
      ...RELEASE,
      cwd: noBuild(),
      inputs: { images: `${engine.registry}/${repo}`, tags: SEMVER_RULES, ...inputs }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(error)
    expect(commands(result)).toEqual([])
    expect(await listTags(engine.registry, repo)).toEqual([])
  })
})
