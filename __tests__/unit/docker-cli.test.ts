import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isDockerCli, pluginMayRunAlone } from '../../src/engine/docker-cli.js'
import { ELF_HEADER, pathWithDocker } from './support/docker-on-path.js'

const dir = mkdtempSync(path.join(tmpdir(), 'hoist-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** An executable file here, its first bytes `content`. */
function file(name: string, content: string | Buffer): string {
  writeFileSync(path.join(dir, name), content, { mode: 0o755 })
  return path.join(dir, name)
}

function link(name: string, to: string): string {
  symlinkSync(to, path.join(dir, name))
  return path.join(dir, name)
}

describe('isDockerCli', () => {
  const cli = file('docker', ELF_HEADER)
  it.each<[string, string, boolean]>([
    ['the docker CLI (ELF)', cli, true],
    ['the docker CLI through a link', link('docker-link', cli), true],
    ['macOS', file('docker-macos', Buffer.from('cffaedfe07000001', 'hex')), true],
    ['Windows', file('docker.exe', Buffer.from('4d5a9000', 'hex')), true],
    [
      'a script that wraps it (sudo)',
      file('docker-sudo', '#!/bin/sh\nexec sudo /usr/bin/docker "$@"\n'),
      false
    ],
    [
      'a script with no #! line, which the shell runs',
      file('docker-sh', 'exec docker "$@"\n'),
      false
    ],
    ['a .cmd wrapper', file('docker.cmd', '@echo off\r\ndocker.exe %*\r\n'), false],
    [
      "a link to another program's launcher (snap)",
      link('docker-snap', file('snap', ELF_HEADER)),
      false
    ],
    ['an empty file', file('docker-empty', ''), false],
    ['no docker on PATH', '', false],
    ['a file that is not there', path.join(dir, 'docker-absent'), false]
  ])('%s', (_, docker, expected) => {
    expect(isDockerCli(docker)).toBe(expected)
  })
})

describe('pluginMayRunAlone', () => {
  const path0 = process.env.PATH
  const onPath = pathWithDocker(dir, 'bin', ELF_HEADER)
  const wrapped = pathWithDocker(dir, 'wrapped', '#!/bin/sh\nexec /usr/bin/docker "$@"\n')
  afterEach(() => {
    process.env.PATH = path0
  })

  it.each<[string, string, NodeJS.ProcessEnv, boolean]>([
    ['the docker CLI on PATH, nothing else set', onPath, {}, true],
    ['a wrapper first on PATH', wrapped, {}, false],
    ['TLS from the environment (docker:dind)', onPath, { DOCKER_TLS_VERIFY: '1' }, false],
    ['a TLS certificate path', onPath, { DOCKER_CERT_PATH: '/certs/client' }, false],
    [
      "the CLI's own connection for plugins",
      onPath,
      { DOCKER_CLI_PLUGIN_USE_DIAL_STDIO: '1' },
      false
    ],
    ['an empty TLS setting is none', onPath, { DOCKER_TLS_VERIFY: '' }, true]
  ])('%s', (_, searchPath, env, alone) => {
    process.env.PATH = searchPath
    expect(pluginMayRunAlone(env)).toBe(alone)
  })
})
