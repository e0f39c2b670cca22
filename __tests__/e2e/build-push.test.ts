import { describe, expect, it, jest } from '@jest/globals'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { IncomingMessage } from 'node:http'
import { output, runAction } from './support/action.js'
import { daemonProxy } from './support/daemon-proxy.js'
import { docker, engine, fileIn, makeContext, uniqueRepo } from './support/engine.js'
import { getManifest, listTags } from './support/registry.js'

// End-to-end steps run real builds; a cold one takes seconds.
jest.setTimeout(120_000)

function twoStageDockerfile(): string {
  return [
    `FROM ${engine.baseImage} AS builder`,
    'ARG GREETING=default',
    'RUN mkdir -p /out && echo "$GREETING" > /out/greeting && echo builder > /out/stage',
    `FROM ${engine.baseImage} AS final`,
    'COPY --from=builder /out/greeting /greeting',
    'RUN echo final > /stage',
    ''
  ].join('\n')
}

describe('build and push (first slice)', () => {
  it('builds with build-args, pushes every tag, and reports the registry digest', async () => {
    const repo = uniqueRepo('slice')
    const name = `${engine.registry}/${repo}`
    const cwd = makeContext({ Dockerfile: twoStageDockerfile() })

    const result = await runAction({
      cwd,
      inputs: {
        tags: `${name}:1.0.0\n${name}:latest`,
        'build-args': 'GREETING=hello from e2e',
        labels: 'org.example.team=platform',
        push: 'true'
      }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toMatch(
      /Engine: (docker buildx \S+ \(\S+ driver\)|docker build with the daemon's BuildKit .*), Docker \S+, (classic|containerd) image store/
    )
    expect(await listTags(engine.registry, repo)).toEqual(['1.0.0', 'latest'])

    const manifest = await getManifest(engine.registry, repo, '1.0.0')
    expect(output(result, 'digest')).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(output(result, 'digest')).toBe(manifest?.digest)
    expect((await getManifest(engine.registry, repo, 'latest'))?.digest).toBe(manifest?.digest)
    expect(output(result, 'tags').split('\n')).toEqual([`${name}:1.0.0`, `${name}:latest`])

    // The build argument really reached the build, and the labels the image.
    const image = output(result, 'imageid')
    expect(fileIn(image, '/greeting')).toBe('hello from e2e')
    expect(
      docker('image', 'inspect', '--format', '{{index .Config.Labels "org.example.team"}}', image)
    ).toBe('platform')
    // The layers' bytes: the classic store says so itself; the containerd store's
    // figure is its compressed blobs', which the layers' own bytes exceed.
    const inspected = Number(docker('image', 'inspect', '--format', '{{.Size}}', image))
    if (engine.can.imageStore === 'classic') expect(Number(output(result, 'size'))).toBe(inspected)
    else expect(Number(output(result, 'size'))).toBeGreaterThan(inspected)

    expect(result.summary).toContain(`\`${name}:1.0.0\``)
    expect(result.summary).toContain(output(result, 'digest'))
    expect(result.post?.exitCode).toBe(0)
    const tempDir = (JSON.parse(result.state.hoist ?? '{}') as { tempDir: string }).tempDir
    expect(tempDir.startsWith(result.runnerDir)).toBe(true)
    expect(existsSync(tempDir)).toBe(false)
  })

  it('builds the target stage only, and pushes nothing without push', async () => {
    const repo = uniqueRepo('target')
    const cwd = makeContext({ 'docker/app.Dockerfile': twoStageDockerfile() })

    const result = await runAction({
      cwd,
      inputs: {
        context: '.',
        file: path.join('docker', 'app.Dockerfile'),
        target: 'builder',
        tags: `${engine.registry}/${repo}:dev`,
        'build-args': 'GREETING=from the builder'
      }
    })

    expect(result.exitCode).toBe(0)
    expect(output(result, 'digest')).toBe('')
    expect(fileIn(output(result, 'imageid'), '/out/stage')).toBe('builder')
    expect(fileIn(output(result, 'imageid'), '/out/greeting')).toBe('from the builder')
    expect(await listTags(engine.registry, repo)).toEqual([])
    expect(result.summary).toContain('(not pushed)')
  })

  it('warns, and still succeeds, when the job summary cannot be written', async () => {
    const cwd = makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo ok > /ok\n` })

    const result = await runAction({
      cwd,
      inputs: { tags: `${engine.registry}/${uniqueRepo('nosummary')}:1` },
      env: { GITHUB_STEP_SUMMARY: path.join(cwd, 'missing-dir', 'summary.md') }
    })

    expect(result.exitCode).toBe(0)
    expect(result.warnings.join('\n')).toMatch(/job summary could not be written/)
    expect(output(result, 'imageid')).toMatch(/^sha256:/)
  })

  it('never fails the job from the post step, even on a state it cannot use', async () => {
    // A state whose cache record is empty: the save and its clean-up both throw.
    const result = await runAction({
      post: false,
      env: { STATE_isPost: 'true', STATE_hoist: JSON.stringify({ layerCache: {} }) }
    })

    expect(result.exitCode).toBe(0)
    expect(result.errors).toEqual([])
    expect(result.warnings.join('\n')).toMatch(/Clean-up was incomplete/)
  })

  it('ends each step once its work is done, though something it did not close holds node open', async () => {
    // A handle nobody closes, as a proxy's unanswered tunnel leaves one.
    const cwd = makeContext({
      Dockerfile: `FROM ${engine.baseImage}\nRUN echo open > /open\n`,
      'linger.mjs': 'setInterval(() => undefined, 60_000)\n'
    })
    const env = { NODE_OPTIONS: `--import=${path.join(cwd, 'linger.mjs')}` }
    const repo = uniqueRepo('linger')
    const name = `${engine.registry}/${repo}`

    const result = await runAction({
      cwd,
      inputs: { tags: `${name}:1`, push: 'true' },
      env,
      timeoutMs: 30_000
    })
    const invalid = await runAction({
      cwd,
      inputs: { tags: `${name}:2`, push: 'true', file: 'nope/Dockerfile' },
      env,
      post: false,
      timeoutMs: 30_000
    })

    expect(result.exitCode).toBe(0)
    expect(result.post?.exitCode).toBe(0)
    const ended = /::debug::Still open once the phase was done: .*Timeout.*; ended/
    expect(result.log).toMatch(ended)
    expect(result.post?.log).toMatch(ended)
    expect(await listTags(engine.registry, repo)).toEqual(['1'])
    expect(invalid.exitCode).toBe(1)
    expect(invalid.errors.join('\n')).toMatch(/file.*does not exist/)
  })

  const badInputs: [string, Record<string, string>, string, RegExp][] = [
    ['a Dockerfile that does not exist', { file: 'nope/Dockerfile' }, 'file', /does not exist/],
    [
      'an unknown target stage',
      { target: 'tester' },
      'target',
      /"tester".*stages are: builder, final/
    ],
    [
      'a build-args line without =',
      { 'build-args': 'GREETING' },
      'build-args',
      /"GREETING".*NAME=value/
    ],
    ['an upper-case tag', { tags: 'REPLACE/App:1' }, 'tags', /lower case/],
    ['a tag with a space', { tags: 'REPLACE/app:1 2' }, 'tags', /white space|not valid/],
    ['a non-boolean push', { push: 'maybe' }, 'push', /"maybe" is not a boolean/]
  ]

  it.each(badInputs)('fails clearly on %s, pushing nothing', async (_, inputs, input, reason) => {
    const repo = uniqueRepo('bad')
    const name = `${engine.registry}/${repo}`
    const cwd = makeContext({ Dockerfile: twoStageDockerfile() })
    const withTags = {
      tags: `${name}:1`,
      push: 'true',
      ...inputs
    }
    withTags.tags = withTags.tags.replace('REPLACE', name)

    const result = await runAction({ cwd, inputs: withTags })

    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(`Input "${input}"`)
    expect(result.errors[0]).toMatch(reason)
    expect(result.log).not.toMatch(/at .*\.js:\d+/) // no stack trace for a user mistake
    expect(result.log).not.toContain('[command]') // nothing ran: no build, no push
    expect(await listTags(engine.registry, repo)).toEqual([])
    expect(result.post?.exitCode).toBe(0)
  })

  it("lets no workflow command out of the build's output; Hoist's own still work", async () => {
    // The runner ends a line at a bare \r, which BuildKit passes through.
    const forged = [
      String.raw`RUN printf 'x\r::error::forged by the build\n' > /dev/stderr && echo 1 > /1`,
      String.raw`RUN printf 'y\r::add-mask::hoist\n' && echo 2 > /2`,
      String.raw`RUN printf 'z\r::stop-commands::forged\n' && echo 3 > /3`
    ]
    const cwd = makeContext({ Dockerfile: [`FROM ${engine.baseImage}`, ...forged, ''].join('\n') })

    const result = await runAction({
      cwd,
      // The steps run, to print: not taken from an engine kept from an earlier run.
      inputs: {
        tags: `${engine.registry}/${uniqueRepo('commands')}:1`,
        'max-size': '1B',
        'no-cache': 'true'
      }
    })

    expect(result.exitCode).toBe(0)
    expect(result.log).toMatch(/\r::error::forged by the build/) // printed, as text only
    expect(result.commands.filter(c => /forged|hoist/.test(c.message))).toEqual([])
    expect(result.commands.map(c => c.command)).not.toContain('add-mask')
    expect(result.errors).toEqual([])
    // After the build: the budget's warning, and the outputs, still reach the runner.
    expect(result.warnings).toEqual([expect.stringMatching(/compressed, over max-size 1 B/)])
    expect(output(result, 'imageid')).toMatch(/^sha256:/)
  })

  it('fails with the builder error when the build fails, pushing nothing', async () => {
    const repo = uniqueRepo('broken')
    const cwd = makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN exit 3\n` })

    const result = await runAction({
      cwd,
      inputs: { tags: `${engine.registry}/${repo}:1`, push: 'true' }
    })

    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^Build failed: .*exit code: 3/)
    expect(await listTags(engine.registry, repo)).toEqual([])
  })

  it('keeps a pushed image pushed when it cannot be inspected afterwards: the sizes are left out', async () => {
    // A daemon that has lost the image after the push: an inspect of it by its id
    // (the report's; the build's own push asks by name) is "No such image", to
    // the CLI and to the API alike.
    const lost = (request: IncomingMessage): boolean =>
      request.method === 'GET' &&
      /^(\/v[\d.]+)?\/images\/sha256:[0-9a-f]{64}\/json/.test(request.url ?? '')
    const proxy = await daemonProxy(lost)
    const repo = uniqueRepo('no-inspect')
    const cwd = makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo kept > /kept\n` })

    const result = await runAction({
      cwd,
      inputs: { tags: `${engine.registry}/${repo}:1`, push: 'true', advice: 'false' },
      env: { DOCKER_HOST: proxy.host }
    }).finally(() => proxy.close())

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/^The image's sizes are left out: /)
    )
    expect(await listTags(engine.registry, repo)).toEqual(['1'])
    expect(output(result, 'pushed')).toContain(`${engine.registry}/${repo}:1`)
    expect(result.summary).toContain(`${engine.registry}/${repo}:1`)
  })
})
