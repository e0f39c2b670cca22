import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  prefetchRegistryImage,
  prepareRegistryRead,
  registryLayers,
  sameManifest
} from '../../src/registry/image.js'
import { serve } from './support/serve.js'
import { until } from './support/until.js'

/**
 * The size report's registry reads against a local registry stand-in: one
 * repository whose tag `1` is an index of two platforms, served as the
 * distribution API does (manifests by tag and by digest, blobs by digest).
 */
const digest = (body: string): string => `sha256:${createHash('sha256').update(body).digest('hex')}`
const json = (value: unknown): string => JSON.stringify(value)

const config = (architecture: string): string =>
  json({
    architecture,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [`sha256:${architecture.padEnd(64, '0')}`] },
    history: [{ created_by: `RUN build ${architecture}` }]
  })
const image = (architecture: string, size: number): string =>
  json({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { digest: digest(config(architecture)), size: config(architecture).length },
    layers: [{ digest: `sha256:${'1'.repeat(64)}`, size }]
  })
const platforms = { amd64: image('amd64', 700), arm64: image('arm64', 900) }
const index = json({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: Object.entries(platforms).map(([architecture, body]) => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: digest(body),
    size: body.length,
    platform: { os: 'linux', architecture }
  }))
})
const blobs = new Map([
  ['/manifests/1', index],
  ...Object.values(platforms).map(body => [`/manifests/${digest(body)}`, body] as const),
  ...['amd64', 'arm64'].map(arch => [`/blobs/${digest(config(arch))}`, config(arch)] as const)
])

let server: Server
let registry: string
/** Each request's path below the repository, in order, and its method. */
const requests: string[] = []
const methods: string[] = []
/** Paths to answer 503 once. */
const failOnce = new Set<string>()

beforeAll(async () => {
  // No docker config: every read is anonymous.
  process.env.DOCKER_CONFIG = mkdtempSync(path.join(tmpdir(), 'hoist-registry-image-'))
  ;({ server, host: registry } = await serve((request, response) => {
    const below = (request.url ?? '').replace(/^\/v2\/[^/]+\/[^/]+/, '')
    requests.push(below)
    methods.push(request.method ?? '')
    if (failOnce.delete(below)) return void response.writeHead(503).end()
    const body = blobs.get(below)
    if (body === undefined) return void response.writeHead(404).end()
    const { mediaType = 'application/json' } = JSON.parse(body) as { mediaType?: string }
    response.writeHead(200, { 'Content-Type': mediaType }).end(body)
  }))
})

afterAll(() => {
  server.close()
})

