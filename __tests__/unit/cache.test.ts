import { describe, expect, it } from '@jest/globals'
import {
  cacheDirectory,
  cacheImage,
  cacheKeys,
  imageRepository,
  stageLayersDirectory,
  stageLayersKey,
  type CacheKeyParts
} from '../../src/cache/keys.js'
import {
  chooseStrategy,
  decideSave,
  inlineCacheArgs,
  localCacheArgs,
  mergeSteps,
  parseLoadedImages,
  stageLabel,
  stageReused,
  userCacheArgs,
  workSteps,
  type StrategyChoice
} from '../../src/cache/strategy.js'
import { distinctImages } from '../../src/cache/build.js'
import type { BuildStep } from '../../src/engine/progress.js'
import { runnerTemp } from '../../src/context.js'
import { parseCacheMode } from '../../src/input-values.js'
import { renderCacheSaved, renderCacheSection } from '../../src/report/cache.js'

const parts: CacheKeyParts = {
  os: 'Linux',
  arch: 'X64',
  image: 'ghcr.io/octo-org/app',
  file: 'docker/Dockerfile',
  target: 'final',
  scope: '',
  sha: '0123456789abcdef0123456789abcdef01234567',
  runId: '42'
}

describe('cacheKeys', () => {
  const keys = cacheKeys(parts)

  it('is a readable prefix, a subject id, then the commit and run', () => {
    expect(keys.key).toBe(`hoist-v3-Linux-X64-app-${keys.id}-0123456789ab-42`)
    expect(keys.id).toMatch(/^[0-9a-f]{12}$/)
    expect(keys.restoreKeys).toEqual([`hoist-v3-Linux-X64-app-${keys.id}-`])
  })

  it('shares the prefix across commits and runs: a PR finds its base branch', () => {
    const other = cacheKeys({ ...parts, sha: 'f'.repeat(40), runId: '43' })
    expect(other.restoreKeys).toEqual(keys.restoreKeys)
    expect(other.key).not.toBe(keys.key)
  })

  it.each<[string, Partial<CacheKeyParts>]>([
    ['image', { image: 'ghcr.io/octo-org/other' }],
    ['Dockerfile', { file: 'Dockerfile' }],
    ['target', { target: 'test' }],
    ['scope', { scope: 'arm64' }],
    ['OS', { os: 'Windows' }],
    ['architecture', { arch: 'ARM64' }]
  ])('a different %s is a different cache', (_, change) => {
    const other = cacheKeys({ ...parts, ...change })
    expect(other.restoreKeys[0]).not.toBe(keys.restoreKeys[0])
    expect(keys.key.startsWith(other.restoreKeys[0] ?? '')).toBe(false)
  })

  it('is case-blind in the target, as BuildKit is', () => {
    expect(cacheKeys({ ...parts, target: 'FINAL' }).key).toBe(keys.key)
  })

  it('never holds a comma, and copes with an untagged build without a sha', () => {
    const odd = cacheKeys({ ...parts, image: '', file: 'a,b/Dockerfile', sha: '', runId: '' })
    expect(odd.key).not.toContain(',')
    expect(odd.key).toMatch(/^hoist-v3-Linux-X64-image-[0-9a-f]{12}-nosha-0$/)
  })
})

describe('stageLayersKey, stageLayersDirectory', () => {
  it('names layers by their digests, in any order, apart from the images entries', () => {
    const key = stageLayersKey('abc', ['sha256:2', 'sha256:1'])
    expect(key).toMatch(/^hoist-v3-layers-abc-[0-9a-f]{24}$/)
    expect(stageLayersKey('abc', ['sha256:1', 'sha256:2', 'sha256:1'])).toBe(key)
    expect(stageLayersKey('abc', ['sha256:1'])).not.toBe(key)
    expect(key.startsWith(cacheKeys(parts).restoreKeys[0] ?? '')).toBe(false)
  })

  it("keeps a fixed directory per stage, beside the cache's", () => {
    expect(
      stageLayersDirectory('/tmp/hoist-layer-cache-abc', 'hoist-cache/abc:stage-builder')
    ).toBe('/tmp/hoist-layer-cache-abc-stage-builder')
  })
})

