/**
 * The layers only a stage image holds (a builder's toolchain and outputs),
 * kept apart from the layers the target needs: one cache entry per stage
 * image, named by its layers' digests. A restore downloads the target's entry
 * alone; a stage's layers are downloaded when a build step needs one of them,
 * which a build that takes the stage whole from the final image's cache never
 * does. An entry whose layers have not changed is not uploaded again.
 */
import * as core from '@actions/core'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import * as path from 'node:path'
import { staysInside, type SavedImage } from '../engine/saved.js'
import { parseImageConfig } from '../report/layers.js'
import { linkFile, readSaveManifest } from './images.js'
import { cacheImage, stageLayersDirectory, stageLayersKey } from './keys.js'
import { cacheService } from './service.js'
import { errorMessage } from '../errors.js'

/** Beside the images folder in the cache directory: the stage entries it refers to. */
const STAGE_LAYERS_INDEX = 'stage-layers.json'

export interface LayerFile {
  readonly size: number
  readonly mediaType: string
}

export interface StageLayers {
  readonly key: string
  /** The directory cached: a fixed path per stage; the files under `images/`. */
  readonly dir: string
  /** Its layer files, by their path in docker save's folder. */
  readonly layers: Readonly<Record<string, LayerFile>>
}

/**
 * The index restored with the cache. It is data a past run wrote, maybe a pull
 * request's: an entry whose directory is not one of this cache's stage
 * directories, or whose files leave the folder, is dropped (post removes each
 * entry's directory).
 */
export function readStageLayers(cacheDir: string): StageLayers[] {
  try {
    const index = JSON.parse(readFileSync(path.join(cacheDir, STAGE_LAYERS_INDEX), 'utf8')) as {
      entries?: StageLayers[]
    }
    return Array.isArray(index.entries) ? index.entries.filter(isStageEntry(cacheDir)) : []
  } catch {
    return []
  }
}

function isStageEntry(cacheDir: string): (entry: Partial<StageLayers>) => boolean {
  const prefix = `${path.basename(cacheDir)}-`
  return entry =>
    typeof entry.key === 'string' &&
    typeof entry.dir === 'string' &&
    path.dirname(entry.dir) === path.dirname(cacheDir) &&
    path.basename(entry.dir).startsWith(prefix) &&
    path.basename(entry.dir).length > prefix.length &&
    typeof entry.layers === 'object' &&
    entry.layers !== null &&
    Object.keys(entry.layers).every(staysInside)
}

export function writeStageLayers(cacheDir: string, entries: readonly StageLayers[]): void {
  writeFileSync(path.join(cacheDir, STAGE_LAYERS_INDEX), JSON.stringify({ entries }))
}

/** Size and media type of a layer file, from the file or, when not downloaded, the index. */
export function describeLayer(
  folder: string,
  file: string,
  entries: readonly StageLayers[]
): LayerFile | undefined {
  const full = path.join(folder, file)
  if (existsSync(full)) return { size: statSync(full).size, mediaType: layerType(fileHead(full)) }
  return entries.find(entry => entry.layers[file])?.layers[file]
}

/**
 * Post: moves each stage image's own layers (those the target, `cacheImage(id)`,
 * does not hold) out of the saved `folder`, into its stage's directory. A layer a kept stage's restored entry holds may be
 * missing from the folder (the build never needed it): that entry is kept as
 * it was. Returns the entries the folder's images now refer to.
 */
export function splitStageLayers(
  folder: string,
  cacheDir: string,
  id: string,
  restored: readonly StageLayers[]
): StageLayers[] {
  const saved = readSaveManifest(folder) ?? []
  const targetImage = saved.find(image => image.RepoTags?.includes(cacheImage(id)))
  const targetDigests = new Set(targetImage ? diffIds(folder, targetImage) : [])
  const entries: StageLayers[] = []
  for (const image of saved) {
    if (image === targetImage) continue
    const digests = diffIds(folder, image)
    const own = image.Layers.filter((_, i) => !targetDigests.has(digests[i] ?? ''))
    if (own.length === 0) continue
    const key = stageLayersKey(
      id,
      digests.filter(digest => !targetDigests.has(digest))
    )
    const known = restored.find(entry => entry.key === key)
    const layers: Record<string, LayerFile> = {}
    for (const file of own) {
      const layer = describeLayer(folder, file, restored)
      if (layer) layers[file] = layer
    }
    // A layer neither saved here nor stored: the stage is not served, and is rebuilt.
    if (Object.keys(layers).length < own.length) continue
    if (!known && !own.every(file => existsSync(path.join(folder, file)))) continue
    const dir = stageLayersDirectory(cacheDir, image.RepoTags?.[0] ?? key)
    rmSync(dir, { recursive: true, force: true })
    // A stored entry's files too, where this run has them: the cache may have dropped it.
    const here = own.every(file => existsSync(path.join(folder, file)))
    for (const file of here ? own : []) {
      linkFile(path.join(folder, file), path.join(dir, 'images', file))
    }
    entries.push({ key, dir, layers })
  }
  for (const file of entries.flatMap(entry => Object.keys(entry.layers))) {
    rmSync(path.join(folder, file), { force: true })
  }
  return entries
}

/** Whether an entry's directory holds every one of its layer files: it can be uploaded. */
export function stageLayersHere(entry: StageLayers): boolean {
  return Object.keys(entry.layers).every(file => existsSync(path.join(entry.dir, 'images', file)))
}

/** Whether the cache still holds a stage's entry (GitHub drops the least recently used). */
export async function stageLayersStored(entry: StageLayers): Promise<boolean> {
  try {
    const cache = await cacheService()
    return (
      (await cache.restoreCache([entry.dir], entry.key, [], { lookupOnly: true })) === entry.key
    )
  } catch {
    return false
  }
}

/** Restores a stage's entry and links its layers into `folder`; false when it is not found. */
export async function fetchStageLayers(entry: StageLayers, folder: string): Promise<boolean> {
  try {
    const cache = await cacheService()
    const hit = await cache.restoreCache([entry.dir], entry.key)
    if (!hit) return false
    for (const file of Object.keys(entry.layers)) {
      const to = path.join(folder, file)
      if (existsSync(to)) continue
      mkdirSync(path.dirname(to), { recursive: true })
      renameSync(path.join(entry.dir, 'images', file), to)
    }
    return true
  } catch (error) {
    core.warning(`A stage's cached layers could not be restored: ${errorMessage(error)}`)
    return false
  } finally {
    rmSync(entry.dir, { recursive: true, force: true })
  }
}

function layerType(head: Buffer): string {
  const type = 'application/vnd.oci.image.layer.v1.tar'
  if (head[0] === 0x1f && head[1] === 0x8b) return `${type}+gzip`
  if (head.readUInt32LE(0) === 0xfd2fb528) return `${type}+zstd`
  return type
}

function diffIds(folder: string, image: SavedImage): readonly string[] {
  return parseImageConfig(JSON.parse(readFileSync(path.join(folder, image.Config), 'utf8'))).diffIds
}

function fileHead(file: string): Buffer {
  const head = Buffer.alloc(4)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, head, 0, head.length, 0)
  } finally {
    closeSync(fd)
  }
  return head
}
