/**
 * A tar archive read as a stream, headers first: an entry's content is read
 * only when the visitor asks for it, otherwise skipped. Handles the ustar
 * prefix, GNU long names and PAX `path`/`size` records, as Go's archive/tar
 * (docker's) writes them.
 */

const BLOCK = 512

export interface TarHeader {
  readonly name: string
  /** `0` file, `1` hard link, `2` symlink, `5` directory… */
  readonly type: string
  readonly size: number
}

/** The bytes of a stream, taken in the sizes asked for. */
export class ByteSource {
  private chunks: Buffer[] = []
  private buffered = 0
  private ended = false
  private readonly source: AsyncIterator<Buffer>

  constructor(source: AsyncIterable<Buffer>) {
    this.source = source[Symbol.asyncIterator]()
  }

  private async fill(n: number): Promise<boolean> {
    while (this.buffered < n && !this.ended) {
      const next = await this.source.next()
      if (next.done) this.ended = true
      else {
        this.chunks.push(next.value)
        this.buffered += next.value.length
      }
    }
    return this.buffered >= n
  }

  /** The next n bytes (fewer at the end of the stream), left to be read. */
  async peek(n: number): Promise<Buffer> {
    await this.fill(n)
    const all = Buffer.concat(this.chunks)
    this.chunks = all.length > 0 ? [all] : []
    return all.subarray(0, n)
  }

  /** Exactly n bytes, or undefined at the end of the stream. */
  async read(n: number): Promise<Buffer | undefined> {
    if (!(await this.fill(n))) return undefined
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks)
    this.chunks = all.length > n ? [all.subarray(n)] : []
    this.buffered -= n
    return all.subarray(0, n)
  }

  /** Up to n bytes, chunk by chunk as they come. */
  async *take(n: number): AsyncGenerator<Buffer> {
    let left = n
    while (left > 0) {
      if (this.buffered === 0 && !(await this.fill(1))) return
      const chunk = this.chunks.shift()!
      // An empty chunk would stall a stream it feeds (a zero-length push ends its reading).
      if (chunk.length === 0) continue
      const used = chunk.subarray(0, left)
      if (chunk.length > left) this.chunks.unshift(chunk.subarray(left))
      this.buffered -= used.length
      left -= used.length
      yield used
    }
  }

  async skip(n: number): Promise<void> {
    for await (const chunk of this.take(n)) void chunk
  }
}

/** An entry's content, for a visitor that wants it; what it leaves is skipped. */
export class EntryBody {
  private left: number
  constructor(
    private readonly source: ByteSource,
    size: number
  ) {
    this.left = size
  }

  async read(): Promise<Buffer> {
    const content = (await this.source.read(this.left)) ?? Buffer.alloc(0)
    this.left = 0
    return content
  }

  async *chunks(): AsyncGenerator<Buffer> {
    for await (const chunk of this.source.take(this.left)) {
      this.left -= chunk.length
      yield chunk
    }
  }

  async rest(): Promise<void> {
    await this.source.skip(this.left)
    this.left = 0
  }
}

/**
 * Calls `visit` for each entry, in order. Returns false when the visitor
 * asked to stop (it returned `'stop'`) before the end.
 */
export async function walkTar(
  source: ByteSource,
  visit: (header: TarHeader, body: EntryBody) => Promise<void | 'stop'>
): Promise<boolean> {
  let longName: string | undefined
  let pax: Record<string, string> = {}
  for (;;) {
    const block = await source.read(BLOCK)
    if (!block || block.every(byte => byte === 0)) return true
    const type = String.fromCharCode(block[156] ?? 0)
    const size = Number(pax.size ?? numeric(block.subarray(124, 136)))
    const prefix = text(block, 345, 155)
    const name = pax.path ?? longName ?? (prefix ? `${prefix}/` : '') + text(block, 0, 100)
    const body = new EntryBody(source, size)
    if (type === 'L' || type === 'x') {
      const content = (await body.read()).toString('utf8')
      if (type === 'L') longName = content.replace(/\0.*$/s, '')
      else pax = parsePax(content)
    } else if (type === 'g') {
      await body.rest()
    } else {
      longName = undefined
      pax = {}
      const answer = await visit({ name: name.replace(/^\.?\//, ''), type, size }, body)
      if (answer === 'stop') return false
      await body.rest()
    }
    await source.skip((BLOCK - (size % BLOCK)) % BLOCK)
  }
}

/** True when a block is a ustar (or GNU) tar header. */
export function isTarHeader(block: Buffer): boolean {
  return block.length >= BLOCK && block.subarray(257, 262).toString('latin1') === 'ustar'
}

function parsePax(content: string): Record<string, string> {
  const records: Record<string, string> = {}
  let rest = content
  while (rest.length > 0) {
    const space = rest.indexOf(' ')
    const length = Number(rest.slice(0, space))
    if (space < 0 || !Number.isFinite(length) || length <= 0) break
    const record = Buffer.from(rest).subarray(0, length).toString('utf8')
    const eq = record.indexOf('=')
    if (eq > space) records[record.slice(space + 1, eq)] = record.slice(eq + 1).replace(/\n$/, '')
    rest = Buffer.from(rest).subarray(length).toString('utf8')
  }
  return records
}

/** Octal, or base-256 (high bit set) for sizes over 8 GiB. */
function numeric(field: Buffer): number {
  if ((field[0] ?? 0) & 0x80) {
    let value = 0
    for (const [i, byte] of field.entries()) value = value * 256 + (i === 0 ? byte & 0x7f : byte)
    return value
  }
  return Number.parseInt(field.toString('latin1').replace(/\0.*$/s, '').trim() || '0', 8)
}

function text(buffer: Buffer, start: number, length: number): string {
  return buffer
    .subarray(start, start + length)
    .toString('utf8')
    .replace(/\0.*$/s, '')
}
