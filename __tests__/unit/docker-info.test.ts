import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { buildxPlugin, pluginVersion, readDockerInfo } from '../../src/engine/docker-info.js'
import { ELF_HEADER, pathWithDocker } from './support/docker-on-path.js'

const METADATA = { SchemaVersion: '0.1.0', Vendor: 'Docker Inc.', Version: 'v0.99.1' }

describe('buildxPlugin', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-plugins-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const place = (...parts: string[]): string => {
    const at = path.join(dir, ...parts)
    mkdirSync(at, { recursive: true })
    writeFileSync(path.join(at, 'docker-buildx'), '')
    return path.join(at, 'docker-buildx')
  }
  const config = (name: string, content: object): string => {
    const at = path.join(dir, name)
    mkdirSync(at, { recursive: true })
    writeFileSync(path.join(at, 'config.json'), JSON.stringify(content))
    return at
  }

  it("takes the config's extra dirs first, then its own cli-plugins, as the CLI does", () => {
    const own = place('own', 'cli-plugins')
    expect(buildxPlugin({ DOCKER_CONFIG: path.join(dir, 'own') }, 'linux')).toBe(own)
    const extra = place('extra')
    const configDir = config('with-extra', {
      cliPluginsExtraDirs: [path.join(dir, 'none'), path.join(dir, 'extra')]
    })
    place('with-extra', 'cli-plugins')
    expect(buildxPlugin({ DOCKER_CONFIG: configDir }, 'linux')).toBe(extra)
  })

  it('leaves Windows, and a config it cannot read the same way, to the CLI', () => {
    const own = path.join(dir, 'own')
    expect(buildxPlugin({ DOCKER_CONFIG: own }, 'win32')).toBeUndefined()
    const odd = config('odd', { cliPluginsExtraDirs: [42] })
    place('odd', 'cli-plugins')
    expect(buildxPlugin({ DOCKER_CONFIG: odd }, 'linux')).toBeUndefined()
  })
})

describe('pluginVersion', () => {
  it.each([
    ['a valid answer', JSON.stringify(METADATA), 'v0.99.1'],
    ['another schema', JSON.stringify({ ...METADATA, SchemaVersion: '0.2.0' }), ''],
    ['no vendor', JSON.stringify({ ...METADATA, Vendor: '' }), ''],
    ['not JSON', 'buildx: unknown command', '']
  ])('%s → %j', (_, metadata, version) => {
    expect(pluginVersion(metadata)).toBe(version)
  })
})

describe('readDockerInfo', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-info-'))
  const socket = path.join(dir, 'docker.sock')
  const config = path.join(dir, 'config')
  const asked: string[] = []
  let status = 200
  let server: Server
  const saved = { ...process.env }
  const bin = (name: string, docker: string | Buffer): string =>
    pathWithDocker(dir, name, docker, saved.PATH)
  // The docker CLI (a compiled program's header, which cannot run: asked, it fails), or a wrapper.
  const cli = bin('cli', ELF_HEADER)
  const cliInfo = {
    ServerVersion: '28.0.0',
    Name: 'from-the-cli',
    ClientInfo: { Version: '28.0.0' }
  }
  const wrapper = bin('wrapper', `#!/bin/sh\necho '${JSON.stringify(cliInfo)}'\n`)
  const refused = bin(
    'refused',
    "#!/bin/sh\necho 'Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?' >&2\nexit 1\n"
  )
  // Each run of the fake plugin, by its arguments; HOIST_TEST_PLUGIN makes it slow or wrong.
  const runs = path.join(dir, 'plugin-runs')
  const pluginRuns = (): string[] =>
    existsSync(runs) ? readFileSync(runs, 'utf8').trim().split('\n') : []

  beforeAll(async () => {
    mkdirSync(path.join(config, 'cli-plugins'), { recursive: true })
    writeFileSync(
      path.join(config, 'cli-plugins', 'docker-buildx'),
      [
        '#!/bin/sh',
        `echo "$*" >> '${runs}'`,
        '[ "$HOIST_TEST_PLUGIN" = slow ] && sleep 2',
        '[ "$HOIST_TEST_PLUGIN" = wrong ] && echo "{}" && exit 0',
        `[ "$1" = docker-cli-plugin-metadata ] && echo '${JSON.stringify(METADATA)}'`,
        ''
      ].join('\n'),
      { mode: 0o755 }
    )
    server = createServer((request, response) => {
      asked.push(`${request.method} ${request.url ?? ''}`)
      response.statusCode = request.url === '/info' ? status : 404
      response.end(
        JSON.stringify({
          ServerVersion: '29.1.0',
          Name: 'host',
          DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']]
        })
      )
    })
    await new Promise<void>(resolve => server.listen(socket, resolve))
    process.env.DOCKER_HOST = `unix://${socket}`
    process.env.DOCKER_CONFIG = config
  })
  beforeEach(() => {
    status = 200
    asked.length = 0
    rmSync(runs, { force: true })
    process.env.PATH = cli
    delete process.env.HOIST_TEST_PLUGIN
  })
  afterAll(async () => {
    process.env = saved
    await new Promise(resolve => server.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  it("reads the daemon's /info and buildx's metadata, and does not run the CLI", async () => {
    expect(await readDockerInfo()).toEqual({
      info: {
        ServerVersion: '29.1.0',
        Name: 'host',
        DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']],
        ClientInfo: {
          Plugins: [
            {
              Name: 'buildx',
              Version: 'v0.99.1',
              Path: path.join(config, 'cli-plugins', 'docker-buildx')
            }
          ]
        }
      }
    })
    expect(asked).toEqual(['GET /info'])
    expect(pluginRuns()).toEqual(['docker-cli-plugin-metadata'])
  })

  it('asks the CLI when the daemon does not answer, without waiting for buildx', async () => {
    status = 500
    process.env.HOIST_TEST_PLUGIN = 'slow'
    const started = Date.now()
    expect(await readDockerInfo()).toHaveProperty('failure')
    expect(Date.now() - started).toBeLessThan(1_500) // the plugin takes 2 s
    expect(asked).toEqual(['GET /info'])
    // The plugin ends before the tests do: no process is left behind them.
    await new Promise(resolve => setTimeout(resolve, 2_200 - (Date.now() - started)))
  })

  it('asks the CLI when buildx gives no valid metadata', async () => {
    process.env.HOIST_TEST_PLUGIN = 'wrong'
    expect(await readDockerInfo()).toHaveProperty('failure')
    expect(pluginRuns()).toEqual(['docker-cli-plugin-metadata'])
  })

  it("quotes the CLI's error when it is asked and fails", async () => {
    process.env.PATH = refused
    expect(await readDockerInfo()).toEqual({
      failure:
        'Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?'
    })
  })

  it('asks the CLI where docker on PATH is a wrapper, and never the daemon nor buildx', async () => {
    process.env.PATH = wrapper
    expect(await readDockerInfo()).toEqual({ info: cliInfo })
    expect(asked).toEqual([])
    expect(pluginRuns()).toEqual([])
  })

  it('asks the CLI where no buildx plugin is found', async () => {
    process.env.DOCKER_CONFIG = path.join(dir, 'elsewhere')
    try {
      // No system dirs either: the machine's own docker install is not this test's.
      expect(await readDockerInfo([])).toHaveProperty('failure')
      expect(asked).toEqual([])
    } finally {
      process.env.DOCKER_CONFIG = config
    }
  })
})
