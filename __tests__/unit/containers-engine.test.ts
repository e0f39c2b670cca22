import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { BuildRequest } from '../../src/engine/build.js'
import { parseBuildahInspect, printedImage } from '../../src/engine/buildah.js'
import { describeContainersEngine, parseToolVersion } from '../../src/engine/containers.js'
import { familyOf } from '../../src/engine/family.js'
import { containersBuildCommand, tlsArgs } from '../../src/engine/podman.js'
import { parseStepLog } from '../../src/engine/step-log.js'
import { InputError } from '../../src/errors.js'
import { parseEngine } from '../../src/input-values.js'
import { defaultFile } from '../../src/inputs.js'
import { engines } from './support/engines.js'

const request: BuildRequest = {
  context: 'ctx',
  file: 'ctx/Containerfile',
  tags: [],
  buildArgs: [],
  labels: [],
  target: '',
  noCache: false,
  pull: false,
  iidFile: '/tmp/iid',
  secrets: []
}

const MINIMUM = ['build', '--format', 'docker', '--layers', '--iidfile', '/tmp/iid']

describe('containersBuildCommand (podman build, buildah build)', () => {
  it.each<[string, Partial<BuildRequest>, string[], Record<string, string>]>([
    [
      'the minimum: docker format, every step kept, base images pulled when missing',
      {},
      [...MINIMUM, '--file', 'ctx/Containerfile', '--pull=missing', 'ctx'],
      {}
    ],
    [
      'target, build args, labels, tags, no-cache, pull',
      {
        target: 'app',
        buildArgs: [{ name: 'V', value: '1 2' }],
        labels: [{ name: 'a', value: 'b' }],
        tags: ['localhost:5000/x:1'],
        noCache: true,
        pull: true
      },
      [
        ...MINIMUM,
        '--file',
        'ctx/Containerfile',
        '--target',
        'app',
        '--build-arg',
        'V=1 2',
        '--label',
        'a=b',
        '--tag',
        'localhost:5000/x:1',
        '--no-cache',
        '--pull=always',
        'ctx'
      ],
      {}
    ],
    [
      "secrets: a value through the command's environment, never argv",
      {
        secrets: [
          { id: 'token', value: 's3cr3t' },
          { id: 'npm', env: 'NPM_TOKEN' },
          { id: 'key', file: '/run/key' }
        ]
      },
      [
        ...MINIMUM,
        '--file',
        'ctx/Containerfile',
        '--pull=missing',
        '--secret',
        'id=token,env=HOIST_SECRET_0',
        '--secret',
        'id=npm,env=NPM_TOKEN',
        '--secret',
        'id=key,src=/run/key',
        'ctx'
      ],
      { HOIST_SECRET_0: 's3cr3t' }
    ]
  ])('%s', (_name, change, args, env) => {
    const command = containersBuildCommand({ ...request, ...change })
    expect(command.args).toEqual(args)
    expect(command.env).toEqual(env)
    expect(command.args.join(' ')).not.toContain('s3cr3t')
  })

  it("buildah's: no --iidfile, so that it prints each step's image (the layer cache's)", () => {
    const args = familyOf({ frontend: 'buildah' }).buildCommand(request, engines.runner).args
    expect(args).toEqual([
      'build',
      '--format',
      'docker',
      '--layers',
      '--file',
      'ctx/Containerfile',
      '--pull=missing',
      'ctx'
    ])
    expect(familyOf({ frontend: 'podman' }).buildCommand(request, engines.runner).args).toEqual([
      ...MINIMUM,
      '--file',
      'ctx/Containerfile',
      '--pull=missing',
      'ctx'
    ])
  })
})

