/** Reads the entries of a (ustar) tar file in place, without extracting it. */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { PassThrough, Writable, type Transform } from 'node:stream'
import * as zlib from 'node:zlib'

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
    zlib.createGzip({ level: 6 }),
    counter
  )
  return total
}

/** How a layer blob is stored, from its first bytes. */
export type Compression = 'gzip' | 'zstd' | 'none'

export async function entryCompression(file: string, entry: TarEntry): Promise<Compression> {
  const head = await readEntry(file, { offset: entry.offset, size: Math.min(entry.size, 4) })
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (head.readUInt32LE(0) === 0xfd2fb528) return 'zstd'
  return 'none'
}

/**
 * The bytes of the files a layer holds, as a daemon counts a layer's size: the
 * regular files' sizes (and symlinks' targets), read through the layer's tar,
 * decompressed first when it is stored compressed.
 */
export async function layerContentSize(file: string, entry: TarEntry): Promise<number> {
  if (entry.size === 0) return 0
  const counter = new TarContentCounter()
  // Before the stream opens: a stream that fails while this waits has no listener yet, and
  // its error would end the process.
  const decompress = decompressor(await entryCompression(file, entry))
  await pipeline(
    createReadStream(file, { start: entry.offset, end: entry.offset + entry.size - 1 }),
    decompress,
    counter
  )
  return counter.total
}

function decompressor(compression: Compression): Transform {
  if (compression === 'gzip') return zlib.createGunzip()
  if (compression === 'zstd') {
    // Node 22.15 and later; the action runs on node 24.
    const zstd = (zlib as { createZstdDecompress?: () => Transform }).createZstdDecompress
    if (!zstd) throw new Error('this node cannot decompress a zstd layer')
    return zstd()
  }
  return new PassThrough()
}

/** Walks a tar stream's headers, skipping the content, and adds up what its files hold. */
class TarContentCounter extends Writable {
  total = 0
  private header = Buffer.alloc(0)
  private skip = 0
  private ended = false

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    let at = 0
    while (at < chunk.length && !this.ended) {
      if (this.skip > 0) {
        const skipped = Math.min(this.skip, chunk.length - at)
        this.skip -= skipped
        at += skipped
        continue
      }
      const taken = chunk.subarray(at, at + BLOCK - this.header.length)
      this.header = Buffer.concat([this.header, taken])
      at += taken.length
      if (this.header.length < BLOCK) break
      const header = this.header
      this.header = Buffer.alloc(0)
      // Two zero blocks end the archive; what follows is padding.
      if (header.every(byte => byte === 0)) {
        this.ended = true
        break
      }
      const size = Number.parseInt(text(header, 124, 12) || '0', 8)
      const type = String.fromCharCode(header[156] ?? 0)
      if (type === '0' || type === '\0') this.total += size
      else if (type === '2') this.total += Buffer.byteLength(text(header, 157, 100))
      this.skip = Math.ceil(size / BLOCK) * BLOCK
    }
    done()
  }
}

function text(buffer: Buffer, start: number, length: number): string {
  return buffer
    .subarray(start, start + length)
    .toString('utf8')
    .replace(/\0.*$/s, '')
    .trim()
}