describe('imageRepository, cacheDirectory, cacheImage', () => {
  it.each([
    ['ghcr.io/o/app:1.2', 'ghcr.io/o/app'],
    ['localhost:5000/app', 'localhost:5000/app'],
    ['localhost:5000/app:dev', 'localhost:5000/app'],
    ['app@sha256:abc', 'app'],
    ['', '']
  ])('%p → %p', (reference, repository) => {
    expect(imageRepository(reference)).toBe(repository)
  })

  it("puts the cache under the runner's own temp directory, else the system's", () => {
    expect(runnerTemp({ RUNNER_TEMP: '/runner/_work/_temp' }, '/tmp')).toBe('/runner/_work/_temp')
    expect(runnerTemp({}, '/tmp')).toBe('/tmp')
  })

  it('keeps a fixed path (part of the cache version) and local image names', () => {
    expect(cacheDirectory('/tmp', 'abc')).toBe('/tmp/hoist-layer-cache-abc')
    expect(cacheImage('abc')).toBe('hoist-cache/abc:target')
    expect(cacheImage('abc', 'builder')).toBe('hoist-cache/abc:stage-builder')
    expect(cacheImage('abc', '0')).toBe('hoist-cache/abc:stage-0')
  })
})

describe('chooseStrategy', () => {
  const base: StrategyChoice = {
    mode: 'read-write',
    userCacheFrom: [],
    userCacheTo: [],
    exportCache: false,
    reusesLoadedLayers: false,
    serviceAvailable: true
  }
  it.each<[string, Partial<StrategyChoice>, string]>([
    ['an engine that cannot export a cache', {}, 'inline'],
    ['an engine that can (containerd store, a container builder)', { exportCache: true }, 'local'],
    ['podman, buildah: step images loaded back', { reusesLoadedLayers: true }, 'archive'],
    ['read-only still restores', { mode: 'read-only' }, 'inline'],
    ['off', { mode: 'off' }, 'off'],
    ['no cache service', { serviceAvailable: false }, 'off'],
    ['cache-from given', { userCacheFrom: ['type=gha'] }, 'user'],
    ['cache-to given, even with the cache off', { userCacheTo: ['type=gha'], mode: 'off' }, 'user']
  ])('%s → %s', (_, change, kind) => {
    expect(chooseStrategy({ ...base, ...change }).kind).toBe(kind)
  })
})

describe('cache arguments', () => {
  it('inline: metadata in the image, each restored image as a source', () => {
    expect(inlineCacheArgs([])).toEqual(['--build-arg', 'BUILDKIT_INLINE_CACHE=1'])
    expect(inlineCacheArgs(['hoist-cache/a:stage-b', 'hoist-cache/a:target'])).toEqual([
      '--build-arg',
      'BUILDKIT_INLINE_CACHE=1',
      '--cache-from',
      'hoist-cache/a:stage-b',
      '--cache-from',
      'hoist-cache/a:target'
    ])
  })

  it('local: import the restored directory, export mode=max to a fresh one', () => {
    expect(localCacheArgs({ restored: '/c/buildkit', fresh: '/c/buildkit.new' })).toEqual([
      '--cache-from',
      'type=local,src=/c/buildkit',
      '--cache-to',
      'type=local,dest=/c/buildkit.new,mode=max'
    ])
    expect(localCacheArgs({ fresh: '/c/buildkit.new' })).toEqual([
      '--cache-to',
      'type=local,dest=/c/buildkit.new,mode=max'
    ])
  })

  it("user: the workflow's own, as given", () => {
    expect(userCacheArgs(['type=gha', 'r.io/a:cache'], ['type=gha,mode=max'])).toEqual([
      '--cache-from',
      'type=gha',
      '--cache-from',
      'r.io/a:cache',
      '--cache-to',
      'type=gha,mode=max'
    ])
  })
})