describe('printedImage (buildah without --iidfile)', () => {
  const id = 'aa26d2a54cbfa4ac87e38cdb07cbdbe39725c860ff12a39664a6f6c0c21b8d5f'
  it.each([
    [
      'the last line',
      `[2/2] COMMIT x:1\n--> aa26d2a54cb\nSuccessfully tagged x:1\n${id}\n`,
      { imageId: `sha256:${id}` }
    ],
    ['trailing blank lines', `${id}\n\n`, { imageId: `sha256:${id}` }],
    ['a short id only', '--> aa26d2a54cb\n', {}],
    ['an id printed by a step, then more', `${id}\nSTEP 2/2: RUN x\n`, {}],
    ['nothing', '', {}]
  ])('%s', (_name, stdout, found) => {
    expect(printedImage(stdout)).toEqual(found)
  })
})

describe('tlsArgs', () => {
  it.each([
    ['localhost:5000', ['--tls-verify=false']],
    ['127.0.0.1:41234', ['--tls-verify=false']],
    ['localhost', ['--tls-verify=false']],
    ['ghcr.io', []],
    ['localhost.example.com:5000', []],
    ['docker.io', []]
  ])('%s', (host, args) => {
    expect(tlsArgs(host)).toEqual(args)
  })
})

describe('the podman and buildah families', () => {
  it.each(['podman', 'buildah'] as const)(
    '%s pushes with a digest file, logs in on stdin',
    tool => {
      const family = familyOf({ frontend: tool })
      expect(family.command).toBe(tool)
      expect(family.pushArgs('localhost:5000/a:1', '/t/digest')).toEqual([
        'push',
        '--tls-verify=false',
        '--digestfile',
        '/t/digest',
        'localhost:5000/a:1'
      ])
      expect(family.pushArgs('ghcr.io/o/a:1', '/t/d')).toEqual([
        'push',
        '--digestfile',
        '/t/d',
        'ghcr.io/o/a:1'
      ])
      // Docker Hub is named: podman's default registry is whatever registries.conf says.
      expect(family.loginArgs('docker.io', 'me')).toEqual([
        'login',
        '--username',
        'me',
        '--password-stdin',
        'docker.io'
      ])
    }
  )

  it('docker keeps its own command lines', () => {
    const docker = familyOf(engines.runner)
    expect(docker.command).toBe('docker')
    expect(docker.pushArgs('localhost:5000/a:1', '/t/d')).toEqual(['push', 'localhost:5000/a:1'])
    expect(docker.loginArgs('docker.io', 'me')).toEqual([
      'login',
      '--username',
      'me',
      '--password-stdin'
    ])
  })
})

describe('describeContainersEngine', () => {
  it.each(['podman', 'buildah'] as const)('%s: no daemon, step images reused', tool => {
    const engine = describeContainersEngine(tool, '4.3.1')
    expect(engine).toMatchObject({
      frontend: tool,
      imageStore: 'containers-storage',
      daemonOnThisHost: true,
      can: {
        exportCache: false,
        cacheFromLocalImages: false,
        multiPlatform: false,
        storesCompressedLayers: false,
        reusesLoadedLayers: true
      },
      description: `${tool} 4.3.1 (no daemon), containers/storage`
    })
  })

  it.each([
    ['podman', '{"Client":{"APIVersion":"4.3.1","Version":"4.3.1"}}', '4.3.1'],
    ['buildah', '{"version": "1.28.2", "goVersion": "go1.19.8"}', '1.28.2'],
    ['podman', 'not json', undefined],
    ['buildah', '{"Client":{"Version":"4.3.1"}}', undefined]
  ] as const)('%s version from %s', (tool, stdout, version) => {
    expect(parseToolVersion(tool, stdout)).toBe(version)
  })
})

