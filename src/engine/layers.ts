/**
 * An image's layers read from the local engine, without pushing it: the
 * config and layer tars from `docker save`, each layer gzip-compressed here
 * as a push would upload it, unless the store keeps it compressed already.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import * as path from 'node:path'
import { execCommand, lastErrorLine } from '../exec.js'
import type { Platform } from '../registry/client.js'
import {
  configFromHistory,
  parseImageConfig,
  type HistoryRecord,
  type ImageConfig,
  type ImageLayers
} from '../report/layers.js'
import { dockerFamily } from './docker.js'
import type { EngineFamily } from './family.js'
import { parseSaveManifest } from './saved.js'
import { entryCompression, gzipSize, indexTar, layerContentSize, readEntry } from './tar.js'

export interface MeasureOptions {
  /** Compressed sizes already known by diff ID (layers the registry has): not compressed again. */
  readonly known?: ReadonlyMap<string, number>
  /** Whether compressed sizes are wanted (each costs a gzip of the layer, unless stored so). */
  readonly measure?: boolean
  /**
   * The store keeps layers compressed (Engine.can.storesCompressedLayers): a
   * saved blob is what a push uploads, and the daemon's sizes are the blobs',
   * so each layer's own bytes are counted from its content here.
   */
  readonly compressedStore?: boolean
  /** The engine family that saves the image and reads its history (docker's by default). */
  readonly family?: EngineFamily
}

export async function localLayers(
  imageId: string,
  tempDir: string,
  options: MeasureOptions = {}
): Promise<ImageLayers> {
  const { known = new Map<string, number>(), measure = true, compressedStore = false } = options
  const family = options.family ?? dockerFamily
  // A folder of each call's own: the size report measures here beside a read-back from the
  // registry, and measures again when that fails, while the first export may still run.
  const dir = await mkdtemp(path.join(tempDir, 'layers-'))
  const archive = path.join(dir, 'image.tar')
  try {
    const saved = await execCommand(family.command, family.saveArgs(imageId, archive), {
      silent: true
    })
    if (saved.exitCode !== 0)
      throw new Error(`${family.command} save failed: ${lastErrorLine(saved)}`)
    // Without sizes from history, each layer's own bytes are counted from its content.
    const countContent = compressedStore || !family.history
    const entries = await indexTar(archive)
    const manifestEntry = entries.get('manifest.json')
    if (!manifestEntry) throw new Error('docker save wrote no manifest.json')
    const [manifest] = parseSaveManifest((await readEntry(archive, manifestEntry)).toString()) ?? []
    const configEntry = manifest && entries.get(manifest.Config)
    if (!manifest || !configEntry) throw new Error('docker save wrote no image config')
    const config = parseImageConfig(JSON.parse((await readEntry(archive, configEntry)).toString()))
    const compressed: number[] = []
    const contentSizes: number[] = []
    for (const [i, layerPath] of manifest.Layers.entries()) {
      const entry = entries.get(layerPath)
      if (!entry) throw new Error(`docker save wrote no ${layerPath}`)
      if (countContent) contentSizes.push(await layerContentSize(archive, entry))
      const stored = compressedStore && (await entryCompression(archive, entry)) !== 'none'
      if (stored) compressed.push(entry.size)
      else if (measure || compressedStore)
        compressed.push(known.get(config.diffIds[i] ?? '') ?? (await gzipSize(archive, entry)))
    }
    const uncompressed = countContent
      ? perHistoryEntry(config.history, contentSizes)
      : await historySizes(imageId, family)
    return { config, compressed, exact: false, ...(uncompressed ? { uncompressed } : {}) }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Each history entry's bytes: its layer's, or 0 where it made none. */
export function perHistoryEntry(
  history: readonly { readonly emptyLayer: boolean }[],
  layerSizes: readonly number[]
): number[] {
  let layer = 0
  return history.map(entry => (entry.emptyLayer ? 0 : (layerSizes[layer++] ?? 0)))
}

/** Uncompressed size per history entry, oldest first, as `docker history` shows it. */
async function historySizes(imageId: string, family: EngineFamily): Promise<number[] | undefined> {
  return (await imageHistory(imageId, family))?.map(record => record.size)
}

/**
 * What `docker history` tells of a local image: the uncompressed size of each
 * entry, oldest first, and its config where history can say which entries
 * made a layer (`configFromHistory`).
 */
export async function historyLayers(
  image: { readonly id: string; readonly diffIds: readonly string[]; readonly platform: Platform },
  family: EngineFamily = dockerFamily
): Promise<{ readonly uncompressed: number[]; readonly config?: ImageConfig } | undefined> {
  const records = await imageHistory(image.id, family)
  if (!records) return undefined
  const config = configFromHistory(records, image.diffIds, image.platform)
  return { uncompressed: records.map(record => record.size), ...(config ? { config } : {}) }
}

/**
 * The layers of an image nothing needs measured: its config from `docker
 * history` and the diff IDs `docker image inspect` gave, with no export of the
 * image. Only when history cannot say which entries made a layer is the
 * config read from `docker save`.
 */
export async function unmeasuredLayers(
  image: { readonly id: string; readonly diffIds: readonly string[]; readonly platform: Platform },
  tempDir: string,
  family: EngineFamily = dockerFamily
): Promise<ImageLayers> {
  const local = await historyLayers(image, family)
  if (!local?.config) return localLayers(image.id, tempDir, { measure: false, family })
  return { config: local.config, compressed: [], exact: false, uncompressed: local.uncompressed }
}

/**
 * Asks for the image's history now, so that it runs beside the inspects that
 * come first in the advice and the size report, which both read it. A failure
 * is theirs to report.
 */
export function prefetchHistory(imageId: string, family: EngineFamily): void {
  imageHistory(imageId, family).catch(() => undefined)
}

/** The family's history of the image, oldest first; undefined where it gives none in bytes. */
function imageHistory(imageId: string, family: EngineFamily): Promise<HistoryRecord[] | undefined> {
  if (!family.history) return Promise.resolve(undefined)
  // An image id names its content: its history is asked once a run (the advice
  // and the size report both read it).
  const key = `${family.command} ${imageId}`
  let history = histories.get(key)
  if (!history) histories.set(key, (history = family.history(imageId)))
  return history
}

const histories = new Map<string, Promise<HistoryRecord[] | undefined>>()
