import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Server } from 'node:http'
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net'
import { PassThrough } from 'node:stream'
import { httpRequest } from '../../src/registry/http.js'
import { serve } from './support/serve.js'

const seen: { url: string; authorization?: string; length?: string; body?: string }[] = []
let main: { url: string; server: Server }
let other: { url: string; server: Server }

beforeAll(async () => {
  other = await serve((request, response) => {
    seen.push({ url: `other ${request.url ?? ''}`, authorization: request.headers.authorization })
    response.end('{"there":true}')
  })
  main = await serve((request, response) => {
    request.on('error', () => response.destroy())
    const body: Buffer[] = []
    request.on('data', (chunk: Buffer) => body.push(chunk))
    request.on('end', () => {
      seen.push({
        url: request.url ?? '',
        authorization: request.headers.authorization,
        length: request.headers['content-length'],
        body: Buffer.concat(body).toString()
      })
      if (request.url === '/here') response.writeHead(307, { Location: '/there' }).end()
      else if (request.url === '/away')
        response.writeHead(302, { Location: `${other.url}/x` }).end()
      else if (request.url === '/stall') {
        response.writeHead(200, { 'Content-Length': '1000' })
        response.write('0123456789') // then nothing
      } else if (request.url === '/trickle') {
        response.writeHead(200, { 'Content-Length': '1000' })
        const timer = setInterval(() => response.write('.'), 50)
        response.on('close', () => clearInterval(timer))
      } else if (request.url === '/big') response.end('x'.repeat(2000))
      else response.end('{"ok":1}')
    })
  })
})

afterAll(async () => {
  for (const { server } of [main, other]) {
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
  }
})

describe('httpRequest', () => {
  it('follows a relative redirect with the credentials, on the same origin', async () => {
    seen.length = 0
    const answer = await httpRequest('GET', `${main.url}/here`, { Authorization: 'Bearer t' })
    expect(await answer.json()).toEqual({ ok: 1 })
    expect(seen.map(s => [s.url, s.authorization])).toEqual([
      ['/here', 'Bearer t'],
      ['/there', 'Bearer t']
    ])
  })

  it('drops the credentials on a redirect to another origin (the same host, another port)', async () => {
    seen.length = 0
    const answer = await httpRequest('GET', `${main.url}/away`, { Authorization: 'Bearer t' })
    expect(await answer.json()).toEqual({ there: true })
    expect(seen.map(s => [s.url, s.authorization])).toEqual([
      ['/away', 'Bearer t'],
      ['other /x', undefined]
    ])
  })

  it('sends a buffer with its length', async () => {
    seen.length = 0
    const answer = await httpRequest('PUT', `${main.url}/put`, {}, Buffer.from('hello'))
    answer.discard()
    expect(answer.ok).toBe(true)
    expect(seen[0]).toMatchObject({ length: '5', body: 'hello' })
  })

  it('fails at once, with its reason, when the body it sends fails', async () => {
    const body = new PassThrough()
    body.write('some of it')
    setTimeout(() => body.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })), 50)
    const started = Date.now()
    await expect(
      httpRequest('PUT', `${main.url}/put`, { 'Content-Length': '1000' }, body, {
        idleTimeoutMs: 60_000
      })
    ).rejects.toMatchObject({ code: 'ECONNRESET' })
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('fails a body that stops coming once the connection is silent past the limit', async () => {
    const answer = await httpRequest('GET', `${main.url}/stall`, {}, undefined, {
      idleTimeoutMs: 300
    })
    const started = Date.now()
    await expect(answer.bytes()).rejects.toThrow(/: no answer for 0.3 s$/)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('fails an answer that trickles in past its deadline, however lively the connection', async () => {
    const started = Date.now()
    const answer = await httpRequest('GET', `${main.url}/trickle`, {}, undefined, {
      idleTimeoutMs: 300,
      deadlineMs: 600
    })
    await expect(answer.bytes()).rejects.toThrow(/: no whole answer in 0.6 s$/)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('reads an answer whole only up to its limit', async () => {
    const answer = await httpRequest('GET', `${main.url}/big`, {})
    await expect(answer.bytes(100)).rejects.toThrow('the answer is over 100 bytes')
    await expect((await httpRequest('GET', `${main.url}/big`, {})).bytes()).resolves.toHaveLength(
      2000
    )
  })

  it("fails when a proxy's tunnel does not open in time", async () => {
    // A proxy that takes the connection and never answers its CONNECT.
    const held: Socket[] = []
    const silent = createNetServer(socket => held.push(socket))
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    const saved = process.env.HTTPS_PROXY
    process.env.HTTPS_PROXY = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
    try {
      const started = Date.now()
      await expect(
        httpRequest('GET', 'https://registry.example.test/v2/', {}, undefined, {
          connectTimeoutMs: 300
        })
      ).rejects.toThrow(/registry.example.test: not connected in 0.3 s$/)
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY
      else process.env.HTTPS_PROXY = saved
      for (const socket of held) socket.destroy()
      await new Promise(resolve => silent.close(resolve))
    }
  })
})
