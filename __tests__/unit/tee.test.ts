import { describe, expect, it } from '@jest/globals'
import { PassThrough, type Readable } from 'node:stream'
import { teeBody } from '../../src/registry/tee.js'
import { until } from './support/until.js'

const KB = 1024

/** Reads a branch whole, telling each piece's size. */
async function readAll(branch: Readable): Promise<{ bytes: Buffer; pieces: number[] }> {
  const chunks: Buffer[] = []
  for await (const chunk of branch) chunks.push(chunk as Buffer)
  return { bytes: Buffer.concat(chunks), pieces: chunks.map(chunk => chunk.length) }
}

describe('teeBody', () => {
  it('gives every branch every byte, gathered into pieces of a megabyte', async () => {
    const source = new PassThrough()
    const { branches } = teeBody(source, 3)
    const reads = branches.map(readAll)
    const sent: Buffer[] = []
    for (let i = 0; i < 80; i++) {
      const chunk = Buffer.alloc(32 * KB, i)
      sent.push(chunk)
      source.write(chunk)
    }
    source.end()
    for (const { bytes, pieces } of await Promise.all(reads)) {
      expect(bytes.equals(Buffer.concat(sent))).toBe(true)
      // 2.5 MB: two whole pieces, then the rest.
      expect(pieces).toEqual([1024 * KB, 1024 * KB, 512 * KB])
    }
  })

  it('goes at the pace of the slowest branch, and a branch dropped holds nobody', async () => {
    const source = new PassThrough({ highWaterMark: 16 * KB })
    const teed = teeBody(source, 2)
    const { branches } = teed
    const [fast, slow] = branches as [Readable, Readable]
    let fastBytes = 0
    fast.on('data', (chunk: Buffer) => (fastBytes += chunk.length))
    let written = 0
    const writeOn = (): void => {
      while (written < 8 * 1024 * KB && source.write(Buffer.alloc(64 * KB))) written += 64 * KB
    }
    source.on('drain', () => {
      written += 64 * KB
      writeOn()
    })
    writeOn()
    // The slow branch reads nothing: the fast one gets no more than a piece or two ahead.
    await until(() => source.isPaused())
    expect(source.isPaused()).toBe(true)
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(fastBytes).toBeLessThanOrEqual(2 * 1024 * KB)
    teed.drop(slow)
    expect(slow.destroyed).toBe(true)
    await until(() => fastBytes >= 4 * 1024 * KB)
    expect(fastBytes).toBeGreaterThanOrEqual(4 * 1024 * KB)
    source.end()
  })
})
