import { describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from './support/action.js'
import { daemonImage } from '../../src/engine/daemon-api.js'
import { docker, engine, makeContext, uniqueRepo } from './support/engine.js'
import { listTags } from './support/registry.js'

jest.setTimeout(300_000)

/**
 * The docker commands a fully cached build and push of two tags may take, main
 * and post together, by engine. A regression guard that does not depend on
 * timing: each call is a process start and, most, a round trip to the daemon.
 * The image's inspect and history are asked of the daemon's API, not the CLI.
 *   runner: docker info, buildx build --push
 *   legacy: its client has no version in docker info (docker version), and
 *           pushes each tag after the build
 *   containerd: pushes each tag; its sizes come from docker save, as the store
 *           reports compressed blobs
 */
const BUDGET: Record<string, number> = { runner: 2, host: 2, legacy: 5, containerd: 5 }

/**
 * A `docker` first on PATH that writes down each call, then runs the engine's
 * own; where there is buildx, a docker config beside it whose `docker-buildx`
 * does the same, since a build runs buildx's plugin itself. The docker CLI's
 * own runs of the plugin (its metadata for docker info; `docker buildx …`,
 * written down as a docker call) are not calls of their own. `events` are each
 * call's start and end (`start ARGS`, `end ARGS`), in order; a call of the
 * plugin is written `buildx ARGS`, as through docker.
 */
function countingDocker(): {
  env: Record<string, string>
  calls: () => string[]
  events: () => string[]
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-docker-calls-'))
  const real = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim()
  const log = path.join(dir, 'calls')
  const events = path.join(dir, 'events')
  const counting = (program: string, name: string, passThrough: string) =>
    [
      '#!/bin/sh',
      passThrough,
      `printf '%s\\n' "${name}$*" >> '${log}'`,
      `printf 'start %s\\n' "${name}$*" >> '${events}'`,
      `'${program}' "$@"`,
      'status=$?',
      `printf 'end %s\\n' "${name}$*" >> '${events}'`,
      'exit $status',
      ''
    ].join('\n')
  writeFileSync(path.join(dir, 'docker'), counting(real, '', ''), { mode: 0o755 })
  const env: Record<string, string> = { PATH: `${dir}:${process.env.PATH ?? ''}` }
  const plugin = docker(
    'info',
    '--format',
    '{{range .ClientInfo.Plugins}}{{if eq .Name "buildx"}}{{.Path}}{{end}}{{end}}'
  ).trim()
  if (plugin) {
    const from = process.env.DOCKER_CONFIG || path.join(homedir(), '.docker')
    const config = path.join(dir, 'config')
    mkdirSync(path.join(config, 'cli-plugins'), { recursive: true })
    for (const entry of ['config.json', 'buildx', 'contexts']) {
      if (existsSync(path.join(from, entry))) {
        symlinkSync(path.join(from, entry), path.join(config, entry))
      }
    }
    const ownRun = `case "$1" in docker-cli-plugin-metadata|buildx) exec '${plugin}' "$@";; esac`
    writeFileSync(
      path.join(config, 'cli-plugins', 'docker-buildx'),
      counting(plugin, 'buildx ', ownRun),
      { mode: 0o755 }
    )
    env.DOCKER_CONFIG = config
  }
  const lines = (file: string): string[] =>
    existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
  return { env, calls: () => lines(log), events: () => lines(events) }
}

describe(`the fast path on the ${engine.profile} engine`, () => {
  it('takes no more docker calls than its budget for a cached build and push of two tags', async () => {
    const repo = `${engine.registry}/${uniqueRepo('fast')}`
    const cwd = makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo fast > /fast\n` })
    const inputs = { tags: `${repo}:1\n${repo}:2`, push: 'true' }
    const warm = await runAction({ cwd, inputs })
    expect(warm.exitCode).toBe(0)

    const docker = countingDocker()
    const cached = await runAction({ cwd, inputs, env: docker.env })
    expect(cached.exitCode).toBe(0)
    expect(cached.post?.exitCode).toBe(0)
    expect(cached.summary).toMatch(/\| Steps cached \| 1 of 1 \|/)
    const calls = docker.calls()
    expect(calls.length).toBeLessThanOrEqual(BUDGET[engine.profile] ?? 4)
    expect(await listTags(engine.registry, repo.slice(engine.registry.length + 1))).toEqual([
      '1',
      '2'
    ])
    if (engine.profile === 'runner') {
      // The build pushed both tags itself: no docker push after it, no buildx inspect before.
      expect(calls.filter(call => call.startsWith('buildx build --push'))).toHaveLength(1)
      expect(calls.filter(call => call.startsWith('push '))).toEqual([])
      expect(calls.filter(call => call.startsWith('buildx inspect'))).toEqual([])
    }
  })

  it("reads an image's inspect and history from the daemon's API as the CLI prints them", async () => {
    const cwd = makeContext({
      Dockerfile: `FROM ${engine.baseImage}\nRUN printf 'a\\tb'\t> /tmp/tab\nUSER 1000\n`
    })
    const id = docker('build', '--quiet', cwd).trim()
    const fields = (record: Record<string, unknown>) => ({
      Id: record.Id,
      Size: record.Size,
      RepoDigests: record.RepoDigests,
      Os: record.Os,
      Architecture: record.Architecture,
      RootFS: record.RootFS,
      User: (record.Config as { User?: string }).User
    })
    const [cli] = JSON.parse(docker('image', 'inspect', id)) as Record<string, unknown>[]
    const api = (await daemonImage(id, 'json')) as Record<string, unknown>
    expect(fields(api)).toEqual(fields(cli ?? {}))
    expect(fields(api).User).toBe('1000')

    const format = '{{.Size}} {{json .CreatedBy}} {{json .Comment}}'
    const printed = docker('history', '--no-trunc', '--human=false', '--format', format, id)
    const history = (await daemonImage(id, 'history')) as {
      Size: number
      CreatedBy: string
      Comment: string
    }[]
    const fromApi = history.map(
      h =>
        `${h.Size} ${JSON.stringify(h.CreatedBy.replaceAll('\t', ' '))} ${JSON.stringify(h.Comment)}`
    )
    expect(fromApi).toEqual(printed.trim().split('\n'))
    expect(printed).toContain("printf 'a\\\\tb' > /tmp/tab") // the CLI shows a tab as a space
  })

  // Where the build pushes (buildx's docker driver on the classic store), it writes the image first.
  const onEnginesThatPushFromBuild = engine.profile === 'runner' ? it : undefined
  onEnginesThatPushFromBuild?.(
    'reads a new image for the advice while the build is still pushing it',
    async () => {
      const repo = `${engine.registry}/${uniqueRepo('early')}`
      // 30 MB of new random data: its push lasts long after the image is written.
      const dockerfile = [
        `FROM ${engine.baseImage}`,
        `RUN echo ${repo} > /repo && head -c 30000000 /dev/urandom > /data`,
        ''
      ].join('\n')
      const docker = countingDocker()
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile }),
        inputs: { tags: `${repo}:1`, push: 'true' },
        env: docker.env
      })
      expect(result.errors).toEqual([])
      // The step ends: the output of docker save is drained to its end (left unread,
      // it kept the command from closing, and node ended the step with exit code 13).
      expect(result.exitCode).toBe(0)
      const events = docker.events()
      const buildEnd = events.findIndex(event => event.startsWith('end buildx build'))
      const saveStart = events.findIndex(event => /^start (image )?save /.test(event))
      expect(buildEnd).toBeGreaterThan(0)
      expect(saveStart).toBeGreaterThan(0)
      expect(saveStart).toBeLessThan(buildEnd)
      // Read once: nothing read early is read again after the build. The history
      // and the inspects are the daemon API's answers, not the CLI's.
      expect(docker.calls().filter(call => /^(image )?save /.test(call))).toHaveLength(1)
      expect(docker.calls().filter(call => /^(history|image inspect) /.test(call))).toEqual([])
      expect(result.warnings).toEqual([])
      expect(result.summary).toContain('Advice')
    }
  )
})
