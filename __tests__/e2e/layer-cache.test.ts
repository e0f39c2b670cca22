import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { output, ran, runAction, SUCCEEDED, type RunResult } from './support/action.js'
import {
  startCacheService,
  unreachableCacheEnv,
  type CacheService
} from './support/cache-service.mjs'
import { docker, engine, fileIn, makeContext, uniqueRepo } from './support/engine.js'

// Real builds, uploads and downloads; ten of them in one test.
jest.setTimeout(600_000)

/**
 * A builder stage with a slow step (tens of MB), then a final step that
 * changes each run; `beforeCopy` adds to the final stage ahead of the COPY.
 */
function slowDockerfile(megabytes: number, beforeCopy: string[] = []): string {
  return [
    `FROM ${engine.baseImage} AS builder`,
    `RUN dd if=/dev/urandom of=/blob bs=1M count=${megabytes} 2>/dev/null && echo built`,
    `FROM ${engine.baseImage} AS final`,
    ...beforeCopy,
    'COPY --from=builder /blob /blob',
    'ARG RUN_ID=0',
    'RUN echo "$RUN_ID" > /run-id',
    ''
  ].join('\n')
}

/** Stopped containers, every image but the base, and all build cache: the daemon of a fresh runner. */
function wipeEngine(): void {
  docker('container', 'prune', '--force')
  const base = docker('image', 'inspect', '--format', '{{.Id}}', engine.baseImage)
  const others = () => [
    ...new Set(
      docker('image', 'ls', '--all', '--quiet', '--no-trunc')
        .split('\n')
        .filter(id => id && id !== base)
    )
  ]
  // An image that another one (the classic builder's step images) is made from goes once its
  // children have: each pass removes what it can, until none is left or a pass removes none.
  for (let ids = others(); ids.length > 0;) {
    let failure: Error | undefined
    try {
      docker('image', 'rm', '--force', ...ids)
    } catch (error) {
      failure = error as Error
    }
    const left = others()
    if (failure && left.length >= ids.length) throw failure
    ids = left
  }
  docker('builder', 'prune', '--all', '--force')
}

/** The summary's step row for an instruction, e.g. `RUN dd`. */
function stepRow(result: RunResult, instruction: string): string {
  const row = result.summary.split('\n').find(line => line.includes(`\`${instruction}`))
  if (!row) throw new Error(`no step "${instruction}" in the summary:\n${result.summary}`)
  return row
}

let service: CacheService
let cwd: string
let tag: string
/** One runner's RUNNER_TEMP: the cache's directory, part of its version, is the same each run. */
let runnerTemp: string

beforeEach(async () => {
  wipeEngine()
  runnerTemp = mkdtempSync(path.join(tmpdir(), 'hoist-runner-temp-'))
  service = await startCacheService()
  cwd = makeContext({ Dockerfile: slowDockerfile(20) })
  tag = `${engine.registry}/${uniqueRepo('cache')}:1`
})

afterEach(async () => {
  await service.close()
  rmSync(runnerTemp, { recursive: true, force: true })
})

function build(
  run: number,
  extra: {
    inputs?: Record<string, string>
    env?: object
    wrapper?: string[]
    eventName?: string
    cancelOn?: string
  } = {}
) {
  return runAction({
    cwd,
    ...(extra.cancelOn ? { cancelOn: extra.cancelOn } : {}),
    ...(extra.eventName ? { eventName: extra.eventName } : {}),
    sha: `${String(run).padStart(2, '0')}`.repeat(20),
    inputs: { tags: tag, 'build-args': `RUN_ID=${run}`, ...extra.inputs },
    env: { ...service.env, GITHUB_RUN_ID: String(run), ...(extra.env ?? {}) },
    runnerTemp,
    ...(extra.wrapper ? { wrapper: extra.wrapper } : {})
  })
}

/**
 * The step under another host name, as in a job container: the daemon is
 * elsewhere. bash, as sh drops variables whose names hold a dash (INPUT_BUILD-ARGS).
 */
