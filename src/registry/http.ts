/**
 * The registry clients' HTTP: node's own `http` and `https`, through the
 * agents of @actions/http-client (loaded with @actions/core already), which
 * follow the runner's proxy settings and keep connections open. Bodies are
 * node streams, piped: a copy between registries spends about half the CPU
 * that `fetch`'s web streams do, and a process's first `fetch` spends some
 * 30 ms starting its own HTTP stack before it sends.
 *
 * Limits: a request fails, with the limit it ran into, when its connection
 * does not open in time (CONNECT_TIMEOUT_MS, a proxy's tunnel included),
 * when the connection stays silent past the idle limit (headers or body), or
 * when its whole answer has not come by the deadline (REQUEST_TIMEOUT_MS; a
 * transfer, whose size has no bound, has none). An answer read whole (bytes,
 * json) is at most MAX_ANSWER_BYTES. A body that fails (its source's
 * connection reset) ends its request at once, with the body's error.
 * Redirects of a request without a body are followed; Authorization goes only
 * to the origin it was meant for, never from https down to http.
 */
import { HttpClient } from '@actions/http-client'
import { request as plainRequest, type Agent, type IncomingMessage } from 'node:http'
import { request as tlsRequest } from 'node:https'
import { pipeline, Readable } from 'node:stream'
import { CONNECT_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from './request.js'

export type Body = Buffer | Readable

export interface Answer {
  readonly status: number
  /** 2xx. */
  readonly ok: boolean
  /** A response header, by its lower-case name. */
  header(name: string): string | undefined
  /** The whole body; fails past `limit` bytes (MAX_ANSWER_BYTES). */
  bytes(limit?: number): Promise<Buffer>
  json(): Promise<unknown>
  /** The body as it comes. */
  readonly body: Readable
  /** Reads the body away, unused, so the connection serves the next request. */
  discard(): void
}

export interface RequestOptions {
  /** A connection silent for this long fails the request (the default: REQUEST_TIMEOUT_MS). */
  readonly idleTimeoutMs?: number
  /**
   * The answer, its body read too, comes whole within this long, or the
   * request fails (the default: REQUEST_TIMEOUT_MS); Infinity: no deadline.
   */
  readonly deadlineMs?: number
  /** The connection opens within this long (the default: CONNECT_TIMEOUT_MS). */
  readonly connectTimeoutMs?: number
}

/** A manifest, a token's or an API's answer: far less than this. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024

type Limits = Required<RequestOptions>

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 10

// http-client's agent, for the protocol its client first spoke: a client per protocol.
const clients = new Map<string, HttpClient>()

function agentFor(url: URL): Agent {
  let client = clients.get(url.protocol)
  if (!client)
    clients.set(url.protocol, (client = new HttpClient('hoist', [], { keepAlive: true })))
  return client.getAgent(url.toString())
}

export async function httpRequest(
  method: string,
  url: string,
  headers: Readonly<Record<string, string>>,
  body?: Body,
  options: RequestOptions = {}
): Promise<Answer> {
  const limits = {
    idleTimeoutMs: options.idleTimeoutMs ?? REQUEST_TIMEOUT_MS,
    deadlineMs: options.deadlineMs ?? REQUEST_TIMEOUT_MS,
    connectTimeoutMs: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS
  }
  let target = new URL(url)
  let sent = { ...headers }
  for (let redirects = 0; ; redirects++) {
    const message = await send(method, target, sent, body, limits)
    const location = message.headers.location
    const follow = REDIRECTS.has(message.statusCode ?? 0) && location && body === undefined
    if (!follow || redirects >= MAX_REDIRECTS) return answer(message)
    message.resume()
    const next = new URL(location, target)
    if (target.protocol === 'https:' && next.protocol !== 'https:') {
      throw new Error(`${target.host} redirected to ${next.protocol}//${next.host}: refused`)
    }
    if (next.origin !== target.origin) sent = withoutAuthorization(sent)
    target = next
  }
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization')
  )
}

function send(
  method: string,
  url: URL,
  headers: Readonly<Record<string, string>>,
  body: Body | undefined,
  limits: Limits
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const sent: Record<string, string> = { 'User-Agent': 'hoist', ...headers }
    if (Buffer.isBuffer(body)) sent['Content-Length'] ??= String(body.length)
    const request = url.protocol === 'https:' ? tlsRequest : plainRequest
    let answered: IncomingMessage | undefined
    const req = request(url, { method, headers: sent, agent: agentFor(url) }, message => {
      answered = message
      message.once('close', () => clearTimeout(deadline))
      resolve(message)
    })
    // Past the answer's headers, its body's reader is the one to tell.
    const fail = (what: string): void => {
      const error = Object.assign(new Error(`${method} ${url.host}: ${what}`), {
        code: 'ETIMEDOUT'
      })
      if (answered) answered.destroy(error)
      req.destroy(error)
      // A request that has no socket yet (a proxy's tunnel still opening) tells nobody itself.
      reject(error)
    }
    const seconds = (ms: number): string => `${ms / 1000} s`
    req.setTimeout(limits.idleTimeoutMs, () =>
      fail(`no answer for ${seconds(limits.idleTimeoutMs)}`)
    )
    // Started now: a proxy's agent hands the socket over only once its tunnel is open.
    const connecting = setTimeout(
      () => fail(`not connected in ${seconds(limits.connectTimeoutMs)}`),
      limits.connectTimeoutMs
    ).unref()
    const deadline = Number.isFinite(limits.deadlineMs)
      ? setTimeout(
          () => fail(`no whole answer in ${seconds(limits.deadlineMs)}`),
          limits.deadlineMs
        ).unref()
      : undefined
    req.once('socket', socket => {
      if (!socket.connecting) clearTimeout(connecting)
      else socket.once('connect', () => clearTimeout(connecting))
    })
    req.once('close', () => {
      clearTimeout(connecting)
      if (!answered) clearTimeout(deadline)
    })
    req.on('error', reject)
    if (body === undefined) req.end()
    else if (Buffer.isBuffer(body)) req.end(body)
    else pipeline(body, req, error => error && req.destroy(error))
  })
}

function answer(message: IncomingMessage): Answer {
  // A connection lost mid-body fails the read of it (bytes, json, a stream's
  // consumer); one being discarded has nobody to tell.
  message.on('error', () => undefined)
  const bytes = async (limit = MAX_ANSWER_BYTES): Promise<Buffer> => {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of message) {
      size += (chunk as Buffer).length
      if (size > limit) {
        message.destroy()
        throw new Error(`the answer is over ${limit} bytes`)
      }
      chunks.push(chunk as Buffer)
    }
    return Buffer.concat(chunks)
  }
  const status = message.statusCode ?? 0
  return {
    status,
    ok: status >= 200 && status < 300,
    header: name => {
      const value = message.headers[name]
      return Array.isArray(value) ? value.join(', ') : value
    },
    bytes,
    json: async () => JSON.parse((await bytes()).toString('utf8')) as unknown,
    body: message,
    discard: () => {
      message.resume()
    }
  }
}
