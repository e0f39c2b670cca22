/**
 * The registry reader's HTTP: node's own `http`, through @actions/http-client,
 * which @actions/core has loaded already. It follows the runner's proxy
 * settings, keeps connections open between requests, and drops the
 * Authorization header on a redirect to another host. (A process's first
 * `fetch` spends some 30 ms starting its own HTTP stack before it sends.)
 */
import { HttpClient } from '@actions/http-client'
import type { IncomingMessage } from 'node:http'
import { REQUEST_TIMEOUT_MS } from './request.js'

export interface Answer {
  readonly status: number
  /** A response header, by its lower-case name. */
  header(name: string): string | undefined
  json(): Promise<unknown>
  /** The body as it comes. */
  readonly body: AsyncIterable<Uint8Array>
  /** Reads the body away, unused, so the connection serves the next request. */
  discard(): void
}

// A client keeps one agent, made for the protocol it first speaks: one per protocol.
const clients = new Map<string, HttpClient>()

function clientFor(url: string): HttpClient {
  const protocol = new URL(url).protocol
  let client = clients.get(protocol)
  if (!client) {
    client = new HttpClient('hoist', [], { keepAlive: true, socketTimeout: REQUEST_TIMEOUT_MS })
    clients.set(protocol, client)
  }
  return client
}

export async function httpRequest(
  method: 'GET' | 'HEAD',
  url: string,
  headers: Readonly<Record<string, string>>
): Promise<Answer> {
  const { message } = await clientFor(url).request(method, url, null, { ...headers })
  return answer(message)
}

function answer(message: IncomingMessage): Answer {
  return {
    status: message.statusCode ?? 0,
    header: name => {
      const value = message.headers[name]
      return Array.isArray(value) ? value.join(', ') : value
    },
    json: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of message) chunks.push(chunk as Buffer)
      return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
    },
    body: message,
    discard: () => {
      message.resume()
    }
  }
}
