import { describe, expect, it } from '@jest/globals'
import os from 'node:os'
import path from 'node:path'
import { runConfig, userConfigDir } from '../../src/registry/docker-config.js'

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
