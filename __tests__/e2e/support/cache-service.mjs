/**
 * A stand-in for the GitHub Actions cache service (v1 REST, what
 * @actions/cache speaks when ACTIONS_CACHE_URL is set), on 127.0.0.1.
 * Entries live in a temporary directory; the real library talks to it.
 * Plain JavaScript, so that scripts/bench-cache.mjs can use it too.
 */
import { Buffer } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync
} from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { URL } from 'node:url'

/**
 * @typedef {object} CacheEntry
 * @property {number} id
 * @property {string} key
 * @property {string} version
 * @property {string} file
 * @property {boolean} committed
 * @property {number} size   bytes of the committed archive, as stored (compressed)
 */

/**
 * @typedef {object} CacheService
 * @property {Record<string, string>} env   what the action's environment needs to use it
 * @property {'ok' | 'error' | 'taken'} mode  `error` answers every request with a 500; `taken`
 *   refuses every save with a 409, as when another job took the key first
 * @property {() => CacheEntry[]} entries   committed entries, oldest first
 * @property {() => void} truncateArchives  cuts every archive in half, like an interrupted upload
 * @property {(key: string) => void} evict  drops an entry, as GitHub drops the least recently used
 * @property {() => Promise<void>} close
 */

const API = '/_apis/artifactcache/'

/** @returns {Promise<CacheService>} */
export async function startCacheService() {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-cache-service-'))
  /** @type {CacheEntry[]} */
  const entries = []
  let lastId = 0
  const token = randomBytes(12).toString('hex')
  let base = ''
  const state = { mode: /** @type {'ok' | 'error' | 'taken'} */ ('ok') }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  const handle = async (req, res) => {
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
      const body = reserveRequest(await read(req))
      const taken = state.mode === 'taken'
      if (taken || entries.some(e => e.key === body.key && e.version === body.version)) {
        return send(res, 409, { message: `Cache already exists: ${body.key}` })
      }
      // Never reused, also once an entry is evicted.
      const id = ++lastId
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
    handle(req, res).catch(error => send(res, 500, { message: String(error) }))
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`

  return {
    env: { ACTIONS_CACHE_URL: base, ACTIONS_RUNTIME_TOKEN: token },
    get mode() {
      return state.mode
    },
    set mode(mode) {
      state.mode = mode
    },
    entries: () => entries.filter(e => e.committed),
    evict(key) {
      entries.splice(
        entries.findIndex(entry => entry.key === key),
        1
      )
    },
    truncateArchives() {
      for (const entry of entries) {
        entry.size = Math.floor(entry.size / 2)
        truncateSync(entry.file, entry.size)
      }
    },
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => {
          rmSync(dir, { recursive: true, force: true })
          resolve(undefined)
        })
      })
  }
}

/** An address nothing listens on: a cache service that is down. @returns {Promise<Record<string, string>>} */
export async function unreachableCacheEnv() {
  const server = createServer()
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port
  await new Promise(resolve => server.close(() => resolve(undefined)))
  return { ACTIONS_CACHE_URL: `http://127.0.0.1:${port}/`, ACTIONS_RUNTIME_TOKEN: 'unused' }
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} [body] */
function send(res, status, body) {
  if (body === undefined) {
    res.writeHead(status).end()
    return
  }
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
async function readBuffer(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/** @param {string} text @returns {{ key: string, version: string }} */
function reserveRequest(text) {
  /** @type {unknown} */
  const body = JSON.parse(text)
  const field = (/** @type {string} */ name) =>
    typeof body === 'object' && body !== null ? String(Reflect.get(body, name)) : ''
  return { key: field('key'), version: field('version') }
}

/** @param {import('node:http').IncomingMessage} req */
async function read(req) {
  return (await readBuffer(req)).toString('utf8')
}
