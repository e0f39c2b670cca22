import { describe, expect, it, jest } from '@jest/globals'
import { output, runAction } from './support/action.js'
import { engine, fileIn, makeContext, uniqueRepo } from './support/engine.js'
import { listTags } from './support/registry.js'

// Two platforms, one of them under QEMU: a cold build takes tens of seconds here.
jest.setTimeout(300_000)

interface IndexEntry {
  readonly digest: string
  readonly platform?: { readonly os?: string; readonly architecture?: string }
  readonly annotations?: Record<string, string>
}

const INDEX_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ')

async function readIndex(
  registry: string,
  repository: string,
  tag: string
): Promise<{ digest: string; manifests: IndexEntry[] }> {
  const response = await fetch(`http://${registry}/v2/${repository}/manifests/${tag}`, {
    headers: { Accept: INDEX_ACCEPT }
  })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { manifests?: IndexEntry[] }
  return {
    digest: response.headers.get('docker-content-digest') ?? '',
    manifests: body.manifests ?? []
  }
}

const platformsOf = (manifests: readonly IndexEntry[]): string[] =>
  manifests
    .filter(entry => entry.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest')
    .map(entry => `${entry.platform?.os}/${entry.platform?.architecture}`)

/** The summary's row for a platform: its cells. */
function platformRow(summary: string, platform: string): string[] {
  const row = summary.split('\n').find(line => line.startsWith(`| \`${platform}\``))
  if (!row) throw new Error(`no row for ${platform} in:\n${summary}`)
  return row.split('|').map(cell => cell.trim())
}

const multiBase = process.env.HOIST_MULTI_BASE_IMAGE ?? ''
const onContainerd = engine.profile === 'containerd'

describe(`platforms on the ${engine.profile} engine`, () => {
  // Only the containerd profile builds several platforms; the others prove the refusal below.
  const onEnginesThatBuildSeveral = onContainerd ? it : undefined
  onEnginesThatBuildSeveral?.(
    'pushes one index with both platforms to two registries at once, the arm64 RUN ran as aarch64, and provenance is an attestation, not a platform',
    async () => {
      const repository = uniqueRepo('multi')
      const name = `${engine.registry}/${repository}`
      const cwd = makeContext({
        Dockerfile: `FROM ${multiBase}\nRUN uname -m > /arch\nCOPY note.txt /note.txt\n`,
        'note.txt': 'twenty-seven bytes of text\n'
      })
      const result = await runAction({
        cwd,
        inputs: {
          tags: `${name}:1\n${engine.registry2}/${repository}:1`,
          platforms: 'linux/amd64,linux/arm64',
          provenance: 'mode=max',
          push: 'true'
        }
      })
      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)

      const index = await readIndex(engine.registry, repository, '1')
      expect(output(result, 'digest')).toBe(index.digest)
      // One push through the relay wrote the index and its manifests to both.
      expect(result.log).toMatch(/^Pushing once, through Hoist's relay on /m)
      expect((await readIndex(engine.registry2, repository, '1')).digest).toBe(index.digest)
      expect(platformsOf(index.manifests).sort()).toEqual(['linux/amd64', 'linux/arm64'])
      const attestations = index.manifests.filter(
        entry => entry.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest'
      )
      expect(attestations).toHaveLength(2)

      // The arm64 image's RUN step ran as aarch64, under QEMU.
      expect(fileIn(`${name}:1`, '/arch', 'linux/arm64')).toBe('aarch64')
      expect(fileIn(`${name}:1`, '/arch', 'linux/amd64')).toBe('x86_64')

      // Each platform has its sizes; the attestations are counted apart, never a platform.
      const amd64 = platformRow(result.summary, 'linux/amd64')
      const arm64 = platformRow(result.summary, 'linux/arm64')
      for (const row of [amd64, arm64]) expect(row[2]).toMatch(/\d/)
      expect(result.summary).not.toContain('unknown/unknown')
      expect(result.summary).toContain('Attestations: 2 manifests')
      expect(result.summary).toMatch(/<b>linux\/arm64<\/b>: history/)
      expect(result.summary).toContain('COPY note.txt')
      expect(Number(output(result, 'compressed-size'))).toBeGreaterThan(0)
    }
  )

  onEnginesThatBuildSeveral?.(
    'compares each platform with the same platform of the base image',
    async () => {
      const repository = uniqueRepo('multi-compare')
      const name = `${engine.registry}/${repository}`
      const first = makeContext({ Dockerfile: `FROM ${multiBase}\nRUN echo one > /one\n` })
      const pushed = await runAction({
        cwd: first,
        inputs: { tags: `${name}:base`, platforms: 'linux/amd64,linux/arm64', push: 'true' }
      })
      expect(pushed.exitCode).toBe(0)
      const grown = makeContext({
        Dockerfile: `FROM ${multiBase}\nRUN echo one > /one\nRUN head -c 300000 /dev/urandom > /noise\n`
      })
      const compared = await runAction({
        cwd: grown,
        inputs: {
          tags: `${name}:new`,
          platforms: 'linux/arm64,linux/amd64',
          'compare-to': `${name}:base`,
          'max-size-increase': '100kB',
          'size-check': 'fail',
          push: 'true'
        }
      })
      // Each platform grew by about 300 kB: both over budget, and nothing was pushed.
      expect(compared.exitCode).toBe(1)
      expect(compared.errors.join('\n')).toMatch(/linux\/arm64: The image grew by/)
      expect(compared.errors.join('\n')).toMatch(/linux\/amd64: The image grew by/)
      expect(await listTags(engine.registry, repository)).toEqual(['base'])
      for (const platform of ['linux/amd64', 'linux/arm64']) {
        expect(platformRow(compared.summary, platform)[5]).toMatch(/^\+\d/)
      }
    }
  )

  it('refuses a platform the builder cannot build, and pushes nothing', async () => {
    const repository = uniqueRepo('multi-bad')
    const cwd = makeContext({ Dockerfile: `FROM ${engine.baseImage}\n` })
    const result = await runAction({
      cwd,
      inputs: {
        tags: `${engine.registry}/${repository}:1`,
        platforms: onContainerd ? 'linux/amd64,linux/s390x' : 'linux/amd64,linux/arm64',
        push: 'true'
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(
      onContainerd
        ? /^Input "platforms": the builder cannot build linux\/s390x \(it builds .*linux\/arm64\)/
        : /^Input "platforms": "linux\/amd64,linux\/arm64" needs a builder that builds several platforms/
    )
    expect(result.errors[0]).toMatch(onContainerd ? /setup-qemu-action/ : /setup-buildx-action/)
    expect(await listTags(engine.registry, repository)).toEqual([])
  })
})
