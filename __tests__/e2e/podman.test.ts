/**
 * podman and buildah as engines, end to end, on the `podman` engine profile
 * (no docker daemon): both share one containers/storage, so podman checks
 * what either built.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { everything, maskedValues, output, runAction } from './support/action.js'
import { startCacheService } from './support/cache-service.mjs'
import { engine, makeContext, uniqueRepo } from './support/engine.js'
import { getManifest, listTags } from './support/registry.js'

jest.setTimeout(300_000)

function podman(...args: string[]): string {
  return execFileSync('podman', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/**
 * A file of an image, read without running it (as the docker profiles'
 * `fileIn`): a short-lived container's output can be lost.
 */
function fileIn(image: string, file: string): string {
  const container = podman('create', image, 'true').trim()
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-file-'))
  try {
    podman('cp', `${container}:${file}`, path.join(dir, 'file'))
    return readFileSync(path.join(dir, 'file'), 'utf8').trim()
  } finally {
    podman('rm', '--force', container)
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Every image but the base: the store of a fresh runner. */
function wipeStorage(): void {
  const bare = (id: string) => id.trim().replace(/^sha256:/, '')
  const base = bare(podman('image', 'inspect', '--format', '{{.Id}}', engine.baseImage))
  const ids = podman('images', '--all', '--quiet', '--no-trunc')
    .split('\n')
    .map(bare)
    .filter(id => id && id !== base)
  if (ids.length) podman('rmi', '--force', ...new Set(ids))
}

/** Every file under a directory, read. */
function filesUnder(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => readFileSync(path.join(entry.parentPath, entry.name), 'latin1'))
    .join('\n')
}

/** 5 MiB that gzip cannot shrink, the same on every run: the size comparison is exact. */
function fixedBytes(size: number): Buffer {
  const chunks: Buffer[] = []
  let block = createHash('sha256').update('hoist').digest()
  for (let made = 0; made < size; made += block.length) {
    chunks.push(block)
    block = createHash('sha256').update(block).digest()
  }
  return Buffer.concat(chunks).subarray(0, size)
}

/**
 * The size-report scenario's pull request delta as the docker engines give it
 * for the same Dockerfile and the same bytes (a COPY of fixedBytes): measured
 * by running this test's scenario with the docker engine on the runner profile
 * (dockerd 26.1, buildx 0.13): 5,244,632 B; on legacy (20.10): 5,244,641 B.
 * The layers differ only in their tar headers.
 */
const DOCKER_DELTA = 5_244_632

const TOOLS = ['podman', 'buildah'] as const

describe.each(TOOLS)('engine: %s', tool => {
  beforeEach(() => wipeStorage())

  it('builds a Containerfile-only app: build-arg and target reach the image, the digest is the registry’s', async () => {
    const repo = uniqueRepo(`${tool}-app`)
    const tag = `${engine.registry}/${repo}:1`
    const cwd = makeContext({
      Containerfile: [
        `FROM ${engine.baseImage} AS base`,
        'ARG GREETING=unset',
        'RUN echo "$GREETING" > /greeting',
        'FROM base AS app',
        'RUN echo app > /stage',
        'FROM base AS other',
        'RUN echo other > /stage',
        ''
      ].join('\n')
    })
    const result = await runAction({
      cwd,
      inputs: {
        engine: tool,
        tags: tag,
        target: 'app',
        'build-args': 'GREETING=hello from hoist',
        push: 'true'
      }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain(`Engine: ${tool} `)
    expect(result.log).toContain('chosen by the engine input')
    const manifest = await getManifest(engine.registry, repo, '1')
    expect(manifest?.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(output(result, 'digest')).toBe(manifest?.digest)
    expect(JSON.parse(output(result, 'pushed'))).toEqual({
      [engine.registry]: { tags: [tag], outcome: 'pushed', attempts: 1, digest: manifest?.digest }
    })
    expect(result.summary).toContain(manifest?.digest)
    const id = output(result, 'imageid')
    expect([fileIn(id, '/greeting'), fileIn(id, '/stage')]).toEqual(['hello from hoist', 'app'])
  })

  it('pushes by digest: the registry holds the image untagged, under the digest output', async () => {
    const repo = uniqueRepo(`${tool}-digest`)
    const cwd = makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo leg > /leg\n` })
    const result = await runAction({
      cwd,
      inputs: {
        engine: tool,
        tags: `${engine.registry}/${repo}:1`,
        push: 'true',
        'push-by-digest': 'true'
      }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const digest = output(result, 'digest')
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(output(result, 'image-name')).toBe(`${engine.registry}/${repo}`)
    expect(await listTags(engine.registry, repo)).toEqual([])
    expect((await getManifest(engine.registry, repo, digest))?.digest).toBe(digest)
  })

  it('pushes to two registries in one push through the relay, the image named as before', async () => {
    const repo = uniqueRepo(`${tool}-relay`)
    const registries = [engine.registry, engine.authRegistry]
    const tags = registries.map(registry => `${registry}/${repo}:1`)
    const result = await runAction({
      cwd: makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo relayed > /built\n` }),
      inputs: {
        engine: tool,
        tags: tags.join('\n'),
        push: 'true',
        registry: engine.authRegistry,
        username: engine.user,
        password: engine.password
      }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const digest = output(result, 'digest')
    const auth = { user: engine.user, password: engine.password }
    expect((await getManifest(engine.registry, repo, '1'))?.digest).toBe(digest)
    expect((await getManifest(engine.authRegistry, repo, '1', auth))?.digest).toBe(digest)
    const pushes = result.log.split('\n').filter(line => line.startsWith(`[command]${tool} push `))
    expect(pushes).toEqual([
      expect.stringMatching(
        new RegExp(
          `^\\[command\\]${tool} push --tls-verify=false --digestfile \\S+ 127\\.0\\.0\\.1:\\d+/${repo}:1$`
        )
      )
    ])
    expect(result.log).not.toContain('The relay could not write')
    const names = podman(
      'image',
      'inspect',
      '--format',
      '{{json .RepoTags}}',
      output(result, 'imageid')
    )
    expect((JSON.parse(names) as string[]).filter(name => name.startsWith('127.0.0.1:'))).toEqual(
      []
    )
    const masked = maskedValues(result)
    expect(masked.length).toBeGreaterThanOrEqual(2)
    for (const secret of masked) expect(everything(result)).not.toContain(secret)
    expect(result.post?.exitCode).toBe(0)
  })

  it('pushes to the htpasswd registry with credentials, and leaves the password nowhere', async () => {
    const repo = uniqueRepo(`${tool}-login`)
    const tag = `${engine.authRegistry}/${repo}:1`
    const result = await runAction({
      cwd: makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo built > /built\n` }),
      inputs: {
        engine: tool,
        tags: tag,
        push: 'true',
        username: engine.user,
        password: engine.password
      }
    })

    expect(result.errors).toEqual([])
    // The size report reads the image back with the credentials podman's or buildah's login wrote.
    expect(result.warnings).toEqual([])
    expect(result.exitCode).toBe(0)
    const auth = { user: engine.user, password: engine.password }
    expect(await listTags(engine.authRegistry, repo, auth)).toEqual(['1'])
    expect(output(result, 'digest')).toBe(
      (await getManifest(engine.authRegistry, repo, '1', auth))?.digest
    )
    expect(result.log).toContain('::add-mask::')
    expect(everything(result)).not.toContain(engine.password)
    // Not in the image either.
    const archive = path.join(mkdtempSync(path.join(tmpdir(), 'hoist-saved-')), 'image.tar')
    podman('save', '--output', archive, output(result, 'imageid'))
    expect(readFileSync(archive).includes(engine.password)).toBe(false)
    // The auth file lived in the run's own directory, which post removed.
    const state = JSON.parse(result.state.hoist ?? '{}') as { dockerConfig?: string }
    expect(state.dockerConfig?.startsWith(path.join(result.runnerDir, 'temp'))).toBe(true)
    expect(existsSync(state.dockerConfig ?? '')).toBe(false)
    expect(filesUnder(result.runnerDir)).not.toContain(engine.password)
    expect(result.post?.log).toContain(`Logged out of ${engine.authRegistry}`)
  })

  it('restores the layer cache onto wiped storage: the slow step comes from the cache', async () => {
    const service = await startCacheService()
    try {
      const cwd = makeContext({
        Dockerfile: [
          `FROM ${engine.baseImage} AS builder`,
          'RUN sleep 4 && dd if=/dev/urandom of=/blob bs=1M count=8 2>/dev/null',
          `FROM ${engine.baseImage}`,
          'COPY --from=builder /blob /blob',
          'ARG RUN_ID=0',
          'RUN echo "$RUN_ID" > /run-id',
          ''
        ].join('\n')
      })
      const tag = `${engine.registry}/${uniqueRepo(`${tool}-cache`)}:1`
      // One runner's own temp directory, as on a runner: the cache's folder is in it.
      const runnerTemp = mkdtempSync(path.join(tmpdir(), 'hoist-runner-temp-'))
      const build = (run: number) =>
        runAction({
          cwd,
          runnerTemp,
          sha: String(run).padStart(2, '0').repeat(20),
          inputs: { engine: tool, tags: tag, 'build-args': `RUN_ID=${run}` },
          env: { ...service.env, GITHUB_RUN_ID: String(run) }
        })

      const cold = await build(1)
      expect(cold.errors).toEqual([])
      expect(cold.warnings).toEqual([])
      expect(cold.log).toContain("Layer cache: every build step's image, saved to an archive")
      expect(cold.log).not.toContain('Using cache')
      expect(service.entries()).toHaveLength(1)
      // Every step's image, each layer once: the 8 MiB blob is in two layers (the RUN's, the
      // COPY's), not in each of the seven images that hold the COPY's.
      expect(service.entries()[0]?.size).toBeLessThan(20 * 2 ** 20)

      wipeStorage()
      const warm = await build(2)
      expect(warm.errors).toEqual([])
      expect(warm.warnings).toEqual([])
      expect(warm.log).toContain(`Layer cache restored from ${service.entries()[0]?.key ?? ''}`)
      expect(warm.log).toMatch(/Layer cache: \d+ step images loaded/)
      // The slow step, and the COPY of its output, from the restored images; the last step ran.
      const slow = warm.log.indexOf('RUN sleep 4')
      expect(slow).toBeGreaterThan(0)
      expect(warm.log.slice(slow).split('\n')[1]).toMatch(/^--> Using cache [0-9a-f]{64}$/)
      expect(warm.summary).toMatch(/Build steps<\/b>: 5, 2 cached/)
      expect(warm.seconds).toBeLessThan(cold.seconds)
    } finally {
      await service.close()
    }
  })

  it('reports the pull request size delta as the docker engines do, within 256 B', async () => {
    const repo = uniqueRepo(`${tool}-size`)
    const name = `${engine.registry}/${repo}`
    const withFiles = (dockerfile: string) => {
      const dir = makeContext({ Dockerfile: dockerfile, 'hello.txt': 'hello\n' })
      writeFileSync(path.join(dir, 'big.bin'), fixedBytes(5 * 2 ** 20))
      return dir
    }
    const dockerfile = [
      `FROM ${engine.baseImage}`,
      'ENV APP=demo',
      'RUN echo base > /etc/app && mkdir /data',
      'COPY hello.txt /data/hello.txt',
      ''
    ].join('\n')
    const base = await runAction({
      cwd: withFiles(dockerfile),
      inputs: { engine: tool, tags: `${name}:main`, push: 'true' }
    })
    expect(base.errors).toEqual([])

    const result = await runAction({
      cwd: withFiles(`${dockerfile}COPY big.bin /big.bin\n`),
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      event: { number: 7, pull_request: { number: 7, base: { ref: 'main' } } },
      inputs: { engine: tool, tags: `${name}:pr-7` }
    })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const delta = Number(output(result, 'size-delta'))
    expect(Math.abs(delta - DOCKER_DELTA)).toBeLessThan(256)
    expect(await listTags(engine.registry, repo)).toEqual(['main'])
  })
})

describe('engine input', () => {
  it('auto takes podman where no docker daemon answers, and says why', async () => {
    const result = await runAction({
      cwd: makeContext({ Dockerfile: `FROM ${engine.baseImage}\n` }),
      inputs: { tags: `${engine.registry}/${uniqueRepo('auto')}:1` }
    })
    expect(result.errors).toEqual([])
    expect(result.log).toMatch(
      /Engine: podman [\d.]+ \(no daemon\).*chosen by auto: no docker daemon/
    )
  })

  it('engine: podman where podman is missing: a clear error, nothing built', async () => {
    // A PATH with everything but podman and buildah.
    const bin = mkdtempSync(path.join(tmpdir(), 'hoist-no-podman-'))
    const repo = uniqueRepo('missing')
    const marker = `hoist-missing-${Date.now()}`
    const result = await runAction({
      cwd: makeContext({ Dockerfile: `FROM ${engine.baseImage}\nLABEL m=${marker}\n` }),
      inputs: { engine: 'podman', tags: `${engine.registry}/${repo}:1`, push: 'true' },
      env: { PATH: bin }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(
      /^Input "engine": "podman" is not usable here \(.+\); install it, or use engine: auto$/
    )
    expect(result.log).not.toContain('Build')
    expect(await listTags(engine.registry, repo)).toEqual([])
    expect(podman('images', '--filter', `label=m=${marker}`, '--quiet')).toBe('')
    expect(statSync(bin).isDirectory()).toBe(true)
  })
})
