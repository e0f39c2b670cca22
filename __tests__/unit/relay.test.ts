import { afterEach, describe, expect, it } from '@jest/globals'
import { PassThrough, Readable } from 'node:stream'
import { request } from 'node:http'
import { basicAuthorization } from '../../src/registry/docker-auth.js'
import { httpRequest } from '../../src/registry/http.js'
import { startRelay, type PushRelay, type RelayTarget } from '../../src/registry/relay.js'
import { RegistryRepository, sha256 } from '../../src/registry/repository.js'
import type { RetryIO } from '../../src/registry/retry.js'
import { memoryRegistry } from './support/memory-registry.js'
import { until } from './support/until.js'

const ONE_TRY = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, stallMs: 60_000 }
const TWO_TRIES = { ...ONE_TRY, attempts: 2 }

const opened: { relay?: PushRelay; servers: { close(): void }[] } = { servers: [] }
afterEach(async () => {
  await opened.relay?.close()
  for (const server of opened.servers) server.close()
  opened.servers = []
})

/** Two registries, one with two repositories; the relay in front of them. */
async function setUp(
  fault?: (method: string, url: string) => number | undefined | Promise<undefined>,
  policy = ONE_TRY
) {
  const one = await memoryRegistry()
  const two = await memoryRegistry(fault)
  opened.servers.push(one.server, two.server)
  const target = (host: string, repository: string, tags: string[]): RelayTarget => ({
    registry: host,
    repository: new RegistryRepository({ registry: host, repository }, undefined),
    tags
  })
  const targets = [
    target(one.host, 'o/app', ['1', 'latest']),
    target(two.host, 'app', ['1']),
    target(two.host, 'mirror/app', ['1'])
  ]
  const retries: string[] = []
  const io: RetryIO = { sleep: () => Promise.resolve(), log: line => void retries.push(line) }
  const relay = await startRelay(targets, policy, io)
  opened.relay = relay
  // What the engine does: log in to the relay, and push one image to it.
  const engine = new RegistryRepository(
    { registry: relay.host, repository: 'o/app' },
    relay.credentials
  )
  return { one, two, relay, engine, retries }
}

const layer = Buffer.from('a layer, compressed as the engine pushes it')
const manifestOf = (blob: Buffer) => ({
  bytes: Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      layers: [{ digest: sha256(blob), size: blob.length }]
    })
  ),
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  get digest() {
    return sha256(this.bytes)
  }
})