describe('parsers of docker output', () => {
  it('reads the loaded images', () => {
    const out = 'Loaded image: hoist-cache/a:stage-b\nLoaded image: hoist-cache/a:target\n'
    expect(parseLoadedImages(out)).toEqual(['hoist-cache/a:stage-b', 'hoist-cache/a:target'])
    expect(parseLoadedImages('Loaded image ID: sha256:abc\n')).toEqual([])
  })
})

function step(stage: string, instruction: string, cached: boolean): BuildStep {
  return { stage, instruction, cached, seconds: cached ? 0 : 1, failed: false }
}

describe('mergeSteps and workSteps', () => {
  it("keeps each step's first run: the target's verdict beats a stage build's rerun", () => {
    const targetBuild = [
      step('builder 1/2', 'FROM b', false),
      step('builder 2/2', 'RUN make', false),
      step('final 2/2', 'COPY --from=builder /a /a', false)
    ]
    const stageBuild = [step('builder 1/2', 'FROM b', false), step('builder 2/2', 'RUN make', true)]
    expect(mergeSteps([targetBuild, stageBuild])).toEqual(targetBuild)
    expect(workSteps(targetBuild).map(s => s.instruction)).toEqual([
      'RUN make',
      'COPY --from=builder /a /a'
    ])
  })
})

describe('stageLabel and stageReused', () => {
  const build = [
    step('builder 1/3', 'FROM b', false),
    step('builder 2/3', 'RUN make deps', true),
    step('builder 3/3', 'RUN make', true),
    step('stage-1 1/2', 'FROM b', false),
    step('stage-1 2/2', 'RUN make test', false),
    step('final 2/2', 'COPY --from=builder /a /a', true)
  ]

  it('names a stage as the progress does', () => {
    expect(stageLabel({ name: 'builder', index: 0 })).toBe('builder')
    expect(stageLabel({ index: 1 })).toBe('stage-1')
  })

  it.each([
    ['builder', true, 'every step of it cached'],
    ['stage-1', false, 'a step of it ran'],
    ['tools', false, 'the build showed none of its steps']
  ])('%s: %s (%s)', (label, reused) => {
    expect(stageReused(label, build)).toBe(reused)
  })

  it('does not take a longer name for the stage', () => {
    expect(stageReused('build', [step('builder 2/2', 'RUN make', true)])).toBe(false)
  })
})

describe('decideSave', () => {
  const fresh = [step('1/2', 'FROM b', false), step('2/2', 'RUN make', false)]
  const reused = [step('1/2', 'FROM b', false), step('2/2', 'RUN make', true)]
  it.each<[string, Parameters<typeof decideSave>[0], boolean]>([
    ['a cold build', { mode: 'read-write', exactHit: false, restored: false, steps: fresh }, true],
    ['new work', { mode: 'read-write', exactHit: false, restored: true, steps: fresh }, true],
    [
      'a warm daemon, no cache',
      { mode: 'read-write', exactHit: false, restored: false, steps: reused },
      true
    ],
    ['nothing new', { mode: 'read-write', exactHit: false, restored: true, steps: reused }, false],
    ['an exact hit', { mode: 'read-write', exactHit: true, restored: true, steps: fresh }, false],
    ['read-only', { mode: 'read-only', exactHit: false, restored: false, steps: fresh }, false]
  ])('%s → save %p', (_, run, save) => {
    expect(decideSave(run).save).toBe(save)
  })
})

describe('parseCacheMode', () => {
  it.each([
    ['', 'read-write'],
    ['true', 'read-write'],
    ['Read-Write', 'read-write'],
    ['read-only', 'read-only'],
    ['off', 'off'],
    ['false', 'off']
  ])('%p → %p', (raw, mode) => {
    expect(parseCacheMode(raw)).toBe(mode)
  })
  it.each([
    ['', 'pull_request', 'read-only'],
    ['', 'pull_request_target', 'read-only'],
    ['', 'push', 'read-write'],
    ['read-write', 'pull_request', 'read-write'],
    ['read-write', 'pull_request_target', 'read-write'],
    ['off', 'pull_request', 'off']
  ])('%p on %s → %p', (raw, eventName, mode) => {
    expect(parseCacheMode(raw, eventName)).toBe(mode)
  })
  it('names the input and quotes the value', () => {
    expect(() => parseCacheMode(' sometimes ')).toThrow(
      'Input "cache": "sometimes" is not a cache mode; use read-write, read-only or off'
    )
  })
})

