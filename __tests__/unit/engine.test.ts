import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { currentBuilderDriver, describeEngine, parseBuildxDriver } from '../../src/engine/engine.js'
import { engines, HOST, infos, inspectOf } from './support/engines.js'

describe('describeEngine', () => {
  it.each([
    [
      'legacy: the daemon BuildKit of a 20.10 client',
      engines.legacy,
      {
        frontend: 'docker',
        imageStore: 'classic',
        daemonOnThisHost: true,
        can: {
          exportCache: false,
          cacheFromLocalImages: true,
          multiPlatform: false,
          storesCompressedLayers: false,
          pushFromBuild: false
        }
      }
    ],
    [
      "runner: buildx's docker driver on the classic store",
      engines.runner,
      {
        frontend: 'buildx',
        imageStore: 'classic',
        buildx: { version: '0.13.1+ds1', driver: 'docker' },
        can: {
          exportCache: false,
          cacheFromLocalImages: true,
          multiPlatform: false,
          storesCompressedLayers: false,
          pushFromBuild: true
        }
      }
    ],
    [
      'containerd: the docker driver can export a cache and build several platforms',
      engines.containerd,
      {
        frontend: 'buildx',
        imageStore: 'containerd',
        can: {
          exportCache: true,
          cacheFromLocalImages: false,
          multiPlatform: true,
          storesCompressedLayers: true,
          pushFromBuild: false
        }
      }
    ]
  ])('%s', (_, engine, expected) => {
    expect(engine).toMatchObject(expected)
  })

  it('names the engine for the log and the summary', () => {
    expect(engines.legacy.description).toBe(
      "docker build with the daemon's BuildKit (client 20.10.24+dfsg1, no buildx), " +
        'Docker 20.10.24+dfsg1, classic image store'
    )
    expect(engines.containerd.description).toBe(
      'docker buildx 0.13.1+ds1 (docker driver), Docker 26.1.5+dfsg1, containerd image store'
    )
  })

  it('a docker-container builder exports a cache and builds several platforms on any store', () => {
    const engine = describeEngine({
      info: infos.runner,
      buildxInspect: inspectOf('docker-container'),
      hostname: HOST
    })
    expect(engine.can).toEqual({
      exportCache: true,
      cacheFromLocalImages: false,
      multiPlatform: true,
      storesCompressedLayers: false,
      pushFromBuild: false,
      pushThroughRelay: true,
      reusesLoadedLayers: false,
      annotate: true,
      namedContexts: true,
      noCacheFilters: true,
      entitlements: true,
      runLimits: true,
      call: false
    })
  })

  // What each engine takes of build-push-action's pass-through inputs.
  const buildx = (version: string, driver = 'docker', info = infos.runner) =>
    describeEngine({
      info: {
        ...info,
        ClientInfo: { Version: '28.2.2', Plugins: [{ Name: 'buildx', Version: version }] }
      },
      buildxInspect: inspectOf(driver),
      hostname: HOST
    })
  it.each([
    [
      'legacy: the 20.10 client ignores shm-size and ulimit, has no buildx flags',
      engines.legacy,
      {
        annotate: false,
        namedContexts: false,
        noCacheFilters: false,
        entitlements: false,
        runLimits: false,
        call: false
      }
    ],
    [
      'runner: the classic store drops annotations on load',
      engines.runner,
      {
        annotate: false,
        namedContexts: true,
        noCacheFilters: true,
        entitlements: true,
        runLimits: true,
        call: false
      }
    ],
    ['containerd: keeps annotations', engines.containerd, { annotate: true, call: false }],
    ['buildx 0.11 has no --annotation', buildx('0.11.2', 'docker-container'), { annotate: false }],
    ['buildx 0.15 evaluates builds (--call)', buildx('v0.15.1'), { call: true }],
    ['an unknown buildx version is not assumed to be new', buildx(''), { call: false }]
  ])('%s', (_, engine, can) => {
    expect(engine.can).toMatchObject(can)
  })

  it('names the builder the workflow chose', () => {
    const engine = describeEngine({
      info: infos.runner,
      buildxInspect: inspectOf('remote'),
      hostname: HOST,
      builder: 'fleet'
    })
    expect(engine.description).toBe(
      'docker buildx 0.13.1+ds1 (remote driver, builder "fleet"), Docker 26.1.5+dfsg1, classic image store'
    )
  })

  it('a daemon elsewhere, or rootless, is not on this host, and cannot push through the relay', () => {
    const elsewhere = describeEngine({
      info: infos.runner,
      buildxInspect: inspectOf('docker'),
      hostname: 'job'
    })
    const rootless = describeEngine({
      info: { ...infos.runner, SecurityOptions: ['name=seccomp', 'name=rootless'] },
      buildxInspect: inspectOf('docker'),
      hostname: HOST
    })
    for (const engine of [elsewhere, rootless]) {
      expect(engine.daemonOnThisHost).toBe(false)
      expect(engine.can.pushThroughRelay).toBe(false)
    }
    expect(engines.runner.can.pushThroughRelay).toBe(true)
    expect(engines.legacy.can.pushThroughRelay).toBe(true)
  })

  it('a current client without buildx cannot build with BuildKit, and says how to fix it', () => {
    const noBuildx = { ...infos.runner, ClientInfo: { Version: '28.2.2', Plugins: [] } }
    expect(() => describeEngine({ info: noBuildx, hostname: HOST })).toThrow(
      /docker 28\.2\.2 needs the buildx plugin.*setup-buildx-action/
    )
  })

  it('reads the driver line of buildx inspect', () => {
    expect(parseBuildxDriver('Name:   builder\nDriver:  docker-container\n')).toBe(
      'docker-container'
    )
    expect(parseBuildxDriver('Name: default\n')).toBeUndefined()
  })
})

describe('currentBuilderDriver', () => {
  function configDir(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-buildx-'))
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
      writeFileSync(path.join(dir, name), content)
    }
    return dir
  }

  it.each<[string, Record<string, string>, Record<string, string>, string | undefined]>([
    ['no builder chosen: the context’s own, the docker driver', {}, {}, 'docker'],
    [
      'one chosen with buildx use, named in its instance file',
      {
        'buildx/current': '{"Key":"unix:///var/run/docker.sock","Name":"ci","Global":false}',
        'buildx/instances/ci': '{"Name":"ci","Driver":"docker-container","Nodes":[]}'
      },
      {},
      'docker-container'
    ],
    [
      'BUILDX_BUILDER over the current one',
      {
        'buildx/current': '{"Name":""}',
        'buildx/instances/remote': '{"Name":"remote","Driver":"remote"}'
      },
      { BUILDX_BUILDER: 'remote' },
      'remote'
    ],
    [
      'a context chosen by name: the files do not say',
      { 'buildx/current': '{"Name":"other"}' },
      {},
      undefined
    ]
  ])('%s', (_, files, env, driver) => {
    expect(currentBuilderDriver({ DOCKER_CONFIG: configDir(files), ...env })).toBe(driver)
  })
})
