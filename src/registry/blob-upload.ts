/**
 * Uploading a blob to a repository: bytes of known digest (a `docker save`
 * archive's entry as stored, a config in memory), or an archive's entry
 * gzip-compressed on the way, its digest computed as the bytes go out. An
 * entry is streamed: never whole in memory. One try each; callers retry (a
 * retry reads the file again, and gzip gives the same bytes for the same
 * input).
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { pipeline, Readable, Transform } from 'node:stream'
import * as zlib from 'node:zlib'
import type { TarEntry } from '../engine/tar.js'
import type { Body } from './http.js'
import type { RegistryRepository } from './repository.js'

export interface UploadedBlob {
  readonly digest: string
  readonly size: number
}

/**
 * A blob of known digest and size, in one request; left alone when the
 * repository has it. `content` is asked for only when it is sent.
 */
export async function uploadBlob(
  repo: RegistryRepository,
  blob: UploadedBlob,
  content: () => Body
): Promise<'present' | 'uploaded'> {
  if (await repo.hasBlob(blob.digest)) return 'present'
  const url = await repo.startUpload()
  await repo.finishUpload(url, blob, content())
  return 'uploaded'
}

/** The entry's bytes, as stored, under their known digest; left alone when the repository has them. */
export function uploadStoredBlob(
  repo: RegistryRepository,
  archive: string,
  blob: { readonly digest: string; readonly size: number; readonly entry: TarEntry }
): Promise<'present' | 'uploaded'> {
  return uploadBlob(repo, blob, () => readable(archive, blob.entry))
}

/** The entry gzip-compressed (as `docker push` compresses a layer), under the digest of what was sent. */
export async function uploadCompressedBlob(
  repo: RegistryRepository,
  archive: string,
  entry: TarEntry
): Promise<UploadedBlob> {
  const hash = createHash('sha256')
  let size = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    }
  })
  const url = await repo.startUpload()
  // An error anywhere (the file, gzip) ends the body with it, and so the request.
  const body = pipeline(readable(archive, entry), zlib.createGzip({ level: 6 }), counter, () => {})
  const next = await repo.sendChunk(url, body)
  const digest = `sha256:${hash.digest('hex')}`
  await repo.closeUpload(next, digest)
  return { digest, size }
}

function readable(archive: string, entry: TarEntry): Readable {
  return entry.size === 0
    ? Readable.from([])
    : createReadStream(archive, { start: entry.offset, end: entry.offset + entry.size - 1 })
}