describe('renderCacheSection', () => {
  it('shows key, restored and saved sizes and the cached steps', () => {
    const md = renderCacheSection({
      strategy: 'inline',
      key: 'hoist-v3-k-2',
      restoredKey: 'hoist-v3-k-1',
      restoredBytes: 43_970_048,
      read: { layers: 1, bytes: 21_000_000, ofLayers: 4 },
      saved: 'in the post step',
      steps: 3,
      cachedSteps: 2
    })
    expect(md).toContain('| Key | `hoist-v3-k-2` |')
    expect(md).toContain('| Restored | 44.0 MB from `hoist-v3-k-1` |')
    expect(md).toContain('| Pulled by the build | 21.0 MB: 1 of 4 layers |')
    expect(md).toContain('| Saved | in the post step |')
    expect(md).toContain('| Steps cached | 2 of 3 |')
  })

  it('says why nothing was restored or saved, and is absent without a report', () => {
    const md = renderCacheSection({
      strategy: 'inline',
      key: 'k',
      restoredBytes: 0,
      saved: 'no: the cache is read-only',
      steps: 1,
      cachedSteps: 0
    })
    expect(md).toContain('| Restored | nothing: a cold build |')
    expect(md).not.toContain('Pulled by the build')
    expect(md).toContain('| Saved | no: the cache is read-only |')
    expect(renderCacheSection(undefined)).toBe('')
  })

  it('names each stage kept out of the cache and the build-args it receives', () => {
    const md = renderCacheSection({
      strategy: 'inline',
      key: 'k',
      restoredBytes: 0,
      steps: 1,
      cachedSteps: 0,
      uncached: [{ stage: 'deps', args: ['NPM_TOKEN', 'API_KEY'] }]
    })
    expect(md).toContain(
      '| Not cached | stage `deps`: it receives `NPM_TOKEN`, `API_KEY`, which look like secrets; ' +
        'pass them with the `secrets` input |'
    )
  })

  it("renders the post step's outcome", () => {
    expect(renderCacheSaved('k-2', { saved: true, bytes: 85_000_000 })).toBe(
      '**Layer cache** saved: 85.0 MB as `k-2`\n'
    )
    expect(renderCacheSaved('k-2', { saved: false, reason: 'failed: 500' })).toBe(
      '**Layer cache** not saved: failed: 500\n'
    )
  })

  it("keeps the cache service's words inert", () => {
    const reason = 'failed: <img src=x> [see](https://e.example) @admin'
    expect(renderCacheSaved('k-2', { saved: false, reason })).toBe(
      '**Layer cache** not saved: failed: \\<img src=x\\> \\[see\\]\\(https\\://e.example\\) @\u2060admin\n'
    )
  })
})

describe('distinctImages (the step images the archive strategy saves)', () => {
  const full = `sha256:4c19dd8e46a${'0'.repeat(53)}`
  it.each<[string, string[], string[]]>([
    [
      'the result, named short by the log and in full by the build',
      ['81e0b2f1c20', '4c19dd8e46a', full],
      ['81e0b2f1c20', full]
    ],
    ['the full id first', [full, '4c19dd8e46a'], [full]],
    ['a step named twice', ['81e0b2f1c20', '81e0b2f1c20'], ['81e0b2f1c20']],
    ['different images', ['81e0b2f1c20', '4c19dd8e46b'], ['81e0b2f1c20', '4c19dd8e46b']]
  ])('%s', (_name, ids, distinct) => {
    expect(distinctImages(ids)).toEqual(distinct)
  })
})