const IN_A_JOB_CONTAINER = ['unshare', '--uts', 'bash', '-c', 'hostname other && exec "$@"', '-']

/** Entries one save stores: inline, the target's and the builder's own layers; local, one export. */
const ENTRIES_PER_SAVE = engine.can.cacheStrategy === 'inline' ? 2 : 1

/** An engine that cannot export a cache: inline-cache images, served or loaded. */
function inlineCacheTests(): void {
  it('restores onto a wiped engine: the builder stage and its slow step are CACHED', async () => {
    const cold = await build(1)
    expect(ran(cold)).toEqual(SUCCEEDED)
    expect(cold.warnings).toEqual([])
    expect(cold.log).toContain('Layer cache: inline cache in the target and every stage it needs')
    expect(cold.log).toContain('Building stage "builder"')
    expect(output(cold, 'cache-hit')).toBe('false')
    expect(stepRow(cold, 'RUN dd')).not.toContain('✅')
    // The builder's own layer in an entry of its own, named by its digest; then the rest.
    expect(service.entries().map(entry => entry.key)).toEqual([
      expect.stringMatching(/^hoist-v3-layers-[0-9a-f]{12}-[0-9a-f]{24}$/),
      expect.stringMatching(/^hoist-v3-Linux-X64-cache-[a-z0-9]+-[0-9a-f]{12}-010101010101-1$/)
    ])
    expect(cold.summary).toContain('| Restored | nothing: a cold build |')
    expect(cold.summary).toContain('| Saved | in the post step |')
    expect(cold.summary).toMatch(/\*\*Layer cache\*\* saved: \d+(\.\d+)? MB as `hoist-v3-/)
    const [stageLayers, first] = service.entries().map(entry => entry.key)

    wipeEngine()
    const warm = await build(2)

    expect(ran(warm)).toEqual(SUCCEEDED)
    expect(warm.warnings).toEqual([])
    expect(warm.log).toContain(`Layer cache restored from ${first ?? ''}`)
    // The builder's own layer was never downloaded: the final image's layers made it unneeded.
    expect(warm.log).not.toContain(`restoring ${stageLayers ?? ''}`)
    // Served to the daemon on this host, which pulls only the layers it needs.
    expect(warm.log).toMatch(/Layer cache images, served to the build on 127\.0\.0\.1:\d+ /)
    expect(warm.log).toMatch(/--cache-from 127\.0\.0\.1:\d+\/hoist-cache\/[0-9a-f]+:target/)
    // Of the base, builder, COPY and last layers, the build pulled the COPY's alone: the
    // daemon has the base, and the final image's layers make the builder's unneeded.
    expect(warm.log).toContain('Layer cache: the build pulled 1 of the 4 layers served')
    expect(warm.summary).toMatch(/\| Pulled by the build \| 2\d\.\d MB: 1 of 4 layers \|/)
    expect(output(warm, 'cache-hit')).toBe('false') // a restore key matched, not this run's key
    // The builder stage's slow step and the COPY from it came from the restored cache…
    expect(stepRow(warm, 'RUN dd')).toContain('✅')
    expect(stepRow(warm, 'COPY --from=builder')).toContain('✅')
    expect(warm.log).toMatch(/#(\d+) \[builder 2\/2\] RUN dd[^\n]*\n(?:#\1 [^\n]*\n)*?#\1 CACHED/)
    // …and only the step that changed ran.
    expect(stepRow(warm, 'RUN echo')).not.toContain('✅')
    expect(warm.summary).toMatch(/\| Steps cached \| 2 of 3 \|/)
    expect(fileIn(output(warm, 'imageid'), '/run-id')).toBe('2')
    // Saved again: the target's entry alone; the builder's layers are stored already.
    expect(service.entries()).toHaveLength(3)
    // The builder stage came whole from the cache: its restored image is saved again as it is.
    expect(warm.log).toContain('Stage "builder" came whole from the cache')
    expect(warm.log).not.toContain('Building stage "builder"')

    // A change ahead of the COPY: the final image's layers no longer match, and the
    // builder stage's slow step comes from the builder's image alone, kept by run 2.
    wipeEngine()
    writeFileSync(path.join(cwd, 'Dockerfile'), slowDockerfile(20, ['RUN echo changed > /changed']))
    const changed = await build(3)
    expect(ran(changed)).toEqual(SUCCEEDED)
    expect(changed.warnings).toEqual([])
    expect(changed.log).toContain(`Layer cache restored from ${service.entries()[2]?.key ?? ''}`)
    // The COPY needs the builder's layer: its entry, saved by run 1, is downloaded now.
    expect(changed.log).toContain(
      `a build step needs a stage's own layers; restoring ${stageLayers ?? ''}`
    )
    expect(stepRow(changed, 'RUN dd')).toContain('✅')
    expect(stepRow(changed, 'COPY --from=builder')).not.toContain('✅')
    // Now the builder's layer is what the COPY needs, and the one pulled.
    expect(changed.log).toContain('Layer cache: the build pulled 1 of the 4 layers served')
    expect(fileIn(output(changed, 'imageid'), '/changed')).toBe('changed')

    // The service's token is a secret: in no log, state or summary.
    const token = service.env.ACTIONS_RUNTIME_TOKEN ?? ''
    for (const run of [cold, warm, changed]) {
      expect(
        run.log + (run.post?.log ?? '') + run.summary + JSON.stringify(run.state)
      ).not.toContain(token)
    }
  })

  it('loads the images into a daemon on another host, which cannot reach 127.0.0.1 here', async () => {
    expect(ran(await build(1))).toEqual(SUCCEEDED)
    wipeEngine()
    const restored = await build(2, { wrapper: IN_A_JOB_CONTAINER })
    expect(ran(restored)).toEqual(SUCCEEDED)
    expect(restored.warnings).toEqual([])
    expect(restored.log).toContain('Layer cache images, loaded (the daemon is not on this host)')
    expect(restored.log).not.toContain('--cache-from 127.0.0.1')
    expect(stepRow(restored, 'RUN dd')).toContain('✅')
    expect(stepRow(restored, 'COPY --from=builder')).toContain('✅')
    expect(restored.log).toContain('Stage "builder" came whole from the cache')
    expect(fileIn(output(restored, 'imageid'), '/run-id')).toBe('2')
    expect(restored.post?.log).toContain('Layer cache saved as')
    expect(service.entries()).toHaveLength(3)
  })

  it('stays bounded: ten builds in a row, each with a changed last step', async () => {
    const sizes: number[] = []
    for (let run = 1; run <= 10; run++) {
      const result = await build(run)
      expect(ran(result)).toEqual(SUCCEEDED)
      expect(result.warnings).toEqual([])
      sizes.push(service.entries().at(-1)?.size ?? 0)
    }
    // The builder's own layer was stored once, by the first build; each build saved its target.
    const keys = service.entries().map(entry => entry.key)
    expect(keys.filter(key => key.includes('-layers-'))).toHaveLength(1)
    expect(keys).toHaveLength(11)
    expect(sizes[0]).toBeGreaterThan(15_000_000) // the 20 MB of random data, compressed
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1.5 * (sizes[0] ?? 0))
  })

  it("runs a stage's steps again when the cache lost the stage's own layers", async () => {
    expect(ran(await build(1))).toEqual(SUCCEEDED)
    const [stageLayers] = service.entries().map(entry => entry.key)
    service.evict(stageLayers ?? '')
    wipeEngine()
    writeFileSync(path.join(cwd, 'Dockerfile'), slowDockerfile(20, ['RUN echo changed > /changed']))
    const result = await build(2)
    expect(ran(result)).toEqual(SUCCEEDED)
    expect(result.warnings).toEqual([])
    expect(result.log).toContain(
      `${stageLayers ?? ''} is no longer stored; its stage's steps run again`
    )
    expect(stepRow(result, 'RUN dd')).not.toContain('✅')
    expect(fileIn(output(result, 'imageid'), '/changed')).toBe('changed')
    // The builder's layers are stored again, for the next build that needs them.
    expect(result.post?.log).toContain("Layer cache: a stage's own layers saved as")
  })

  it("stores a stage's own layers again when the cache dropped them", async () => {
    expect(ran(await build(1))).toEqual(SUCCEEDED)
    const [stageLayers] = service.entries().map(entry => entry.key)
    service.evict(stageLayers ?? '')
    // The daemon still has the builder's layers: the stage is built again from them, the same.
    const result = await build(2)
    expect(ran(result)).toEqual(SUCCEEDED)
    expect(result.warnings).toEqual([])
    expect(result.log).toContain('Building stage "builder"')
    expect(result.post?.log).toContain(`${stageLayers ?? ''} is no longer stored; storing it again`)
    expect(result.post?.log).toContain(`a stage's own layers saved as ${stageLayers ?? ''}`)
    expect(service.entries().map(entry => entry.key)).toContain(stageLayers)

    // Stored again, it serves the next run on a wiped engine.
    wipeEngine()
    writeFileSync(path.join(cwd, 'Dockerfile'), slowDockerfile(20, ['RUN echo changed > /changed']))
    const next = await build(3)
    expect(next.log).toContain(`restoring ${stageLayers ?? ''}`)
    expect(stepRow(next, 'RUN dd')).toContain('✅')
  })

  it('keeps a stage that receives a secret-looking build-arg out of the cache', async () => {
    const token = 'npm_e2e-token-value-7f3a9c'
    writeFileSync(
      path.join(cwd, 'Dockerfile'),
      [
        `FROM ${engine.baseImage} AS builder`,
        'ARG NPM_TOKEN',
        'RUN echo "$NPM_TOKEN" > /npmrc && echo built > /out',
        `FROM ${engine.baseImage} AS final`,
        'COPY --from=builder /out /out',
        'ARG RUN_ID=0',
        'RUN echo "$RUN_ID" > /run-id',
        ''
      ].join('\n')
    )

    const result = await build(1, { inputs: { 'build-args': `NPM_TOKEN=${token}\nRUN_ID=1` } })

    expect(ran(result)).toEqual(SUCCEEDED)
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^Input "build-args": NPM_TOKEN look\(s\) like a secret\..*secrets input/
      ),
      // The advice says so of the Dockerfile's ARG line, too.
      expect.stringMatching(/secret/i)
    ])
    expect(result.log).toContain(
      'Stage "builder" is not cached: it receives the build-arg(s) NPM_TOKEN'
    )
    expect(result.log).not.toContain('Building stage "builder"')
    expect(result.summary).toContain('| Not cached | stage `builder`: it receives `NPM_TOKEN`')
    // The final image is cached; the builder's layers and history are in no stored archive.
    expect(result.post?.log).toContain('Layer cache saved as')
    expect(service.entries()).toHaveLength(1)
    for (const entry of service.entries()) {
      const archive = execFileSync('zstd', ['-dc', entry.file], { maxBuffer: 1 << 30 })
      expect(archive.includes('run-id')).toBe(true) // an archive of the image, readable here
      expect(archive.includes(token)).toBe(false)
    }
  })

  it('stops the build and the cache server when cancelled; post still cleans up', async () => {
    expect(ran(await build(1))).toEqual(SUCCEEDED)
    // The output, not the step's name, says the RUN is under way.
    writeFileSync(
      path.join(cwd, 'Dockerfile'),
      slowDockerfile(20, ['RUN echo "cancel-$((1 + 1))-me" && sleep 97'])
    )

    const result = await build(2, { cancelOn: 'cancel-2-me' })

    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([expect.stringMatching(/^Cancelled \(SIGTERM\)/)])
    expect(result.seconds).toBeLessThan(60)
    // The step's RUN (a process of this host, in its container) and its docker build are gone.
    const state = JSON.parse(result.state.hoist ?? '{}') as { tempDir?: string; cacheDir?: string }
    const running = (): string[] =>
      execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
        .split('\n')
        .filter(line => line.trim() === 'sleep 97' || line.includes(state.tempDir ?? '?'))
    expect(running()).toEqual([])
    const port = /served to the build on 127\.0\.0\.1:(\d+)/.exec(result.log)?.[1]
    expect(port).toBeDefined()
    await expect(fetch(`http://127.0.0.1:${port ?? ''}/v2/`)).rejects.toThrow()
    // Post: nothing saved from a cancelled build; this run's folders removed.
    expect(result.post?.exitCode).toBe(0)
    expect(service.entries()).toHaveLength(2)
    for (const dir of [state.tempDir, state.cacheDir]) {
      expect(dir && existsSync(dir)).toBe(false)
    }
  })
}