describe('parseStepLog', () => {
  const log = [
    '[1/2] STEP 1/2: FROM local/busybox:1 AS builder',
    '[1/2] STEP 2/2: RUN sleep 3; echo built',
    '--> Using cache 18403184819e483b87c93dca6a343886526f7f81e4cfa34a417f734c66e4755f',
    '--> 18403184819',
    '[2/2] STEP 1/4: FROM local/busybox:1 AS final',
    '[2/2] STEP 2/4: COPY --from=builder /blob /blob',
    '--> Using cache dea402b427d42021f8486a5ebc3f1293df8444a9e480e52d97de083886eae0a1',
    '--> dea402b427d',
    '[2/2] STEP 3/4: ARG RUN_ID=0',
    '--> 81e0b2f1c20',
    '[2/2] STEP 4/4: RUN echo "$RUN_ID" > /run-id',
    '[2/2] COMMIT t:2',
    '--> 4c19dd8e46a',
    'Successfully tagged localhost/t:2'
  ].join('\n')

  it('reads each step, its stage, whether an image in the store held it, and the images left', () => {
    const output = parseStepLog(log)
    expect(output.steps.map(s => [s.stage, s.instruction, s.cached])).toEqual([
      ['builder 1/2', 'FROM local/busybox:1 AS builder', false],
      ['builder 2/2', 'RUN sleep 3; echo built', true],
      ['final 1/4', 'FROM local/busybox:1 AS final', false],
      ['final 2/4', 'COPY --from=builder /blob /blob', true],
      ['final 4/4', 'RUN echo "$RUN_ID" > /run-id', false]
    ])
    expect(output.stepImages).toEqual(['18403184819', 'dea402b427d', '81e0b2f1c20', '4c19dd8e46a'])
  })

  it('a single stage has no [i/n] and no stage name', () => {
    const output = parseStepLog('STEP 1/2: FROM scratch\nSTEP 2/2: COPY a /a\n--> 0123456789a\n')
    expect(output.steps.map(s => s.stage)).toEqual(['1/2', '2/2'])
    expect(output.stepImages).toEqual(['0123456789a'])
  })

  it('unnamed stages are stage-N, as BuildKit names them', () => {
    const output = parseStepLog('[1/2] STEP 2/2: RUN a\n[2/2] STEP 2/2: RUN b\n')
    expect(output.steps.map(s => s.stage)).toEqual(['stage-0 2/2', 'stage-1 2/2'])
  })
})

describe('parseBuildahInspect', () => {
  it('reads the id, platform and layers; the size when buildah lists it in bytes', () => {
    const inspect = JSON.stringify({
      FromImageID: 'abc',
      OCIv1: { os: 'linux', architecture: 'arm64', rootfs: { diff_ids: ['sha256:1'] } }
    })
    expect(parseBuildahInspect(inspect, '[{"size": "7.25 MB"}]')).toEqual({
      id: 'sha256:abc',
      size: 0,
      repoDigests: [],
      platform: { os: 'linux', architecture: 'arm64' },
      diffIds: ['sha256:1'],
      user: ''
    })
    expect(parseBuildahInspect(inspect, '[{"size": 42}]').size).toBe(42)
  })
})

describe('engine and file inputs', () => {
  it.each([
    ['', 'auto'],
    ['podman', 'podman'],
    [' Buildah ', 'buildah'],
    ['docker', 'docker']
  ])('engine %j is %s', (raw, engine) => {
    expect(parseEngine(raw)).toBe(engine)
  })

  it('an unknown engine names the input and what is accepted', () => {
    expect(() => parseEngine('kaniko')).toThrow(
      new InputError('engine', '"kaniko" is not an engine; use auto, docker, podman, buildah')
    )
  })

  it.each<[string, string[], string]>([
    ['a Dockerfile', ['Dockerfile'], 'Dockerfile'],
    ['a Containerfile only', ['Containerfile'], 'Containerfile'],
    [
      'both: the Dockerfile, as docker and podman do',
      ['Dockerfile', 'Containerfile'],
      'Dockerfile'
    ],
    ['neither: the Dockerfile, for the error to name', [], 'Dockerfile']
  ])('the default file with %s', (_name, files, expected) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-file-'))
    for (const file of files) writeFileSync(path.join(dir, file), 'FROM scratch\n')
    expect(defaultFile(dir)).toBe(path.join(dir, expected))
  })
})
