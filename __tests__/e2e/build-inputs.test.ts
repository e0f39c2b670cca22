import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BUILD_COMMAND, output, runAction, type RunResult } from './support/action.js'
import { docker, engine, fileIn, makeContext, uniqueRepo } from './support/engine.js'
import { getManifest, listTags } from './support/registry.js'

// Real builds; a cold one takes seconds.
jest.setTimeout(180_000)

/** What the legacy profile's 20.10 client cannot do (buildx's own flags) is asked of buildx only. */
const buildx = () => engine.can.buildx

/** No build ran: the log has no build command. */
function expectNothingBuilt(result: RunResult): void {
  expect(result.log).not.toMatch(BUILD_COMMAND)
}

describe(`build-push-action's build inputs on the ${engine.profile} engine`, () => {
  let agent: ChildProcess | undefined
  let agentSocket = ''

  beforeAll(async () => {
    // A real SSH agent for RUN --mount=type=ssh, on a socket of this test's own.
    agentSocket = path.join(mkdtempSync(path.join(tmpdir(), 'hoist-ssh-')), 'agent.sock')
    agent = spawn('ssh-agent', ['-D', '-a', agentSocket], { stdio: 'ignore' })
    for (let i = 0; i < 50 && !existsSync(agentSocket); i++) {
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  })

  afterAll(() => {
    agent?.kill()
  })

  it('hosts, network none, ssh, cgroup-parent and outputs reach the build, on every engine', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'hoist-out-'))
    const cwd = makeContext({
      Dockerfile: [
        `FROM ${engine.baseImage}`,
        'RUN grep myhost /etc/hosts > /hosts',
        // Without a network, only the loopback interface is there.
        'RUN cat /proc/net/dev | grep -c : > /interfaces',
        'RUN --mount=type=ssh ls -l "$SSH_AUTH_SOCK" > /ssh && echo "$SSH_AUTH_SOCK" >> /ssh',
        'RUN echo exported > /exported',
        ''
      ].join('\n')
    })

    const result = await runAction({
      cwd,
      inputs: {
        tags: `${engine.registry}/${uniqueRepo('inputs')}:1`,
        'add-hosts': 'myhost:10.1.2.3',
        network: 'none',
        ssh: 'default',
        'cgroup-parent': 'hoist-e2e',
        outputs: `type=local,dest=${path.join(out, 'fs')}`,
        cache: 'off'
      },
      env: { SSH_AUTH_SOCK: agentSocket }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const image = output(result, 'imageid')
    expect(fileIn(image, '/hosts')).toMatch(/^10\.1\.2\.3\s+myhost$/)
    expect(fileIn(image, '/interfaces')).toBe('1')
    // The agent's socket was mounted where SSH_AUTH_SOCK points, as a socket.
    const [listing, socket] = fileIn(image, '/ssh').split('\n')
    expect(listing).toMatch(/^s/)
    expect(socket).toMatch(/^\/\S+/)
    expect(readFileSync(path.join(out, 'fs', 'exported'), 'utf8')).toBe('exported\n')
    expect(readFileSync(path.join(out, 'fs', 'hosts'), 'utf8')).toContain('myhost')
  })

  it('a named build context, shm-size and ulimit reach the build (buildx)', async () => {
    if (!buildx()) {
      const result = await runAction({
        cwd: makeContext({ Dockerfile: `FROM ${engine.baseImage}\n` }),
        inputs: { 'shm-size': '128m' }
      })
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toMatch(/^Input "shm-size": .*cannot do it: it needs buildx/)
      expectNothingBuilt(result)
      return
    }
    const cwd = makeContext({
      Dockerfile: [
        `FROM ${engine.baseImage}`,
        'COPY --from=extra greeting /greeting',
        'RUN busybox df -k /dev/shm | tail -n 1 > /shm',
        'RUN ulimit -n > /nofile',
        ''
      ].join('\n'),
      'extra/greeting': 'from the named context\n'
    })

    const result = await runAction({
      cwd,
      inputs: {
        'build-contexts': 'extra=./extra',
        'shm-size': '96m',
        ulimit: 'nofile=1024:1024',
        cache: 'off'
      }
    })

    expect(result.errors).toEqual([])
    const image = output(result, 'imageid')
    expect(fileIn(image, '/greeting')).toBe('from the named context')
    expect(fileIn(image, '/shm').split(/\s+/)[1]).toBe(String(96 * 1024))
    expect(fileIn(image, '/nofile')).toBe('1024')
  })

  it('no-cache-filters rebuilds the stages it names, and only those (buildx)', async () => {
    if (!buildx()) return expect(engine.profile).toBe('legacy')
    const cwd = makeContext({
      Dockerfile: [
        `FROM ${engine.baseImage} AS stamp`,
        'RUN cat /proc/sys/kernel/random/uuid > /id',
        `FROM ${engine.baseImage}`,
        'RUN cat /proc/sys/kernel/random/uuid > /kept',
        'COPY --from=stamp /id /id',
        ''
      ].join('\n')
    })
    const build = (inputs: Record<string, string> = {}) =>
      runAction({ cwd, inputs: { cache: 'off', ...inputs } })

    const first = await build()
    const filtered = await build({ 'no-cache-filters': 'stamp' })

    expect(filtered.errors).toEqual([])
    const [before, after] = [output(first, 'imageid'), output(filtered, 'imageid')]
    expect(fileIn(after, '/id')).not.toBe(fileIn(before, '/id'))
    expect(fileIn(after, '/kept')).toBe(fileIn(before, '/kept'))
  })

  it('builder: the build runs on the builder named, and the log says which', async () => {
    if (!buildx()) return expect(engine.profile).toBe('legacy')
    // Only the current context's docker-driver builder can build here (buildx refuses
    // another context's, and the docker-container and remote drivers need a BuildKit
    // image or daemon that cannot be had): the named one is `default`.
    const result = await runAction({
      cwd: makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo built > /b\n` }),
      inputs: { builder: 'default', cache: 'off' }
    })
    expect(result.errors).toEqual([])
    expect(result.log).toMatch(/Engine: docker buildx \S+ \(docker driver, builder "default"\)/)
    expect(result.log).toMatch(/\[command\]\S*docker[ -]buildx build .*--builder default/)
    expect(fileIn(output(result, 'imageid'), '/b')).toBe('built')
  })

  it('annotations reach the pushed manifest where the engine keeps them, else fail clearly', async () => {
    const repo = uniqueRepo('annotated')
    const cwd = makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo a > /a\n` })
    const result = await runAction({
      cwd,
      inputs: {
        images: `${engine.registry}/${repo}`,
        tags: 'type=raw,value=1',
        annotations: 'org.example.team=platform',
        push: 'true',
        cache: 'off'
      }
    })

    if (engine.can.imageStore !== 'containerd') {
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toMatch(/^Input "annotations": .*cannot do it/)
      expectNothingBuilt(result)
      expect(await listTags(engine.registry, repo)).toEqual([])
      return
    }
    expect(result.errors).toEqual([])
    const pushed = await getManifest(engine.registry, repo, '1')
    // The containerd store pushes an index: the annotations are on the image's manifest.
    const index = pushed as unknown as {
      manifests?: { digest: string; annotations?: Record<string, string> }[]
    }
    const imageEntry = index.manifests?.find(
      m => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest'
    )
    const manifest = (imageEntry
      ? await getManifest(engine.registry, repo, imageEntry.digest)
      : pushed) as unknown as { annotations?: Record<string, string> }
    expect(manifest.annotations).toMatchObject({
      'org.example.team': 'platform',
      'org.opencontainers.image.version': '1'
    })
    expect(output(result, 'annotations').split('\n')).toContain(
      'manifest:org.example.team=platform'
    )
  })

  it('load: true leaves the image in the daemon under its tag', async () => {
    const tag = `${engine.registry}/${uniqueRepo('loaded')}:1`
    const result = await runAction({
      cwd: makeContext({ Dockerfile: `FROM ${engine.baseImage}\n` }),
      inputs: { tags: tag, load: 'true', cache: 'off' }
    })
    expect(result.errors).toEqual([])
    expect(docker('image', 'inspect', '--format', '{{.Id}}', tag)).toMatch(/^sha256:/)
  })

  const badInputs: [string, Record<string, string>, string, RegExp][] = [
    [
      'a host without an address',
      { 'add-hosts': 'myhost' },
      'add-hosts',
      /"myhost" is not of the form host:ip/
    ],
    [
      'an unknown network',
      { network: 'bridge' },
      'network',
      /"bridge" is not default, none or host/
    ],
    ['a ulimit without a value', { ulimit: 'nofile' }, 'ulimit', /name=soft\[:hard\]/],
    [
      'an output of no type',
      { outputs: 'dest=out' },
      'outputs',
      /"dest=out" is not of the form type=/
    ],
    [
      'a builder that does not exist',
      { builder: 'no-such-builder' },
      'builder',
      /"no-such-builder" is not a buildx builder here/
    ],
    [
      'a call buildx 0.13 cannot make',
      { call: 'check' },
      'call',
      /cannot do it: it needs buildx 0\.15|needs buildx/
    ],
    ['a load that is not a boolean', { load: 'maybe' }, 'load', /"maybe" is not a boolean/]
  ]

  it.each(badInputs)(
    'fails clearly on %s: nothing built or pushed',
    async (_, inputs, input, reason) => {
      const repo = uniqueRepo('bad-input')
      const result = await runAction({
        cwd: makeContext({ Dockerfile: `FROM ${engine.baseImage}\nRUN echo x > /x\n` }),
        inputs: { tags: `${engine.registry}/${repo}:1`, push: 'true', ...inputs }
      })

      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toContain(`Input "${input}"`)
      expect(result.errors[0]).toMatch(reason)
      expect(result.log).not.toMatch(/at .*\.js:\d+/)
      expectNothingBuilt(result)
      expect(await listTags(engine.registry, repo)).toEqual([])
    }
  )
})

