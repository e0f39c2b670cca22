import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import {
  daemonImage,
  daemonSocket,
  daemonTag,
  daemonUntag,
  requestsWritten
} from '../../src/engine/daemon-api.js'
import { ELF_HEADER, pathWithDocker } from './support/docker-on-path.js'
import { until } from './support/until.js'

describe('daemonSocket', () => {
  const config = mkdtempSync(path.join(tmpdir(), 'hoist-daemon-config-'))
  writeFileSync(path.join(config, 'config.json'), JSON.stringify({ currentContext: 'remote' }))
  afterAll(() => rmSync(config, { recursive: true, force: true }))
  const none = path.join(config, 'absent')

  it.each([
    [
      'a unix DOCKER_HOST',
      { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' },
      '/run/user/1000/docker.sock'
    ],
    ['a tcp DOCKER_HOST', { DOCKER_HOST: 'tcp://10.0.0.2:2376' }, undefined],
    ['an ssh DOCKER_HOST', { DOCKER_HOST: 'ssh://me@builder' }, undefined],
    ['nothing set', { DOCKER_CONFIG: none }, '/var/run/docker.sock'],
    [
      'DOCKER_CONTEXT=default',
      { DOCKER_CONTEXT: 'default', DOCKER_CONFIG: config },
      '/var/run/docker.sock'
    ],
    ['another DOCKER_CONTEXT', { DOCKER_CONTEXT: 'remote', DOCKER_CONFIG: none }, undefined],
    ["the config's currentContext", { DOCKER_CONFIG: config }, undefined]
  ])('%s → %s', (_, env, socket) => {
    expect(daemonSocket(env)).toBe(socket)
  })
})

describe('daemonImage', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-daemon-'))
  const socket = path.join(dir, 'docker.sock')
  const asked: string[] = []
  /** Answers the daemon holds back, until a test sends them. */
  const held: (() => void)[] = []
  let server: Server
  const saved = { host: process.env.DOCKER_HOST, path: process.env.PATH }
  // The docker CLI first on PATH (a compiled program's header), or a wrapper.
  const cli = pathWithDocker(dir, 'cli', ELF_HEADER, saved.path)
  const wrapper = pathWithDocker(
    dir,
    'wrapper',
    '#!/bin/sh\nDOCKER_HOST=unix:///elsewhere.sock exec docker "$@"\n',
    saved.path
  )

  beforeAll(async () => {
    server = createServer((request, response) => {
      asked.push(`${request.method} ${request.url ?? ''}`)
      if (request.method === 'POST' && request.url?.startsWith('/images/sha256:abc/tag?')) {
        response.statusCode = 201
        response.end()
      } else if (
        request.method === 'DELETE' &&
        request.url === '/images/127.0.0.1:5000/o/app:1?noprune=1'
      ) {
        response.setHeader('Content-Type', 'application/json')
        response.end('[{"Untagged":"127.0.0.1:5000/o/app:1"}]')
      } else if (request.url === '/images/sha256:held/json') {
        held.push(() => response.end('{}'))
      } else if (request.url === '/images/sha256:abc/json') {
        response.setHeader('Content-Type', 'application/json')
        response.end(JSON.stringify({ Id: 'sha256:abc', Size: 42 }))
      } else {
        response.statusCode = 404
        response.end('{"message":"No such image"}')
      }
    })
    await new Promise<void>(resolve => server.listen(socket, resolve))
    process.env.DOCKER_HOST = `unix://${socket}`
    process.env.PATH = cli
  })
  afterAll(async () => {
    if (saved.host === undefined) delete process.env.DOCKER_HOST
    else process.env.DOCKER_HOST = saved.host
    process.env.PATH = saved.path
    await new Promise(resolve => server.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  it("reads the daemon's answer", async () => {
    expect(await daemonImage('sha256:abc', 'json')).toEqual({ Id: 'sha256:abc', Size: 42 })
  })

  it('leaves what the daemon does not answer with 200 to the CLI', async () => {
    expect(await daemonImage('sha256:missing', 'history')).toBeUndefined()
    expect(asked.at(-1)).toBe('GET /images/sha256:missing/history')
  })

  it('tags as docker tag does: repository and tag apart, the port kept', async () => {
    expect(await daemonTag('sha256:abc', 'localhost:5000/o/app:1.2')).toBe(true)
    expect(asked.at(-1)).toBe('POST /images/sha256:abc/tag?repo=localhost%3A5000%2Fo%2Fapp&tag=1.2')
    expect(await daemonTag('sha256:other', 'localhost:5000/o/app:1.2')).toBe(false) // a 404
  })

  it('takes a name away as docker rmi does where the image has others, pruning nothing', async () => {
    expect(await daemonUntag('127.0.0.1:5000/o/app:1')).toBe(true)
    expect(asked.at(-1)).toBe('DELETE /images/127.0.0.1:5000/o/app:1?noprune=1')
    expect(await daemonUntag('127.0.0.1:5000/o/other:1')).toBe(false) // a 404
    const before = asked.length
    expect(await daemonUntag('../containers/x')).toBe(false)
    expect(asked.length).toBe(before)
  })

  it('leaves a reference with no tag, or a digest, to the CLI', async () => {
    const before = asked.length
    expect(await daemonTag('sha256:abc', 'localhost:5000/o/app')).toBe(false)
    expect(await daemonTag('sha256:abc', `r.io/app@sha256:${'0'.repeat(64)}`)).toBe(false)
    expect(asked.length).toBe(before)
  })

  it('leaves everything to the CLI where docker on PATH is a wrapper: it may reach another daemon', async () => {
    const before = asked.length
    process.env.PATH = wrapper
    try {
      expect(await daemonImage('sha256:abc', 'json')).toBeUndefined()
      expect(await daemonTag('sha256:abc', 'localhost:5000/o/app:1.2')).toBe(false)
    } finally {
      process.env.PATH = cli
    }
    expect(asked.length).toBe(before)
  })

  it('says when the requests made are written, before any answer', async () => {
    let answered = false
    const answer = daemonImage('sha256:held', 'json').then(() => (answered = true))
    await requestsWritten()
    await until(() => held.length > 0, 2000)
    expect(held.length).toBeGreaterThan(0)
    expect(answered).toBe(false)
    for (const send of held.splice(0)) send()
    await answer
    expect(asked.at(-1)).toBe('GET /images/sha256:held/json')
    await expect(requestsWritten()).resolves.toBeUndefined() // none left
  })

  it('says a request is written once the daemon can read it while this process is held', async () => {
    // The daemon is another process here: it reads the request while this one
    // holds its event loop, as loading the main phase's modules does.
    const other = path.join(dir, 'other.sock')
    const seen = path.join(dir, 'seen')
    const daemon = spawn(process.execPath, [
      '-e',
      `const fs = require('node:fs')
       require('node:net')
         .createServer(s => s.once('data', d => fs.writeFileSync(process.argv[2], String(d).split('\\r\\n')[0])))
         .listen(process.argv[1], () => console.log('listening'))`,
      other,
      seen
    ])
    await once(daemon.stdout, 'data')
    process.env.DOCKER_HOST = `unix://${other}`
    try {
      const answer = daemonImage('sha256:held', 'json')
      await requestsWritten()
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000)
      expect(existsSync(seen) && readFileSync(seen, 'utf8')).toBe(
        'GET /images/sha256:held/json HTTP/1.1'
      )
      daemon.kill()
      expect(await answer).toBeUndefined() // no answer: the CLI is left to ask
    } finally {
      daemon.kill()
      process.env.DOCKER_HOST = `unix://${socket}`
    }
  })

  it('never puts a name that is not an image reference in a path', async () => {
    const before = asked.length
    expect(await daemonImage('x/../../containers/json?all=1', 'json')).toBeUndefined()
    expect(await daemonImage('x/../../containers', 'json')).toBeUndefined()
    expect(await daemonImage('a b', 'json')).toBeUndefined()
    expect(asked.length).toBe(before)
  })
})
