import { describe, expect, it } from '@jest/globals'
import {
  buildOptionArgs,
  checkBuildOptions,
  NO_BUILD_OPTIONS,
  unsupportedOption,
  type BuildOptions
} from '../../src/engine/build-options.js'
import { engines } from './support/engines.js'

const given = (options: Partial<BuildOptions>): BuildOptions => ({
  ...NO_BUILD_OPTIONS,
  ...options
})

describe('checkBuildOptions: values that cannot work on any engine', () => {
  it.each<[string, Partial<BuildOptions>, string, RegExp]>([
    [
      'a host without an address',
      { addHosts: ['docker'] },
      'add-hosts',
      /"docker" is not of the form host:ip/
    ],
    [
      'an unknown entitlement',
      { allow: ['network.hots'] },
      'allow',
      /"network.hots" is not an entitlement/
    ],
    ['a context without a name', { buildContexts: ['=./x'] }, 'build-contexts', /name=path/],
    [
      'a filter that is two stages',
      { noCacheFilters: ['a b'] },
      'no-cache-filters',
      /not a stage name/
    ],
    [
      'an output of no type',
      { outputs: ['dest=out'] },
      'outputs',
      /"dest=out" is not of the form type=/
    ],
    ['an ssh id with a space', { ssh: ['my key=/k'] }, 'ssh', /default or id=path/],
    ['a limit without a value', { ulimit: ['nofile'] }, 'ulimit', /name=soft\[:hard\]/],
    [
      'a network buildx does not know',
      { network: 'bridge' },
      'network',
      /"bridge" is not default, none or host/
    ],
    ['a size in words', { shmSize: 'big' }, 'shm-size', /"big" is not a size/],
    [
      'an unknown call',
      { call: 'lint' },
      'call',
      /"lint" is not one of build, check, outline, targets/
    ],
    ['a builder name with a slash', { builder: 'a/b' }, 'builder', /not a builder name/]
  ])('%s', (_, options, input, reason) => {
    const problem = checkBuildOptions(given(options))
    expect(problem?.input).toBe(input)
    expect(problem?.reason).toMatch(reason)
  })

  it('takes what build-push-action documents', () => {
    const options = given({
      addHosts: ['docker:10.180.0.1', 'db=10.0.0.2'],
      allow: ['network.host', 'security.insecure'],
      buildContexts: ['alpine=docker-image://alpine:3', 'src=./src'],
      builder: 'builder-2f4c',
      call: 'check',
      network: 'none',
      noCacheFilters: ['test'],
      outputs: ['type=local,dest=out', './dir'],
      shmSize: '128m',
      ssh: ['default', 'github=/home/me/.ssh/id_ed25519'],
      ulimit: ['nofile=1024:1024', 'nproc=-1']
    })
    expect(checkBuildOptions(options)).toBeUndefined()
  })
})

describe('unsupportedOption: what the engine cannot do, why, and what would', () => {
  it.each<
    [string, Partial<BuildOptions>, boolean, keyof typeof engines, string | undefined, RegExp]
  >([
    [
      'annotations on the classic store',
      {},
      true,
      'runner',
      'annotations',
      /containerd image store, or a builder on the docker-container/
    ],
    ['annotations on the containerd store', {}, true, 'containerd', undefined, /^/],
    [
      'named contexts without buildx',
      { buildContexts: ['a=.'] },
      false,
      'legacy',
      'build-contexts',
      /needs buildx/
    ],
    ['shm-size without buildx', { shmSize: '1g' }, false, 'legacy', 'shm-size', /needs buildx/],
    [
      'ulimit without buildx',
      { ulimit: ['nofile=1:1'] },
      false,
      'legacy',
      'ulimit',
      /needs buildx/
    ],
    ['allow without buildx', { allow: ['network.host'] }, false, 'legacy', 'allow', /needs buildx/],
    [
      'no-cache-filters without buildx',
      { noCacheFilters: ['a'] },
      false,
      'legacy',
      'no-cache-filters',
      /needs buildx/
    ],
    ['call on buildx 0.13', { call: 'check' }, false, 'containerd', 'call', /buildx 0\.15/],
    ['call: build is the default', { call: 'build' }, false, 'legacy', undefined, /^/],
    [
      'hosts, network, ssh, outputs: every engine',
      {
        addHosts: ['a:1.1.1.1'],
        network: 'none',
        ssh: ['default'],
        outputs: ['type=local,dest=o'],
        cgroupParent: 'p'
      },
      false,
      'legacy',
      undefined,
      /^/
    ]
  ])('%s', (_, options, annotations, engine, input, reason) => {
    const problem = unsupportedOption(given(options), annotations, engines[engine])
    expect(problem?.input).toBe(input)
    if (problem) {
      expect(problem.reason).toMatch(reason)
      expect(problem.reason).toContain(engines[engine].description)
    }
  })
})

describe('buildOptionArgs', () => {
  it('gives each option its flag, repeated per item, in a fixed order', () => {
    const options = given({
      addHosts: ['a:1.1.1.1', 'b:2.2.2.2'],
      allow: ['network.host'],
      buildContexts: ['src=./src'],
      builder: 'fleet',
      call: 'check',
      cgroupParent: 'ci',
      network: 'none',
      noCacheFilters: ['test'],
      shmSize: '128m',
      ssh: ['default'],
      ulimit: ['nofile=1024:1024']
    })
    expect(buildOptionArgs(options, ['manifest:a=1'])).toEqual([
      '--builder',
      'fleet',
      '--add-host',
      'a:1.1.1.1',
      '--add-host',
      'b:2.2.2.2',
      '--allow',
      'network.host',
      '--annotation',
      'manifest:a=1',
      '--build-context',
      'src=./src',
      '--call',
      'check',
      '--cgroup-parent',
      'ci',
      '--network',
      'none',
      '--no-cache-filter',
      'test',
      '--shm-size',
      '128m',
      '--ssh',
      'default',
      '--ulimit',
      'nofile=1024:1024'
    ])
  })

  it('passes nothing for nothing given, and no --call for build', () => {
    expect(buildOptionArgs(given({ call: 'build' }), [])).toEqual([])
  })
})
