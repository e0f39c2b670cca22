import { describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'
import { copyContent } from '../../src/promote/copy.js'
import type { SourceImage } from '../../src/promote/content.js'
import type { Descriptor } from '../../src/registry/client.js'
import type { RawManifest, RegistryRepository } from '../../src/registry/repository.js'

const ONE_TRY = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, stallMs: 60_000 }

const blob = (n: number, size: number): Descriptor => ({
  mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
  digest: `sha256:${String(n).repeat(64).slice(0, 64)}`,
  size
})

/** A target registry whose uploads take a tick each, and what it saw, in order. */
function fakeTarget(failing?: string) {
  const events: string[] = []
  let inFlight = 0
  let most = 0
  const target = {
    location: { registry: 'target.test', repository: 'app' },
    name: 'target.test/app',
    hasBlob: () => Promise.resolve(false),
    startUpload: () => Promise.resolve('https://target.test/upload'),
    finishUpload: async (_: string, sent: Descriptor) => {
      inFlight++
      most = Math.max(most, inFlight)
      events.push(`start ${sent.size}`)
      await new Promise(resolve => setTimeout(resolve, 20))
      inFlight--
      if (sent.digest === failing) throw new Error(`refused ${sent.size}`)
      events.push(`done ${sent.size}`)
    },
    putManifest: (digest: string) => {
      events.push(`manifest ${digest}`)
      return Promise.resolve()
    }
  }
  return { target: target as unknown as RegistryRepository, events, most: () => most }
}

const source = {
  location: { registry: 'source.test', repository: 'app' },
  name: 'source.test/app',
  blob: () => Promise.resolve(Readable.from([Buffer.from('x')]))
} as unknown as RegistryRepository

const image = (blobs: Descriptor[]): SourceImage => ({
  root: {} as RawManifest,
  children: [{ digest: 'sha256:child', mediaType: 'm', bytes: Buffer.from('{}') }],
  blobs,
  images: []
})

describe('copyContent', () => {
  it('sends the blobs side by side, the largest first and four at most, then the child manifests', async () => {
    const { target, events, most } = fakeTarget()
    const sizes = [10, 50_000, 300, 7, 9_000, 1]
    const outcome = await copyContent(
      source,
      image(sizes.map((size, i) => blob(i + 1, size))),
      target,
      ONE_TRY
    )
    expect(outcome).toEqual({ ok: true, retries: 0 })
    expect(events.filter(e => e.startsWith('start'))).toEqual(
      [50_000, 9_000, 300, 10, 7, 1].map(size => `start ${size}`)
    )
    expect(most()).toBe(4)
    expect(events.at(-1)).toBe('manifest sha256:child')
    expect(events.filter(e => e.startsWith('done'))).toHaveLength(sizes.length)
  })

  it('starts no blob once one has failed, and writes no manifest', async () => {
    const blobs = [blob(1, 500), blob(2, 400), blob(3, 300), blob(4, 200), blob(5, 100)]
    const { target, events } = fakeTarget(blobs[0]?.digest)
    const outcome = await copyContent(source, image(blobs), target, ONE_TRY)
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('refused 500') })
    // The four under way settle; the fifth is never sent.
    expect(events.filter(e => e.startsWith('start'))).toEqual([
      'start 500',
      'start 400',
      'start 300',
      'start 200'
    ])
    expect(events.some(e => e.startsWith('manifest'))).toBe(false)
  })
})
