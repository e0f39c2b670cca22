import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { commands, ran, runAction, SUCCEEDED } from './support/action.js'
import { daemonImage } from '../../src/engine/daemon-api.js'
import { readDockerInfo, type DockerInfo } from '../../src/engine/docker-info.js'
import { docker, engine, makeContext, uniqueRepo } from './support/engine.js'
import { daemonProxy } from './support/daemon-proxy.js'
import { listTags } from './support/registry.js'
import { tlsDaemon } from './support/tls-daemon.js'

jest.setTimeout(300_000)

/** The test's own files (counting and wrapping dockers), removed at the end. */
const scratch = mkdtempSync(path.join(tmpdir(), 'hoist-fast-path-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/**
 * The docker commands a fully cached build and push of two tags may take, main
 * and post together, by engine. A regression guard that does not depend on
 * timing: each call is a process start and, most, a round trip to the daemon.
 * The image's inspect and history are asked of the daemon's API, not the CLI.
 *   runner: buildx's metadata (the daemon's part of docker info is its API's
 *           /info), buildx build --push (buildx's plugin itself)
 *   legacy: no buildx, so docker info; its client has no version there
 *           (docker version), and pushes each tag after the build
 *   containerd: pushes each tag; its sizes come from docker save, as the store
 *           reports compressed blobs
 */
const BUDGET: Record<string, number> = { runner: 2, host: 2, legacy: 5, containerd: 5 }

/**
 * The docker calls the action makes: a preload (support/spawn-log.mjs) writes
 * down each program it starts, and PATH stays the action's own, so the action
 * takes the path it takes in a job. A call of buildx's plugin itself is
 * written `buildx ARGS`, as through docker; the docker CLI's own children
 * (plugins' metadata for docker info) are not the action's. `events` are each
 * call's start and end (`start ARGS`, `end ARGS`), in order.
 */
function countingDocker(): {
  env: Record<string, string>
  calls: () => string[]
  events: () => string[]
} {
  const log = path.join(mkdtempSync(path.join(scratch, 'spawns-')), 'log')
  const preload = path.join(import.meta.dirname, 'support', 'spawn-log.mjs')
  const docker = (line: string): string | undefined => {
    const [event, program, ...args] = line.split(' ')
    if (program === 'docker') return `${event} ${args.join(' ')}`
    if (program === 'docker-buildx') return `${event} buildx ${args.join(' ')}`
    return undefined
  }
  const events = (): string[] =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .map(docker)
          .filter((line): line is string => line !== undefined)
      : []
  return {
    env: { NODE_OPTIONS: `--import=${preload}`, HOIST_SPAWN_LOG: log },
    calls: () =>
      events()
        .filter(event => event.startsWith('start '))
        .map(event => event.slice('start '.length)),
    events
  }
}

/** The file docker info names for buildx's plugin; '' without buildx. */
function buildxPlugin(): string {
  return docker(
    'info',
    '--format',
    '{{range .ClientInfo.Plugins}}{{if eq .Name "buildx"}}{{.Path}}{{end}}{{end}}'
  ).trim()
}

describe(`the fast path on the ${engine.profile} engine`, () => {
  it('takes no more docker calls than its budget for a cached build and push of two tags', async () => {
    const repo = `${engine.registry}/${uniqueRepo('fast')}`
    const cwd = makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo fast > /fast\n` })
    const inputs = { tags: `${repo}:1\n${repo}:2`, push: 'true' }
    const warm = await runAction({ cwd, inputs })
    expect(warm.exitCode).toBe(0)
    // The docker CLI on PATH is itself: the build runs buildx's plugin, not `docker buildx`.
    const plugin = buildxPlugin()
    if (plugin) {
      expect(
        commands(warm).filter(line => line.includes(`[command]${plugin} build `))
      ).toHaveLength(1)
    }

    const docker = countingDocker()
    const cached = await runAction({ cwd, inputs, env: docker.env })
    expect(cached.exitCode).toBe(0)
    expect(cached.post?.exitCode).toBe(0)
    expect(cached.summary).toMatch(/\| Steps cached \| 1 of 1 \|/)
    const calls = docker.calls()
    // The engine is found out once: by docker info, or, where buildx is, without the CLI.
    const detection = calls.filter(call => /^(info |buildx docker-cli-plugin-metadata)/.test(call))
    expect(detection).toEqual([
      plugin ? 'buildx docker-cli-plugin-metadata' : 'info --format {{json .}}'
    ])
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

  it('finds out without the CLI what docker info says of the daemon and of buildx', async () => {
    const read = await readDockerInfo()
    const cli = JSON.parse(docker('info', '--format', '{{json .}}')) as DockerInfo
    const fields = (info: DockerInfo) => ({
      Name: info.Name,
      ServerVersion: info.ServerVersion,
      SecurityOptions: info.SecurityOptions,
      DriverStatus: info.DriverStatus,
      buildx: info.ClientInfo?.Plugins?.filter(p => p.Name === 'buildx').map(p => ({
        Version: p.Version,
        Path: p.Path
      }))
    })
    expect('info' in read && fields(read.info)).toEqual(fields(cli))
    // Without buildx, the CLI itself was asked: its own part is there (its context).
    const asked = 'info' in read && read.info.ClientInfo && 'Context' in read.info.ClientInfo
    expect(asked).toBe(!buildxPlugin())
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

/**
 * A build runs buildx's plugin itself only where that reaches the daemon as
 * `docker buildx` does; elsewhere it goes through the docker CLI, and works.
 */
describe(`the build's way to the ${engine.profile} engine's daemon`, () => {
  async function buildAndPush(name: string, env: Record<string, string>) {
    const repo = `${engine.registry}/${uniqueRepo(name)}`
    const cwd = makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo ${name} > /way\n` })
    const result = await runAction({ cwd, inputs: { tags: `${repo}:1`, push: 'true' }, env })
    expect(ran(result)).toEqual(SUCCEEDED)
    expect(result.post?.exitCode).toBe(0)
    expect(await listTags(engine.registry, repo.slice(engine.registry.length + 1))).toEqual(['1'])
    return result
  }
  // The docker on PATH ran the build: the log names it `docker`.
  const throughDocker = (result: Awaited<ReturnType<typeof buildAndPush>>) => {
    const builds = commands(result).filter(line => / build /.test(line))
    expect(builds).toHaveLength(1)
    expect(builds[0]).toContain(
      engine.can.buildx ? '[command]docker buildx build ' : '[command]docker build '
    )
  }

  it('goes through a docker wrapper that names its own daemon (sudo, DOCKER_HOST)', async () => {
    const dir = mkdtempSync(path.join(scratch, 'docker-wrapper-'))
    const real = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim()
    const wrapper = path.join(dir, 'docker')
    writeFileSync(
      wrapper,
      `#!/bin/sh\nDOCKER_HOST='${process.env.DOCKER_HOST ?? ''}' exec '${real}' "$@"\n`,
      { mode: 0o755 }
    )
    // The job's own DOCKER_HOST names another daemon, one that answers nothing:
    // neither the build nor the daemon's API may go around the wrapper to it.
    const asked: string[] = []
    const other = await daemonProxy(request => {
      asked.push(`${request.method} ${request.url ?? ''}`)
      return true
    })
    try {
      const result = await buildAndPush('wrapped', {
        PATH: `${dir}:${process.env.PATH ?? ''}`,
        DOCKER_HOST: other.host
      })
      throughDocker(result)
      expect(asked).toEqual([])
    } finally {
      await other.close()
    }
  })

  it('reaches a daemon behind TLS from the environment (docker:dind)', async () => {
    const daemon = await tlsDaemon()
    try {
      const result = await buildAndPush('tls', daemon.env)
      throughDocker(result)
      expect(result.warnings).toEqual([])
    } finally {
      await daemon.close()
    }
  })
})
