/**
 * Asks the docker daemon's own API over its local socket: its info, an
 * image's inspect, its history, a new name for it. Each takes a few
 * milliseconds this way; each docker CLI call costs some 20 (the CLI starts
 * and reads its config, then asks the same API). Only where the socket is
 * certain: DOCKER_HOST names a unix socket, or no context is chosen
 * (DOCKER_CONTEXT, the config's `currentContext`) and docker's default socket
 * is the daemon's; and the `docker` on PATH is the docker CLI, not a wrapper
 * that may reach another daemon (docker-cli.ts). Anywhere else (tcp, ssh, a
 * context, a wrapper), and after any failure, the caller asks the CLI.
 */
import { request, type RequestOptions } from 'node:http'
import * as path from 'node:path'
import { userConfigDir } from '../registry/docker-config.js'
import { dockerOnPathIsTheCli } from './docker-cli.js'
import { readJsonObject } from '../json-file.js'

const DEFAULT_SOCKET = '/var/run/docker.sock'
const TIMEOUT_MS = 10_000

/** The daemon's socket, when the docker CLI would use it too; undefined otherwise. Reads only the config. */
export function daemonSocket(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const host = env.DOCKER_HOST
  if (host) return host.startsWith('unix://') ? host.slice('unix://'.length) : undefined
  const context = env.DOCKER_CONTEXT || configuredContext(env)
  return !context || context === 'default' ? DEFAULT_SOCKET : undefined
}

/** The daemon's socket, where the `docker` on PATH would ask that one too. */
function apiSocket(): string | undefined {
  const socket = daemonSocket()
  return socket && dockerOnPathIsTheCli() ? socket : undefined
}

/** Whether the daemon is asked here at all; when not, the CLI is. */
export function daemonApiUsable(): boolean {
  return apiSocket() !== undefined
}

/** The context docker's config names; none without a config (the default context). */
function configuredContext(env: NodeJS.ProcessEnv): string | undefined {
  const file = path.join(userConfigDir(env), 'config.json')
  const { currentContext } = readJsonObject<{ currentContext?: unknown }>(file) ?? {}
  return typeof currentContext === 'string' ? currentContext : undefined
}

/** An image id or reference, as it may stand in an API path: no `..`, no query. */
const IMAGE_NAME = /^(?!.*\.\.)[\w.:/@-]+$/

/**
 * The daemon's `/images/<image>/json` (what `docker image inspect` prints)
 * or `/images/<image>/history`; undefined, for the CLI to be asked, where
 * the socket is not certain or the daemon did not answer.
 */
export async function daemonImage(image: string, what: 'json' | 'history'): Promise<unknown> {
  return IMAGE_NAME.test(image) ? daemonJson(`/images/${image}/${what}`) : undefined
}

/**
 * The daemon's `/info` (the daemon's part of `docker info`); undefined, for
 * the CLI to be asked, where the socket is not certain or the daemon did not
 * answer.
 */
export function daemonInfo(): Promise<unknown> {
  return daemonJson('/info')
}

async function daemonJson(apiPath: string): Promise<unknown> {
  const socket = apiSocket()
  if (!socket) return undefined
  const answer = await daemonRequest(socket, 'GET', apiPath).catch(() => undefined)
  if (answer?.status !== 200) return undefined
  try {
    return JSON.parse(answer.body) as unknown
  } catch {
    return undefined
  }
}

/**
 * Names `image` `reference` (`registry/repository:tag`), as `docker tag`
 * does; false, for the CLI to be asked, where the socket is not certain or
 * the daemon did not tag it.
 */
export async function daemonTag(image: string, reference: string): Promise<boolean> {
  const socket = apiSocket()
  const colon = reference.lastIndexOf(':')
  const repository = reference.slice(0, colon)
  const tag = reference.slice(colon + 1)
  if (!socket || !IMAGE_NAME.test(image) || colon <= 0 || tag.includes('/')) return false
  if (reference.includes('@')) return false
  const query = new URLSearchParams({ repo: repository, tag })
  const apiPath = `/images/${image}/tag?${query.toString()}`
  const answer = await daemonRequest(socket, 'POST', apiPath).catch(() => undefined)
  return answer?.status === 201
}

/**
 * Takes the name `reference` away from its image, as `docker rmi` does where
 * the image has other names (and prunes nothing); false, for the CLI to be
 * asked, where the socket is not certain or the daemon did not.
 */
export async function daemonUntag(reference: string): Promise<boolean> {
  const socket = apiSocket()
  if (!socket || !IMAGE_NAME.test(reference)) return false
  const apiPath = `/images/${reference}?noprune=1`
  const answer = await daemonRequest(socket, 'DELETE', apiPath).catch(() => undefined)
  return answer?.status === 200
}

/** Requests made and not yet written to the socket (`requestsWritten`). */
const unwritten = new Set<Promise<void>>()

/**
 * Settles once every request made so far has been written to the daemon's
 * socket, or has failed. A request is written only when the event loop turns:
 * the entry point waits for this (docker-info.ts, `startDockerInfo`) before
 * loading the main phase's modules, which hold the loop for some 30 ms, so
 * that the daemon answers while they load.
 */
export async function requestsWritten(): Promise<void> {
  await Promise.all(unwritten)
}

/** One request to the daemon, its answer read whole. */
function daemonRequest(
  socketPath: string,
  method: 'GET' | 'POST' | 'DELETE',
  apiPath: string
): Promise<{ status: number; body: string }> {
  // A socket has no server name: giving none spares the agent working one out
  // (its IP test compiles a regular expression, some 3 ms, before the first request leaves).
  const options: RequestOptions & { servername: string } = {
    socketPath,
    method,
    path: apiPath,
    timeout: TIMEOUT_MS,
    servername: ''
  }
  return new Promise((resolve, reject) => {
    const req = request(options, response => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8')
        })
      })
    })
    req.on('timeout', () =>
      req.destroy(new Error(`the daemon did not answer ${method} ${apiPath}`))
    )
    req.on('error', reject)
    const written = new Promise<void>(settle => {
      req.once('finish', settle)
      req.once('close', settle)
    })
    unwritten.add(written)
    void written.then(() => unwritten.delete(written))
    req.end()
  })
}
