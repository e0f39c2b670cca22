import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { layerSizes, startSink } from '../../src/engine/upload-sizes.js'

describe('the upload sink', () => {
  it('counts a chunked upload, says the blob is there after, and keeps the manifest', async () => {
    const sink = await startSink()
    try {
      const base = `http://${sink.address}/v2/hoist-measure/abc`
      expect((await fetch(`http://${sink.address}/v2/`)).status).toBe(200)
      const digest = `sha256:${'a'.repeat(64)}`
      expect((await fetch(`${base}/blobs/${digest}`, { method: 'HEAD' })).status).toBe(404)
      const started = await fetch(`${base}/blobs/uploads/`, { method: 'POST' })
      expect(started.status).toBe(202)
      const location = started.headers.get('location') ?? ''
      const patched = await fetch(`http://${sink.address}${location}`, {
        method: 'PATCH',
        body: Buffer.alloc(1000)
      })
      expect(patched.headers.get('range')).toBe('0-999')
      const put = await fetch(`http://${sink.address}${location}?digest=${digest}`, {
        method: 'PUT',
        body: Buffer.alloc(24)
      })
      expect(put.status).toBe(201)
      const head = await fetch(`${base}/blobs/${digest}`, { method: 'HEAD' })
      expect([head.status, head.headers.get('content-length')]).toEqual([200, '1024'])

      const manifest = JSON.stringify({ layers: [{ size: 1024 }, { size: 7 }] })
      const stored = await fetch(`${base}/manifests/size`, { method: 'PUT', body: manifest })
      expect(stored.status).toBe(201)
      expect(stored.headers.get('docker-content-digest')).toBe(
        `sha256:${createHash('sha256').update(manifest).digest('hex')}`
      )
      expect(sink.manifest()).toBe(manifest)
      expect(layerSizes(manifest)).toEqual([1024, 7])
    } finally {
      await sink.close()
    }
  })

  it('refuses a manifest without layer sizes', () => {
    expect(() => layerSizes('{"manifests": []}')).toThrow('names no layers')
    expect(() => layerSizes('{"layers": [{}]}')).toThrow('has no size')
  })
})