describe('the push relay', () => {
  it('writes one push to every repository, by PATCH or by PUT with the body, under every tag', async () => {
    const { one, two, relay, engine } = await setUp()
    // docker's push: PATCH, then PUT with the digest.
    const patched = await engine.sendChunk(await engine.startUpload(), Readable.from([layer]))
    await engine.closeUpload(patched, sha256(layer))
    // BuildKit's and containerd's: PUT with the body.
    const config = Buffer.from('{"config":{}}')
    await engine.finishUpload(
      await engine.startUpload(),
      { digest: sha256(config), size: config.length },
      config
    )
    const manifest = manifestOf(layer)
    await engine.putManifest('1', manifest)

    for (const registry of [one, two]) {
      expect(registry.blobs.get(sha256(layer))).toEqual(layer)
      expect(registry.blobs.get(sha256(config))).toEqual(config)
    }
    expect([...one.manifests.keys()]).toEqual(['o/app:1', 'o/app:latest'])
    expect([...two.manifests.keys()]).toEqual(['app:1', 'mirror/app:1'])
    for (const written of [...one.manifests.values(), ...two.manifests.values()]) {
      expect(written).toEqual({ bytes: manifest.bytes, type: manifest.mediaType })
    }
    for (const registry of [one.host, two.host]) {
      expect(relay.outcome(registry)).toEqual({ ok: true, digest: manifest.digest })
    }
  })

  it('writes an index as engines push one: its images by digest, then the index under every tag', async () => {
    const { one, two, relay, engine } = await setUp()
    const image = manifestOf(layer)
    await engine.putManifest(image.digest, image)
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [{ digest: image.digest, size: image.bytes.length }]
      })
    )
    const index = {
      bytes,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: sha256(bytes)
    }
    await engine.putManifest('1', index)

    expect([...one.manifests.keys()]).toEqual([`o/app:${image.digest}`, 'o/app:1', 'o/app:latest'])
    expect(two.manifests.get(`mirror/app:${image.digest}`)?.bytes).toEqual(image.bytes)
    expect(two.manifests.get('mirror/app:1')).toEqual({ bytes, type: index.mediaType })
    // The digest is the index's, the one the tags name.
    expect(relay.outcome(two.host)).toEqual({ ok: true, digest: index.digest })
  })

  it('sends the body on as it comes: every registry has its first megabyte before the engine sends the rest', async () => {
    const { one, two, engine } = await setUp()
    const url = await engine.startUpload()
    const body = new PassThrough()
    const sent = engine.sendChunk(url, body)
    const first = Buffer.alloc(1536 * 1024, 1)
    body.write(first)
    const receivedBy = (registry: typeof one) => [...registry.received.values()]
    const MB = 1024 * 1024
    await until(() => [one, two].every(registry => receivedBy(registry).some(bytes => bytes >= MB)))
    // The first registry's repository, and both of the second's, side by side.
    expect(receivedBy(one).filter(bytes => bytes >= MB)).toHaveLength(1)
    expect(receivedBy(two).filter(bytes => bytes >= MB)).toHaveLength(2)
    const rest = Buffer.alloc(64 * 1024, 2)
    body.end(rest)
    await engine.closeUpload(await sent, sha256(Buffer.concat([first, rest])))
    expect(one.blobs.get(sha256(Buffer.concat([first, rest])))?.length).toBe(
      first.length + rest.length
    )
    expect(two.blobs.size).toBe(1)
  })

  it('leaves no registry out when the engine gives an upload up, even before its body goes out', async () => {
    // The registries open their uploads slowly: the engine resets its connection meanwhile.
    const slowly = (method: string) =>
      method === 'POST'
        ? new Promise<undefined>(resolve => setTimeout(() => resolve(undefined), 100))
        : undefined
    const { one, two, relay, engine } = await setUp(slowly)
    const url = await engine.startUpload()
    const cut = request(url, {
      method: 'PATCH',
      headers: { Authorization: basicAuthorization(relay.credentials) }
    })
    cut.on('error', () => undefined)
    cut.write(layer)
    await new Promise(resolve => setTimeout(resolve, 20))
    cut.destroy()
    await new Promise(resolve => setTimeout(resolve, 150))
    // Nothing of it is left going to the registries, to hang there until a timeout.
    await until(() => one.open() + two.open() === 0)
    expect([one.open(), two.open()]).toEqual([0, 0])

    // The engine tries again with another upload, and the push goes through to both.
    const patched = await engine.sendChunk(await engine.startUpload(), Readable.from([layer]))
    await engine.closeUpload(patched, sha256(layer))
    const manifest = manifestOf(layer)
    await engine.putManifest('1', manifest)
    for (const registry of [one.host, two.host]) {
      expect(relay.outcome(registry)).toEqual({ ok: true, digest: manifest.digest })
    }
  })

  it('says a blob is there only where every registry has it, with its size', async () => {
    const { one, two, engine } = await setUp()
    expect(await engine.statBlob(sha256(layer))).toBeUndefined()
    one.blobs.set(sha256(layer), layer)
    expect(await engine.statBlob(sha256(layer))).toBeUndefined()
    two.blobs.set(sha256(layer), layer)
    expect(await engine.statBlob(sha256(layer))).toEqual({ size: layer.length })
  })

  it('leaves a registry that fails out of the rest of the push, whole; the others get it all', async () => {
    const failing = (method: string, url: string) =>
      method === 'PATCH' && url.startsWith('/v2/mirror/') ? 503 : undefined
    const { one, two, relay, engine } = await setUp(failing)
    const patched = await engine.sendChunk(await engine.startUpload(), Readable.from([layer]))
    await engine.closeUpload(patched, sha256(layer))
    const manifest = manifestOf(layer)
    await engine.putManifest('1', manifest)

    expect(relay.outcome(one.host)).toEqual({ ok: true, digest: manifest.digest })
    expect(relay.outcome(two.host)).toEqual({
      ok: false,
      error: expect.stringContaining('answered status 503 to PATCH') as unknown as string
    })
    // Nothing more was sent to it after the failure: no close, no manifest.
    expect(two.requests.filter(line => /^PUT /.test(line))).toEqual([])
    expect(one.manifests.size).toBe(2)
  })

  it('retries a registry step as a push does, its retries told to the io given', async () => {
    let refused = 0
    const once = (method: string, url: string) =>
      method === 'PUT' && url.includes('/manifests/') && refused++ === 0 ? 503 : undefined
    const { two, relay, engine, retries } = await setUp(once, TWO_TRIES)
    const manifest = manifestOf(layer)
    await engine.putManifest('1', manifest)
    expect(relay.outcome(two.host)).toEqual({ ok: true, digest: manifest.digest })
    expect(retries).toEqual([
      expect.stringMatching(/^Tag 127\.0\.0\.1:\d+\/\S+:1: attempt 1 of 2 failed/)
    ])
  })

  it('refuses the push once every registry has failed, with denied, which engines do not retry', async () => {
    const { one, two, relay, engine } = await setUp(() => 503)
    one.server.close()
    one.server.closeAllConnections()
    await expect(
      engine.startUpload().then(url => engine.sendChunk(url, Readable.from([layer])))
    ).rejects.toThrow(/answered status 403 to PATCH .*every registry of this push has failed/)
    expect(relay.outcome(two.host)).toMatchObject({ ok: false })
    expect(relay.outcome(one.host)).toMatchObject({ ok: false })
  })

  it('takes no request without the login made for it', async () => {
    const { relay } = await setUp()
    const base = `http://${relay.host}/v2/`
    const anonymous = await httpRequest('GET', base, {})
    anonymous.discard()
    expect(anonymous.status).toBe(401)
    expect(anonymous.header('www-authenticate')).toBe('Basic realm="hoist"')
    const wrong = Buffer.from(`hoist:${relay.credentials.password.slice(1)}x`).toString('base64')
    const refused = await httpRequest('POST', `${base}o/app/blobs/uploads/`, {
      Authorization: `Basic ${wrong}`
    })
    refused.discard()
    expect(refused.status).toBe(401)
    expect(relay.credentials.password.length).toBeGreaterThanOrEqual(32)
  })
})
