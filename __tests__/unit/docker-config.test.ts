import { afterEach, describe, expect, it } from '@jest/globals'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  configEnv,
  isolateDockerConfig,
  runConfig,
  userConfigDir,
  writeLoginConfig
} from '../../src/registry/docker-config.js'

describe('runConfig', () => {
  it('keeps settings and earlier logins, drops the credential store', () => {
    const user = {
      auths: { 'https://index.docker.io/v1/': { auth: 'eDp5' } },
      credsStore: 'desktop',
      currentContext: 'remote',
      proxies: { default: { httpProxy: 'http://proxy:3128' } }
    }
    expect(runConfig(user, ['ghcr.io'])).toEqual({
      auths: user.auths,
      currentContext: 'remote',
      proxies: user.proxies
    })
  })

  it('drops the credential helpers of the registries this run logs in to', () => {
    const user = { credHelpers: { 'ghcr.io': 'gh', 'gcr.io': 'gcloud' } }
    expect(runConfig(user, ['ghcr.io'])).toEqual({ credHelpers: { 'gcr.io': 'gcloud' } })
    expect(runConfig(user, ['ghcr.io', 'gcr.io'])).toEqual({})
  })

  it('leaves the user config as it was', () => {
    const user = { credsStore: 'pass' }
    runConfig(user, [])
    expect(user).toEqual({ credsStore: 'pass' })
  })
})

describe('userConfigDir', () => {
  it('is DOCKER_CONFIG, else ~/.docker', () => {
    expect(userConfigDir({ DOCKER_CONFIG: '/etc/docker-cfg' })).toBe('/etc/docker-cfg')
    expect(userConfigDir({})).toBe(path.join(os.homedir(), '.docker'))
  })
})

describe('isolateDockerConfig', () => {
  const before = process.env.DOCKER_CONFIG
  afterEach(() => {
    if (before === undefined) delete process.env.DOCKER_CONFIG
    else process.env.DOCKER_CONFIG = before
  })

  it("makes the run's own dir: settings kept, buildx and plugins linked, DOCKER_CONFIG set", () => {
    const user = mkdtempSync(path.join(os.tmpdir(), 'hoist-user-docker-'))
    mkdirSync(path.join(user, 'buildx'))
    mkdirSync(path.join(user, 'cli-plugins'))
    writeFileSync(
      path.join(user, 'config.json'),
      JSON.stringify({ credsStore: 'desktop', detachKeys: 'ctrl-e,e' })
    )
    process.env.DOCKER_CONFIG = user
    const temp = mkdtempSync(path.join(os.tmpdir(), 'hoist-runner-temp-'))

    const dir = isolateDockerConfig(temp, ['ghcr.io'])

    expect(path.dirname(dir)).toBe(temp)
    expect(process.env.DOCKER_CONFIG).toBe(dir)
    const config = path.join(dir, 'config.json')
    expect(JSON.parse(readFileSync(config, 'utf8'))).toEqual({ detachKeys: 'ctrl-e,e' })
    expect(statSync(config).mode & 0o777).toBe(0o600)
    expect(readlinkSync(path.join(dir, 'buildx'))).toBe(path.join(user, 'buildx'))
    expect(readlinkSync(path.join(dir, 'cli-plugins'))).toBe(path.join(user, 'cli-plugins'))
    expect(() => readlinkSync(path.join(dir, 'contexts'))).toThrow() // none to link
  })
})

describe('writeLoginConfig', () => {
  const before = process.env.DOCKER_CONFIG
  afterEach(() => {
    if (before === undefined) delete process.env.DOCKER_CONFIG
    else process.env.DOCKER_CONFIG = before
  })

  it('logs in to one host only: the settings of the config in use, none of its credentials', () => {
    const current = mkdtempSync(path.join(os.tmpdir(), 'hoist-run-docker-'))
    mkdirSync(path.join(current, 'contexts'))
    writeFileSync(
      path.join(current, 'config.json'),
      JSON.stringify({
        auths: { 'ghcr.io': { auth: 'c2VjcmV0' } },
        credsStore: 'desktop',
        credHelpers: { 'gcr.io': 'gcloud' },
        currentContext: 'remote'
      })
    )
    process.env.DOCKER_CONFIG = current
    const temp = mkdtempSync(path.join(os.tmpdir(), 'hoist-runner-temp-'))

    const dir = writeLoginConfig(temp, '127.0.0.1:5000', { username: 'hoist', password: 'p' })

    expect(process.env.DOCKER_CONFIG).toBe(current) // the command's own environment points at it
    expect(configEnv(dir)).toEqual({
      DOCKER_CONFIG: dir,
      REGISTRY_AUTH_FILE: path.join(dir, 'auth.json')
    })
    const auths = { '127.0.0.1:5000': { auth: Buffer.from('hoist:p').toString('base64') } }
    const config = path.join(dir, 'config.json')
    expect(JSON.parse(readFileSync(config, 'utf8'))).toEqual({ currentContext: 'remote', auths })
    expect(JSON.parse(readFileSync(path.join(dir, 'auth.json'), 'utf8'))).toEqual({ auths })
    for (const file of [config, path.join(dir, 'auth.json')]) {
      expect(statSync(file).mode & 0o777).toBe(0o600)
    }
    expect(readlinkSync(path.join(dir, 'contexts'))).toBe(path.join(current, 'contexts'))
  })
})