/** An engine that exports a cache (the containerd store, a container builder): buildx's local cache. */
function localCacheTests(): void {
  it('restores onto a wiped engine: every stage from one export (mode=max), its slow step CACHED', async () => {
    const cold = await build(1)
    expect(ran(cold)).toEqual(SUCCEEDED)
    expect(cold.warnings).toEqual([])
    expect(cold.log).toContain('Layer cache: buildx local cache (mode=max)')
    expect(cold.log).toMatch(/--cache-to type=local,dest=[^ ]+,mode=max/)
    expect(stepRow(cold, 'RUN dd')).not.toContain('✅')
    expect(service.entries().map(entry => entry.key)).toEqual([
      expect.stringMatching(/^hoist-v3-Linux-X64-cache-[a-z0-9]+-[0-9a-f]{12}-010101010101-1$/)
    ])

    wipeEngine()
    const warm = await build(2)
    expect(ran(warm)).toEqual(SUCCEEDED)
    expect(warm.warnings).toEqual([])
    expect(warm.log).toContain(`Layer cache restored from ${service.entries()[0]?.key ?? ''}`)
    expect(warm.log).toMatch(/--cache-from type=local,src=[^ ]+/)
    expect(stepRow(warm, 'RUN dd')).toContain('✅')
    expect(stepRow(warm, 'COPY --from=builder')).toContain('✅')
    expect(stepRow(warm, 'RUN echo')).not.toContain('✅')
    expect(fileIn(output(warm, 'imageid'), '/run-id')).toBe('2')
    expect(warm.post?.log).toContain('Layer cache saved as')

    // A change ahead of the COPY: the builder stage still comes from the export.
    wipeEngine()
    writeFileSync(path.join(cwd, 'Dockerfile'), slowDockerfile(20, ['RUN echo changed > /changed']))
    const changed = await build(3)
    expect(ran(changed)).toEqual(SUCCEEDED)
    expect(changed.warnings).toEqual([])
    expect(stepRow(changed, 'RUN dd')).toContain('✅')
    expect(stepRow(changed, 'COPY --from=builder')).not.toContain('✅')
    expect(fileIn(output(changed, 'imageid'), '/changed')).toBe('changed')
  })

  it('restores the same way in a job container: the export goes through the client, not the daemon', async () => {
    expect(ran(await build(1))).toEqual(SUCCEEDED)
    wipeEngine()
    const restored = await build(2, { wrapper: IN_A_JOB_CONTAINER })
    expect(ran(restored)).toEqual(SUCCEEDED)
    expect(restored.warnings).toEqual([])
    expect(stepRow(restored, 'RUN dd')).toContain('✅')
    expect(stepRow(restored, 'COPY --from=builder')).toContain('✅')
    expect(fileIn(output(restored, 'imageid'), '/run-id')).toBe('2')
  })

  it('stays bounded: ten builds in a row, each with a changed last step', async () => {
    const sizes: number[] = []
    for (let run = 1; run <= 10; run++) {
      const result = await build(run)
      expect(ran(result)).toEqual(SUCCEEDED)
      expect(result.warnings).toEqual([])
      sizes.push(service.entries().at(-1)?.size ?? 0)
    }
    expect(service.entries()).toHaveLength(10)
    expect(sizes[0]).toBeGreaterThan(15_000_000) // the 20 MB of random data, compressed
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1.5 * (sizes[0] ?? 0))
  })

  it('saves nothing when a stage receives a secret-looking build-arg: the export holds every stage', async () => {
    writeFileSync(
      path.join(cwd, 'Dockerfile'),
      [
        `FROM ${engine.baseImage} AS builder`,
        'ARG NPM_TOKEN',
        'RUN echo "$NPM_TOKEN" > /npmrc && echo built > /out',
        `FROM ${engine.baseImage} AS final`,
        'COPY --from=builder /out /out',
        ''
      ].join('\n')
    )
    const result = await build(1, { inputs: { 'build-args': 'NPM_TOKEN=npm_e2e-local-token-41' } })
    expect(ran(result)).toEqual(SUCCEEDED)
    expect(result.warnings).toEqual([
      expect.stringMatching(/^Input "build-args": NPM_TOKEN look\(s\) like a secret\./),
      // The advice says so of the Dockerfile's ARG line, too.
      expect.stringMatching(/secret/i)
    ])
    expect(service.entries()).toHaveLength(0)
  })
}

