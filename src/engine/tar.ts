/** Reads the entries of a (ustar) tar file in place, without extracting it. */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { Writable } from 'node:stream'
import { createGzip } from 'node:zlib'

export interface TarEntry {
  /** Where the entry's content starts in the file. */
  readonly offset: number
  readonly size: number
}

const BLOCK = 512

/** Regular files by path (without a leading `./`). */
export async function indexTar(file: string): Promise<Map<string, TarEntry>> {
  const entries = new Map<string, TarEntry>()
  const handle = await open(file, 'r')
  try {
    const header = Buffer.alloc(BLOCK)
    let position = 0
    let longName: string | undefined
    for (;;) {
      const { bytesRead } = await handle.read(header, 0, BLOCK, position)
      if (bytesRead < BLOCK || header.every(byte => byte === 0)) break
      const size = Number.parseInt(text(header, 124, 12) || '0', 8)
      const type = String.fromCharCode(header[156] ?? 0)
      const prefix = text(header, 345, 155)
      const name = longName ?? (prefix ? `${prefix}/` : '') + text(header, 0, 100)
      longName = undefined
      const offset = position + BLOCK
      if (type === 'L') {
        const content = Buffer.alloc(size)
        await handle.read(content, 0, size, offset)
        longName = content.toString('utf8').replace(/\0.*$/s, '')
      } else if (type === '0' || type === '\0') {
        entries.set(name.replace(/^\.\//, ''), { offset, size })
      }
      position = offset + Math.ceil(size / BLOCK) * BLOCK
    }
  } finally {
    await handle.close()
  }
  return entries
}

export async function readEntry(file: string, entry: TarEntry): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const content = Buffer.alloc(entry.size)
    await handle.read(content, 0, entry.size, entry.offset)
    return content
  } finally {
    await handle.close()
  }
}

/** The size of an entry gzip-compressed, as `docker push` compresses a layer (level 6). */
export async function gzipSize(file: string, entry: TarEntry): Promise<number> {
  if (entry.size === 0) return 0
  let total = 0
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      total += chunk.length
      done()
    }
  })
  await pipeline(
    createReadStream(file, { start: entry.offset, end: entry.offset + entry.size - 1 }),
    createGzip({ level: 6 }),
    counter
  )
  return total
}

function text(buffer: Buffer, start: number, length: number): string {
  return buffer
    .subarray(start, start + length)
    .toString('utf8')
    .replace(/\0.*$/s, '')
    .trim()
}
