import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { EngineFamily } from '../../src/engine/family.js'
import type { ImageInfo } from '../../src/engine/image.js'
import { pushedImageReads } from '../../src/pipeline/report-step.js'
import { serve } from './support/serve.js'
import { until } from './support/until.js'

describe('pushedImageReads', () => {
  let server: Server
  let registry: string
  /** What the registry was asked, in order. */
  const asked: string[] = []
  const inspected: string[] = []
  const family = {
    inspect: (imageId: string) => {
      inspected.push(imageId)
      return Promise.resolve({ id: imageId } as unknown as ImageInfo)
    }
  } as unknown as EngineFamily

  beforeAll(async () => {
    // No docker config: every read is anonymous.
    process.env.DOCKER_CONFIG = mkdtempSync(path.join(tmpdir(), 'hoist-pushed-reads-'))
    ;({ server, host: registry } = await serve((request, response) => {
      asked.push(`${request.method ?? ''} ${request.url ?? ''}`)
      response.writeHead(404).end()
    }))
  })
  afterAll(() => {
    server.close()
  })
  beforeEach(() => {
    asked.length = 0
    inspected.length = 0
  })

  it('readies the registry once the image is written, and reads the image once it is pushed', async () => {
    const reads = pushedImageReads([`${registry}/o/app:1`, `${registry}/o/app:2`], family)
    reads.written()
    await until(() => asked.length > 0)
    expect(asked).toEqual(['HEAD /v2/o/app/manifests/1'])
    reads.pushed?.('sha256:a')
    expect(inspected).toEqual(['sha256:a'])
    await until(() => asked.length > 1)
    expect(asked).toEqual(['HEAD /v2/o/app/manifests/1', 'GET /v2/o/app/manifests/1'])
    // Asked again once the build ends: the same read, not a second.
    expect(await reads.read('sha256:a')).toEqual({ id: 'sha256:a' })
    expect(inspected).toEqual(['sha256:a'])
    // The iidfile names another image: read again, for it, and its manifest too.
    await reads.read('sha256:b')
    expect(inspected).toEqual(['sha256:a', 'sha256:b'])
    await until(() => asked.length > 2)
    expect(asked.slice(1)).toEqual(['GET /v2/o/app/manifests/1', 'GET /v2/o/app/manifests/1'])
  })

  it('starts nothing before the build ends where the tags name two registries', async () => {
    const reads = pushedImageReads([`${registry}/o/app:1`, 'other.test/o/app:1'], family)
    expect(reads.pushed).toBeUndefined()
    reads.written()
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(asked).toEqual([])
    expect(inspected).toEqual([])
  })
})