describe('layer cache', () => {
  if (engine.can.cacheStrategy === 'inline') inlineCacheTests()
  else localCacheTests()

  it('removes the restored cache when the build fails', async () => {
    expect(ran(await build(1))).toEqual(SUCCEEDED)
    writeFileSync(path.join(cwd, 'Dockerfile'), slowDockerfile(20, ['RUN exit 3']))
    const failed = await build(2)
    expect(failed.exitCode).toBe(1)
    expect(failed.log).toContain('Layer cache restored from')
    expect(failed.post?.exitCode).toBe(0)
    // The runner's own temp directory held it, not the host's shared one.
    const { cacheDir } = JSON.parse(failed.state.hoist ?? '{}') as { cacheDir?: string }
    expect(cacheDir).toContain(path.join(runnerTemp, 'hoist-layer-cache-'))
    expect(existsSync(cacheDir ?? '')).toBe(false)
    expect(readdirSync(runnerTemp).filter(name => name.startsWith('hoist-layer-cache-'))).toEqual(
      []
    )
    expect(service.entries()).toHaveLength(ENTRIES_PER_SAVE)
  })

  it('does not save on an exact hit, when nothing new was built, nor when read-only', async () => {
    expect(ran(await build(1))).toEqual(SUCCEEDED)
    const rerun = await build(1)
    expect(ran(rerun)).toEqual(SUCCEEDED)
    expect(output(rerun, 'cache-hit')).toBe('true')
    expect(rerun.log).toContain('Layer cache not saved: this key was restored exactly')

    const same = await build(1, { env: { GITHUB_RUN_ID: '2' } })
    expect(ran(same)).toEqual(SUCCEEDED)
    expect(output(same, 'cache-hit')).toBe('false')
    expect(same.log).toContain('Layer cache not saved: every step came from the restored cache')
    expect(same.summary).toMatch(/\| Steps cached \| 3 of 3 \|/)

    const readOnly = await build(3, { inputs: { cache: 'read-only' } })
    expect(ran(readOnly)).toEqual(SUCCEEDED)
    expect(readOnly.log).toContain('Layer cache not saved: the cache is read-only')
    expect(service.entries()).toHaveLength(ENTRIES_PER_SAVE) // the first build's

    const off = await build(4, { inputs: { cache: 'off' } })
    expect(ran(off)).toEqual(SUCCEEDED)
    expect(off.log).toContain('Layer cache: off (the cache input is off)')
    expect(off.log).not.toContain('Layer cache key')
    expect(service.entries()).toHaveLength(ENTRIES_PER_SAVE)
  })

  it('only reads the cache on pull request events, unless the workflow says read-write', async () => {
    expect(ran(await build(1))).toEqual(SUCCEEDED)
    const pullRequest = await build(2, { eventName: 'pull_request' })
    expect(ran(pullRequest)).toEqual(SUCCEEDED)
    expect(pullRequest.log).toContain('Layer cache restored from')
    expect(pullRequest.log).toContain('Layer cache not saved: the cache is read-only')
    const target = await build(3, { eventName: 'pull_request_target' })
    expect(target.log).toContain('Layer cache not saved: the cache is read-only')
    expect(target.warnings).toEqual([])
    expect(service.entries()).toHaveLength(ENTRIES_PER_SAVE)

    const asked = await build(4, {
      eventName: 'pull_request_target',
      inputs: { cache: 'read-write' }
    })
    expect(ran(asked)).toEqual(SUCCEEDED)
    expect(asked.warnings).toEqual([
      expect.stringMatching(/^Input "cache" is read-write on pull_request_target: .*base branch/)
    ])
    expect(asked.post?.log).toContain('Layer cache saved as')
    expect(service.entries()).toHaveLength(ENTRIES_PER_SAVE + 1)
  })

  const failures: [string, (s: CacheService) => Promise<Record<string, string>>][] = [
    ['is down', () => unreachableCacheEnv()],
    [
      'answers errors',
      s => {
        s.mode = 'error'
        return Promise.resolve({})
      }
    ],
    [
      'refuses the save (another job took the key)',
      s => {
        s.mode = 'taken'
        return Promise.resolve({})
      }
    ]
  ]

  it.each(failures)('builds with a warning when the cache service %s', async (_, breakIt) => {
    const env = await breakIt(service)
    const result = await build(1, { env })
    expect(ran(result)).toEqual(SUCCEEDED)
    expect(result.errors).toEqual([])
    expect(result.warnings.join('\n')).toMatch(/layer cache was not saved/)
    expect(result.summary).toContain('**Layer cache** not saved: failed: ')
    expect(result.post?.exitCode).toBe(0)
    expect(fileIn(output(result, 'imageid'), '/run-id')).toBe('1')
  })

  it('builds with a warning from a partial archive, and saves a good one', async () => {
    expect(ran(await build(1))).toEqual(SUCCEEDED)
    service.truncateArchives()
    wipeEngine()
    const result = await build(2)
    expect(ran(result)).toEqual(SUCCEEDED)
    expect(result.errors).toEqual([])
    expect(result.warnings.length).toBeGreaterThan(0)
    expect(stepRow(result, 'RUN dd')).not.toContain('✅')
    expect(service.entries()).toHaveLength(2 * ENTRIES_PER_SAVE)
  })

  it("passes the workflow's own cache-from through, and keeps no cache of its own", async () => {
    const first = await build(1, { inputs: { cache: 'off' } })
    const source = `${engine.registry}/${uniqueRepo('cache-from')}:cache`
    docker('tag', output(first, 'imageid'), source)

    const result = await build(2, { inputs: { 'cache-from': source } })
    expect(ran(result)).toEqual(SUCCEEDED)
    expect(result.log).toContain("Layer cache: the workflow's cache-from / cache-to, as given")
    expect(result.log).toMatch(new RegExp(`\\[command\\][^\\n]* --cache-from ${source} `))
    expect(result.log).not.toContain('BUILDKIT_INLINE_CACHE')
    expect(service.entries()).toHaveLength(0)
  })

  it('takes a cache-to where the engine can export it, and fails clearly before anything runs where it cannot', async () => {
    const dest = path.join(mkdtempSync(path.join(tmpdir(), 'hoist-cache-to-')), 'cache')
    const result = await build(1, { inputs: { 'cache-to': `type=local,dest=${dest},mode=max` } })
    if (engine.can.cacheStrategy === 'local') {
      expect(ran(result)).toEqual(SUCCEEDED)
      expect(result.log).toContain("Layer cache: the workflow's cache-from / cache-to, as given")
      expect(existsSync(path.join(dest, 'index.json'))).toBe(true)
      expect(service.entries()).toHaveLength(0)
    } else {
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toMatch(
        /^Input "cache-to": "type=local,dest=[^"]+" cannot be exported by this engine \(/
      )
      expect(result.log).not.toContain('[command]')
    }
  })

  it('fails clearly on a bad cache mode, building nothing', async () => {
    const result = await build(1, { inputs: { cache: 'sometimes' } })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'Input "cache": "sometimes" is not a cache mode; use read-write, read-only or off'
    ])
    expect(result.log).not.toContain('[command]')
    expect(service.entries()).toHaveLength(0)
  })
})
