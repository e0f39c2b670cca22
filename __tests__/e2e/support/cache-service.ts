/**
 * A stand-in for the GitHub Actions cache service (v1 REST, what
 * @actions/cache speaks when ACTIONS_CACHE_URL is set), on 127.0.0.1.
 * Entries live in a temporary directory; the real library talks to it.
 */
import { randomBytes } from 'node:crypto'
import { closeSync, mkdtempSync, openSync, statSync, truncateSync, writeSync } from 'node:fs'
import { createReadStream } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** `ok` serves; `error` answers every request with a 500. */
export type ServiceMode = 'ok' | 'error'

export interface CacheEntry {
  readonly id: number
  readonly key: string
  readonly version: string
  readonly file: string
  committed: boolean
  /** Bytes of the committed archive (compressed, as stored). */
  size: number
}

export interface CacheService {
  /** What the action's environment needs to use this service. */
  readonly env: Record<string, string>
  mode: ServiceMode
  /** Committed entries, oldest first. */
  entries(): CacheEntry[]
  /** Cuts every stored archive in half, as an interrupted upload would leave it. */
  truncateArchives(): void
  close(): Promise<void>
}

const API = '/_apis/artifactcache/'

export async function startCacheService(): Promise<CacheService> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-cache-service-'))
  const entries: CacheEntry[] = []
  const token = randomBytes(12).toString('hex')
  let base = ''
  const state = { mode: 'ok' as ServiceMode }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (state.mode === 'error') return send(res, 500, { message: 'injected failure' })
    const url = new URL(req.url ?? '/', base)
    if (url.pathname.startsWith('/archive/')) {
      const entry = entries.find(e => e.committed && String(e.id) === url.pathname.slice(9))
      if (!entry) return send(res, 404, {})
      res.writeHead(200, { 'Content-Length': statSync(entry.file).size })
      createReadStream(entry.file).pipe(res)
      return
    }
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, {})
    if (req.method === 'GET' && url.pathname === `${API}cache`) {
      const keys = (url.searchParams.get('keys') ?? '').split(',')
      const version = url.searchParams.get('version')
      const usable = entries.filter(e => e.committed && e.version === version).reverse()
      const hit =
        usable.find(e => e.key === keys[0]) ??
        keys.map(k => usable.find(e => e.key.startsWith(k))).find(Boolean)
      if (!hit) return send(res, 204)
      return send(res, 200, { cacheKey: hit.key, archiveLocation: `${base}archive/${hit.id}` })
    }
    if (req.method === 'POST' && url.pathname === `${API}caches`) {
      const body = JSON.parse(await read(req)) as { key: string; version: string }
      if (entries.some(e => e.key === body.key && e.version === body.version)) {
        return send(res, 409, { message: `Cache already exists: ${body.key}` })
      }
      const id = entries.length + 1
      const file = path.join(dir, `${id}.archive`)
      closeSync(openSync(file, 'w'))
      entries.push({ id, key: body.key, version: body.version, file, committed: false, size: 0 })
      return send(res, 201, { cacheId: id })
    }
    const match = new RegExp(`^${API}caches/(\\d+)$`).exec(url.pathname)
    const entry = entries.find(e => String(e.id) === match?.[1])
    if (!entry) return send(res, 404, {})
    if (req.method === 'PATCH') {
      const start = Number(/bytes (\d+)-/.exec(req.headers['content-range'] ?? '')?.[1] ?? 0)
      const chunk = await readBuffer(req)
      const fd = openSync(entry.file, 'r+')
      writeSync(fd, chunk, 0, chunk.length, start)
      closeSync(fd)
      return send(res, 204)
    }
    if (req.method === 'POST') {
      entry.committed = true
      entry.size = statSync(entry.file).size
      return send(res, 204)
    }
    send(res, 405, {})
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`

  return {
    env: { ACTIONS_CACHE_URL: base, ACTIONS_RUNTIME_TOKEN: token },
    get mode() {
      return state.mode
    },
    set mode(mode: ServiceMode) {
      state.mode = mode
    },
    entries: () => entries.filter(e => e.committed),
    truncateArchives() {
      for (const entry of entries) truncateSync(entry.file, Math.floor(entry.size / 2))
      for (const entry of entries) entry.size = Math.floor(entry.size / 2)
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** An address nothing listens on: a cache service that is down. */
export async function unreachableCacheEnv(): Promise<Record<string, string>> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise<void>(resolve => server.close(() => resolve()))
  return { ACTIONS_CACHE_URL: `http://127.0.0.1:${port}/`, ACTIONS_RUNTIME_TOKEN: 'unused' }
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end()
    return
  }
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
}

async function readBuffer(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function read(req: IncomingMessage): Promise<string> {
  return (await readBuffer(req)).toString('utf8')
}
