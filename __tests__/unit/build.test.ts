import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  buildCommand,
  runBuild,
  type BuildRequest,
  type BuildResult
} from '../../src/engine/build.js'
import { NO_BUILD_OPTIONS } from '../../src/engine/build-options.js'
import { parseStages } from '../../src/dockerfile/stages.js'
import { describeEngine } from '../../src/engine/engine.js'
import { engines, infos, inspectOf } from './support/engines.js'

const request: BuildRequest = {
  context: 'ctx',
  file: 'ctx/Dockerfile',
  tags: [],
  buildArgs: [],
  labels: [],
  target: '',
  noCache: false,
  pull: false,
  iidFile: '/tmp/iid',
  secrets: []
}

describe('buildCommand', () => {
  const docker = engines.legacy
  const buildx = engines.runner

  it.each([
    [
      'platforms and attestations, after the cache arguments',
      {
        ...request,
        platforms: ['linux/amd64', 'linux/arm64'],
        attestations: ['--provenance=mode=max', '--sbom=true']
      },
      buildx,
      [
        'buildx',
        'build',
        '--load',
        '--progress=plain',
        '--iidfile',
        '/tmp/iid',
        '--file',
        'ctx/Dockerfile',
        '--platform',
        'linux/amd64,linux/arm64',
        '--provenance=mode=max',
        '--sbom=true',
        'ctx'
      ]
    ],
    [
      'the minimum, docker',
      request,
      docker,
      ['build', '--progress=plain', '--iidfile', '/tmp/iid', '--file', 'ctx/Dockerfile', 'ctx']
    ],
    [
      'buildx loads the image into the daemon',
      request,
      buildx,
      [
        'buildx',
        'build',
        '--load',
        '--progress=plain',
        '--iidfile',
        '/tmp/iid',
        '--file',
        'ctx/Dockerfile',
        'ctx'
      ]
    ],
    [
      'buildx pushes from the build, where the engine keeps the image too',
      { ...request, push: true },
      buildx,
      [
        'buildx',
        'build',
        '--push',
        '--progress=plain',
        '--iidfile',
        '/tmp/iid',
        '--file',
        'ctx/Dockerfile',
        'ctx'
      ]
    ],
    [
      'every option',
      {
        ...request,
        target: 'app',
        buildArgs: [{ name: 'A', value: 'x y' }],
        labels: [{ name: 'l', value: 'v=w' }],
        tags: ['r/a:1', 'r/a:2'],
        noCache: true,
        pull: true
      },
      docker,
      [
        'build',
        '--progress=plain',
        '--iidfile',
        '/tmp/iid',
        '--file',
        'ctx/Dockerfile',
        '--target',
        'app',
        '--build-arg',
        'A=x y',
        '--label',
        'l=v=w',
        '--tag',
        'r/a:1',
        '--tag',
        'r/a:2',
        '--no-cache',
        '--pull',
        'ctx'
      ]
    ],
    [
      "build-push-action's options and the annotations, before the context",
      {
        ...request,
        options: { ...NO_BUILD_OPTIONS, network: 'none', ssh: ['default'] },
        annotations: ['manifest:a=1']
      },
      buildx,
      [
        'buildx',
        'build',
        '--load',
        '--progress=plain',
        '--iidfile',
        '/tmp/iid',
        '--file',
        'ctx/Dockerfile',
        '--annotation',
        'manifest:a=1',
        '--network',
        'none',
        '--ssh',
        'default',
        'ctx'
      ]
    ],
    [
      'an export writes its outputs, not an image: no --load, --iidfile or --tag',
      { ...request, tags: ['r/a:1'], exports: ['type=local,dest=out', 'type=tar,dest=o.tar'] },
      buildx,
      [
        'buildx',
        'build',
        '--progress=plain',
        '--file',
        'ctx/Dockerfile',
        '--output',
        'type=local,dest=out',
        '--output',
        'type=tar,dest=o.tar',
        'ctx'
      ]
    ],
    [
      'an export with the daemon BuildKit',
      { ...request, exports: ['type=local,dest=out'] },
      docker,
      [
        'build',
        '--progress=plain',
        '--file',
        'ctx/Dockerfile',
        '--output',
        'type=local,dest=out',
        'ctx'
      ]
    ]
  ])('%s', (_, req, builder, args) => {
    expect(buildCommand(req, builder).args).toEqual(args)
  })

  it("runs buildx's plugin itself where docker info names its file", () => {
    const plugin = '/usr/libexec/docker/cli-plugins/docker-buildx'
    const info = {
      ...infos.runner,
      ClientInfo: {
        Version: '28.2.2',
        Plugins: [{ Name: 'buildx', Version: '0.13.1', Path: plugin }]
      }
    }
    const facts = { info, buildxInspect: inspectOf('docker'), hostname: 'h' }
    const named = describeEngine({ ...facts, pluginMayRunAlone: true })
    const tagged = { ...request, tags: ['r/a:1'] }
    const command = buildCommand(tagged, named)
    expect(command.program).toBe(plugin)
    expect(command.args.slice(0, 3)).toEqual(['build', '--load', '--progress=plain'])
    // Not in plugin mode, whatever the environment says.
    expect(command.env).toEqual({ DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND: '' })
    // Through the docker CLI, the same arguments after `buildx`.
    const through = buildCommand(tagged, buildx)
    expect(through.program).toBeUndefined()
    expect(through.args).toEqual(['buildx', ...command.args])
    expect(through.env).toEqual({})
    // Where it may not run alone (a wrapper, TLS settings), through the CLI too.
    const wrapped = buildCommand(tagged, describeEngine({ ...facts, pluginMayRunAlone: false }))
    expect(wrapped.program).toBeUndefined()
    expect(wrapped.args).toEqual(through.args)
  })

  it('turns BuildKit on for the docker client only', () => {
    expect(buildCommand(request, docker).env).toEqual({ DOCKER_BUILDKIT: '1' })
    expect(buildCommand(request, buildx).env).toEqual({})
  })
})