describe('registryLayers', () => {
  it("reads the platform's image from an index: its digest, layers and config", async () => {
    requests.length = 0
    const layers = await registryLayers(`${registry}/o/pick:1`, {
      os: 'linux',
      architecture: 'arm64'
    })

    expect(layers?.digest).toBe(digest(platforms.arm64))
    expect(layers?.compressed).toEqual([900])
    expect(layers?.config.history.map(entry => entry.createdBy)).toEqual(['RUN build arm64'])
    expect(layers?.config.architecture).toBe('arm64')
    expect(requests).toEqual([
      '/manifests/1',
      `/manifests/${digest(platforms.arm64)}`,
      `/blobs/${digest(config('arm64'))}`
    ])
  })

  it('says which platform an index lacks, and that a tag is not there', async () => {
    await expect(
      registryLayers(`${registry}/o/lack:1`, { os: 'linux', architecture: 's390x' })
    ).rejects.toThrow(`${registry}/o/lack:1 has no image for linux/s390x`)
    expect(
      await registryLayers(`${registry}/o/lack:2`, { os: 'linux', architecture: 'amd64' })
    ).toBeUndefined()
  })

  it('tries a read again after a 503', async () => {
    requests.length = 0
    failOnce.add(`/manifests/${digest(platforms.amd64)}`)
    const layers = await registryLayers(`${registry}/o/retry:1`, {
      os: 'linux',
      architecture: 'amd64'
    })

    expect(layers?.compressed).toEqual([700])
    expect(
      requests.filter(below => below === `/manifests/${digest(platforms.amd64)}`)
    ).toHaveLength(2)
  })

  it('takes a read ahead of the same image instead of asking again', async () => {
    requests.length = 0
    prefetchRegistryImage(`${registry}/o/ahead:1`)
    const layers = await registryLayers(`${registry}/o/ahead:1`, {
      os: 'linux',
      architecture: 'amd64'
    })

    expect(layers?.digest).toBe(digest(platforms.amd64))
    expect(requests.filter(below => below === '/manifests/1')).toHaveLength(1)
  })

  it('holds what a read ahead logs until the read is taken', async () => {
    requests.length = 0
    failOnce.add('/manifests/1')
    const logged: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (chunk: string | Uint8Array) => logged.push(String(chunk)) > 0
    try {
      prefetchRegistryImage(`${registry}/o/held:1`)
      await until(() => requests.length >= 2, 2000)
      expect(requests).toEqual(['/manifests/1', '/manifests/1']) // tried again, after a 503
      expect(logged).toEqual([])
      const layers = await registryLayers(`${registry}/o/held:1`, {
        os: 'linux',
        architecture: 'amd64'
      })
      expect(layers?.digest).toBe(digest(platforms.amd64))
    } finally {
      process.stdout.write = write
    }
    expect(logged).toHaveLength(1)
    expect(logged[0]).toContain(`Reading ${registry}/o/held:1`)
  })

  it('takes a config in hand whose digest the manifest names, and reads no other', async () => {
    requests.length = 0
    const known = {
      digest: digest(config('arm64')),
      config: { os: 'linux', architecture: 'arm64', history: [], diffIds: ['sha256:local'] }
    }
    const layers = await registryLayers(
      `${registry}/o/known:1`,
      { os: 'linux', architecture: 'arm64' },
      known
    )
    expect(layers?.config).toBe(known.config)
    expect(requests.filter(below => below.startsWith('/blobs/'))).toEqual([])

    // Another digest: the registry's config is read.
    const other = await registryLayers(
      `${registry}/o/known:1`,
      { os: 'linux', architecture: 'amd64' },
      known
    )
    expect(other?.config.architecture).toBe('amd64')
    expect(requests.filter(below => below.startsWith('/blobs/'))).toEqual([
      `/blobs/${digest(config('amd64'))}`
    ])
  })

  it('readies the read of an image not there yet with a HEAD, quietly', async () => {
    requests.length = 0
    methods.length = 0
    prepareRegistryRead(`${registry}/o/soon:2`) // 404: not pushed yet
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(requests).toEqual(['/manifests/2'])
    expect(methods).toEqual(['HEAD'])

    // No registry there: nothing is thrown or logged, nothing rejects unhandled.
    const logged: string[] = []
    const rejected: unknown[] = []
    const reject = (reason: unknown): number => rejected.push(reason)
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (chunk: string | Uint8Array) => logged.push(String(chunk)) > 0
    process.on('unhandledRejection', reject)
    try {
      expect(() => prepareRegistryRead('127.0.0.1:9/o/none:1')).not.toThrow()
      await new Promise(resolve => setTimeout(resolve, 300))
    } finally {
      process.stdout.write = write
      process.off('unhandledRejection', reject)
    }
    expect(logged).toEqual([])
    expect(rejected).toEqual([])
  })
})

describe('sameManifest', () => {
  it('tells references of one manifest as the registry names it', () => {
    expect(sameManifest('o/app:1', 'docker.io/o/app:1')).toBe(true)
    expect(sameManifest('app', 'index.docker.io/library/app:latest')).toBe(true)
    expect(sameManifest('o/app:1', 'o/app:2')).toBe(false)
    expect(sameManifest('ghcr.io/o/app:1', 'o/app:1')).toBe(false)
  })
})