describe("metadata-action's outputs for later steps", () => {
  const cwd = () => makeContext({ Dockerfile: `FROM ${engine.baseImage}\n` })
  const inputs = {
    images: `${engine.registry}/octo/app`,
    tags: 'type=raw,value=1.0\ntype=raw,value=edge',
    cache: 'off'
  }

  it('exports every output as DOCKER_METADATA_OUTPUT_*, joined by the sep-* inputs', async () => {
    const result = await runAction({
      cwd: cwd(),
      inputs: { ...inputs, 'sep-tags': ',', 'sep-labels': ';', 'sep-annotations': ' ' }
    })

    expect(result.errors).toEqual([])
    const env = result.exportedEnv
    const image = `${engine.registry}/octo/app`
    expect(output(result, 'tags')).toBe(`${image}:1.0,${image}:edge`)
    expect(env.DOCKER_METADATA_OUTPUT_TAGS).toBe(output(result, 'tags'))
    expect(env.DOCKER_METADATA_OUTPUT_TAG_NAMES).toBe('1.0,edge')
    expect(env.DOCKER_METADATA_OUTPUT_VERSION).toBe('1.0')
    expect(env.DOCKER_METADATA_OUTPUT_LABELS?.split(';')).toContain(
      'org.opencontainers.image.version=1.0'
    )
    expect(env.DOCKER_METADATA_OUTPUT_ANNOTATIONS?.split(' ')).toContain(
      'manifest:org.opencontainers.image.version=1.0'
    )
    expect(env.DOCKER_METADATA_OUTPUT_JSON).toBe(output(result, 'json'))
    expect(JSON.parse(output(result, 'json'))).toMatchObject({
      tags: [`${image}:1.0`, `${image}:edge`]
    })
  })

  it('annotation levels from DOCKER_METADATA_ANNOTATIONS_LEVELS; no exports when DOCKER_METADATA_SET_OUTPUT_ENV is false', async () => {
    const result = await runAction({
      cwd: cwd(),
      inputs,
      env: {
        DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index',
        DOCKER_METADATA_SET_OUTPUT_ENV: 'false'
      }
    })

    expect(result.errors).toEqual([])
    const annotations = output(result, 'annotations').split('\n')
    expect(annotations).toContain('manifest:org.opencontainers.image.version=1.0')
    expect(annotations).toContain('index:org.opencontainers.image.version=1.0')
    expect(
      Object.keys(result.exportedEnv).filter(name => name.startsWith('DOCKER_METADATA'))
    ).toEqual([])
  })
})
