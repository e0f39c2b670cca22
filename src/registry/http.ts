/**
 * The registry clients' HTTP: node's own `http`, through @actions/http-client,
 * which @actions/core has loaded already. It follows the runner's proxy
 * settings, keeps connections open between requests, and drops the
 * Authorization header on a redirect to another host. Bodies are node
 * streams, piped: a copy between registries spends about half the CPU that
 * `fetch`'s web streams do, and a process's first `fetch` spends some 30 ms
 * starting its own HTTP stack before it sends.
 */
import { HttpClient } from '@actions/http-client'
import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { REQUEST_TIMEOUT_MS } from './request.js'

export type Body = Buffer | Readable

export interface Answer {
  readonly status: number
  /** A response header, by its lower-case name. */
  header(name: string): string | undefined
  bytes(): Promise<Buffer>
  json(): Promise<unknown>
  /** The body as it comes. */
  readonly body: Readable
  /** Reads the body away, unused, so the connection serves the next request. */
  discard(): void
}

export interface RequestOptions {
  /** A connection silent for this long fails the request (the default: REQUEST_TIMEOUT_MS). */
  readonly idleTimeoutMs?: number
}

// A client keeps one agent, made for the protocol it first speaks, and one time limit.
const clients = new Map<string, HttpClient>()

function clientFor(url: string, idleTimeoutMs: number): HttpClient {
  const key = `${new URL(url).protocol} ${idleTimeoutMs}`
  let client = clients.get(key)
  if (!client) {
    client = new HttpClient('hoist', [], { keepAlive: true, socketTimeout: idleTimeoutMs })
    clients.set(key, client)
  }
  return client
}

export async function httpRequest(
  method: string,
  url: string,
  headers: Readonly<Record<string, string>>,
  body?: Body,
  options: RequestOptions = {}
): Promise<Answer> {
  const sent = { ...headers }
  if (Buffer.isBuffer(body)) sent['Content-Length'] ??= String(body.length)
  const data = Buffer.isBuffer(body) ? Readable.from([body]) : (body ?? null)
  // A body that fails (its source's connection reset) ends the request early: the
  // request fails with the body's error, which says what went wrong.
  let bodyError: Error | undefined
  data?.once('error', (error: Error) => (bodyError = error))
  const client = clientFor(url, options.idleTimeoutMs ?? REQUEST_TIMEOUT_MS)
  const { message } = await client.request(method, url, data, sent)
  if (bodyError !== undefined) {
    message.resume()
    throw bodyError
  }
  return answer(message)
}

function answer(message: IncomingMessage): Answer {
  // A connection lost mid-body fails the read of it (bytes, json, a stream's
  // consumer); one being discarded has nobody to tell.
  message.on('error', () => undefined)
  const bytes = async (): Promise<Buffer> => {
    const chunks: Buffer[] = []
    for await (const chunk of message) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }
  return {
    status: message.statusCode ?? 0,
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