describe('parseStages', () => {
  it('reads names, indexes, flags and continuation lines', () => {
    const stages = parseStages(
      [
        'ARG BASE=alpine',
        'FROM --platform=$BUILDPLATFORM golang:1 AS Build',
        '# FROM fake AS commented',
        'FROM \\',
        '  ${BASE} \\',
        '  as test',
        'from scratch'
      ].join('\n')
    )
    expect(stages).toMatchObject([
      { index: 0, base: 'golang:1', name: 'build' },
      { index: 1, base: 'alpine', name: 'test' },
      { index: 2, base: 'scratch' }
    ])
  })
})

describe('runBuild', () => {
  const lost =
    'ERROR: failed to solve: failed to prepare extraction snapshot "extract-1-a sha256:6d49": ' +
    'parent snapshot sha256:85c7 does not exist: not found'

  /** A docker on PATH that fails as the containerd store's unpack race does, `failures` times. */
  async function buildWith(failures: number, error = lost) {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-run-build-'))
    const iid = path.join(dir, 'iid')
    const count = path.join(dir, 'count')
    writeFileSync(
      path.join(dir, 'docker'),
      [
        '#!/bin/sh',
        `n=$(cat ${count} 2>/dev/null || echo 0); echo $((n + 1)) > ${count}`,
        `echo '#5 [2/2] RUN make' >&2`,
        `if [ "$n" -lt ${failures} ]; then echo '#5 DONE 1.0s' >&2; echo '${error}' >&2; exit 1; fi`,
        `echo '#5 CACHED' >&2; echo sha256:${'a'.repeat(64)} > ${iid}`
      ].join('\n'),
      { mode: 0o755 }
    )
    const saved = process.env.PATH
    process.env.PATH = `${dir}:${saved ?? ''}`
    try {
      let value: BuildResult | undefined
      let error: unknown
      try {
        value = await runBuild({ ...request, iidFile: iid }, engines.containerd)
      } catch (failure) {
        error = failure
      }
      const result = { value, error }
      return { ...result, builds: Number(readFileSync(count, 'utf8')) }
    } finally {
      process.env.PATH = saved
    }
  }

  it('builds again when the image store lost a snapshot, and reports the steps as first run', async () => {
    const { value, builds } = await buildWith(1)
    expect(builds).toBe(2)
    expect(value?.imageId).toBe(`sha256:${'a'.repeat(64)}`)
    expect(value?.steps.map(step => step.cached)).toEqual([false])
  })

  it('gives up after two builds more', async () => {
    const { error, builds } = await buildWith(5)
    expect(builds).toBe(3)
    expect(String(error)).toContain('parent snapshot sha256:85c7 does not exist')
  })

  it('fails a stalled push for the stall, though buildx, stopped, names another error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-stalled-push-'))
    const iid = path.join(dir, 'iid')
    const plugin = path.join(dir, 'docker-buildx')
    writeFileSync(
      plugin,
      [
        '#!/bin/sh',
        `echo '#6 exporting to image' >&2`,
        `echo '#6 writing image sha256:${'b'.repeat(64)} done' >&2`,
        `echo '#6 DONE 0.1s' >&2`,
        `trap 'kill $!; echo "#7 ERROR: got 1 SIGTERM/SIGINTs, forcing shutdown" >&2; exit 1' INT`,
        `echo '#7 pushing r/a:1 with docker' >&2`,
        'sleep 10 & wait'
      ].join('\n'),
      { mode: 0o755 }
    )
    const runner = { ...engines.runner, buildx: { version: '0.13.1', driver: 'docker', plugin } }
    const result = await runBuild(
      { ...request, iidFile: iid, tags: ['r/a:1'], push: true, pushStallMs: 1_000 },
      runner
    )
    expect(result.imageId).toBe(`sha256:${'b'.repeat(64)}`)
    expect(result.pushes?.failed).toEqual({
      tag: 'r/a:1',
      error: 'error: no progress for 1 s: timed out, stopped'
    })
  })

  it('tells the image written and pushed while the build is still running', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-pushed-early-'))
    const iid = path.join(dir, 'iid')
    const told = path.join(dir, 'told')
    const plugin = path.join(dir, 'docker-buildx')
    const id = `sha256:${'c'.repeat(64)}`
    writeFileSync(
      plugin,
      [
        '#!/bin/sh',
        `echo '#6 exporting to image' >&2`,
        `echo '#6 writing image ${id} done' >&2`,
        `echo '#6 DONE 0.1s' >&2`,
        `echo '#7 pushing r/a:1 with docker' >&2`,
        `echo '#7 DONE 0.1s' >&2`,
        // Ends only once it was told: a build that is told at its end never ends.
        `i=0; while [ ! -e ${told} ]; do i=$((i + 1)); [ $i -gt 100 ] && exit 3; sleep 0.05; done`,
        `echo ${id} > ${iid}`
      ].join('\n'),
      { mode: 0o755 }
    )
    const runner = { ...engines.runner, buildx: { version: '0.13.1', driver: 'docker', plugin } }
    const seen: string[] = []
    const result = await runBuild(
      {
        ...request,
        iidFile: iid,
        tags: ['r/a:1'],
        push: true,
        onImageWritten: imageId => seen.push(`written ${imageId}`),
        onPushed: imageId => {
          seen.push(`pushed ${imageId}`)
          writeFileSync(told, '')
        }
      },
      runner
    )
    expect(seen).toEqual([`written ${id}`, `pushed ${id}`])
    expect(result.imageId).toBe(id)
    expect(result.pushes?.pushed).toEqual(['r/a:1'])
  })

  it('builds once when the build failed otherwise', async () => {
    const { error, builds } = await buildWith(
      1,
      'ERROR: failed to solve: process "make" did not complete'
    )
    expect(builds).toBe(1)
    expect(String(error)).toContain('did not complete')
  })
})
