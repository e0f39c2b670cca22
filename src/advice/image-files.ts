/**
 * The files of each layer of a local image, from `docker save` read as a
 * stream: tar headers only, no file content, nothing written to disk. The
 * listing stops at a bound on the number of entries.
 */
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { execStream, lastErrorLine } from '../exec.js'
import { parseSaveManifest } from '../engine/saved.js'
import { parseImageConfig, type HistoryEntry } from '../report/layers.js'
import { ByteSource, isTarHeader, walkTar, type EntryBody } from './tar-stream.js'

export type FileKind = 'file' | 'dir' | 'link' | 'whiteout' | 'opaque'

/** One entry of a layer: a whiteout names the path it deletes. */
export interface FileEntry {
  readonly path: string
  readonly size: number
  readonly kind: FileKind
}

export interface ImageFiles {
  readonly history: readonly HistoryEntry[]
  /** The config's User: empty for root by default. */
  readonly user: string
  readonly diffIds: readonly string[]
  /** Each layer's entries, in the order of the config's diff IDs. */
  readonly layers: readonly (readonly FileEntry[])[]
  /** True when the listing stopped at `maxEntries`: the figures are partial. */
  readonly truncated: boolean
}

/** Enough for most images (a Node app's node_modules has tens of thousands of files). */
export const MAX_ENTRIES = 400_000

const JSON_MAX = 8 * 2 ** 20

export async function readImageFiles(
  imageId: string,
  maxEntries = MAX_ENTRIES
): Promise<ImageFiles> {
  const layersByPath = new Map<string, FileEntry[]>()
  const json = new Map<string, string>()
  let count = 0
  const run = await execStream(
    'docker',
    ['save', imageId],
    async stdout => {
      return walkTar(new ByteSource(stdout), async (header, body) => {
        if (header.type !== '0' && header.type !== '\0') return
        const entries = await readLayerOrJson(body, header.size, text =>
          json.set(header.name, text)
        )
        if (!entries) return
        const room = maxEntries - count
        layersByPath.set(header.name, entries.slice(0, room))
        count += entries.length
        return count > maxEntries ? 'stop' : undefined
      })
    },
    complete => !complete
  )
  const complete = run.value
  if (complete && run.exitCode !== 0)
    throw new Error(`docker save failed: ${lastErrorLine({ ...run, stdout: '' })}`)
  if (!complete) return { history: [], user: '', diffIds: [], layers: [], truncated: true }
  const [manifest] = parseSaveManifest(json.get('manifest.json') ?? '') ?? []
  const configText = manifest && json.get(manifest.Config)
  if (!manifest || !configText)
    throw new Error('docker save wrote no manifest.json or image config')
  const config = JSON.parse(configText) as { config?: { User?: string } }
  const { history, diffIds } = parseImageConfig(config)
  return {
    history,
    user: config.config?.User ?? '',
    diffIds,
    layers: manifest.Layers.map(layer => layersByPath.get(layer) ?? []),
    truncated: false
  }
}

/** A layer (plain or gzipped tar) as its entries, a JSON object or array through `onJson`, else nothing. */
async function readLayerOrJson(
  body: EntryBody,
  size: number,
  onJson: (text: string) => void
): Promise<FileEntry[] | undefined> {
  const content = new ByteSource(body.chunks())
  const head = await content.peek(BLOCK)
  if ((head[0] === 0x7b || head[0] === 0x5b) && size <= JSON_MAX) {
    onJson((await content.read(size))?.toString('utf8') ?? '')
    return undefined
  }
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = Readable.from(content.take(size)).pipe(createGunzip())
    try {
      return await listLayer(new ByteSource(gunzip))
    } finally {
      gunzip.destroy()
    }
  }
  if (isTarHeader(head) || (head.length === BLOCK && head.every(byte => byte === 0))) {
    return listLayer(content)
  }
  return undefined
}

const BLOCK = 512

export async function listLayer(source: ByteSource): Promise<FileEntry[]> {
  const entries: FileEntry[] = []
  await walkTar(source, header => {
    entries.push(fileEntry(header.name, header.type, header.size))
    return Promise.resolve()
  })
  return entries
}

/** A tar entry as a file of the image; AUFS whiteouts (`.wh.name`) as deletions. */
export function fileEntry(name: string, type: string, size: number): FileEntry {
  const path = name.replace(/\/$/, '')
  const slash = path.lastIndexOf('/')
  const dir = slash < 0 ? '' : path.slice(0, slash + 1)
  const base = path.slice(slash + 1)
  if (base === '.wh..wh..opq') return { path: dir.replace(/\/$/, ''), size: 0, kind: 'opaque' }
  if (base.startsWith('.wh.')) return { path: dir + base.slice(4), size: 0, kind: 'whiteout' }
  const kind: FileKind = type === '5' ? 'dir' : type === '0' || type === '\0' ? 'file' : 'link'
  return { path, size: kind === 'file' ? size : 0, kind }
}
