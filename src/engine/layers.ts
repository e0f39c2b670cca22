/**
 * An image's layers read from the local engine, without pushing it: the
 * config and layer tars from `docker save`, each layer gzip-compressed here
 * as a push would upload it.
 */
import { rm } from 'node:fs/promises'
import * as path from 'node:path'
import { execCommand, lastErrorLine } from '../exec.js'
import type { Platform } from '../registry/client.js'
import {
  configFromHistory,
  parseImageConfig,
  type HistoryRecord,
  type ImageLayers
} from '../report/layers.js'
import { parseSaveManifest } from './saved.js'
import { gzipSize, indexTar, readEntry } from './tar.js'

/**
 * `known` holds compressed sizes already known by diff ID (layers the
 * registry has): those layers are not compressed again.
 */
export async function localLayers(
  imageId: string,
  tempDir: string,
  known: ReadonlyMap<string, number> = new Map(),
  measure = true
): Promise<ImageLayers> {
  const archive = path.join(tempDir, 'image.tar')
  try {
    const saved = await execCommand('docker', ['save', '--output', archive, imageId], {
      silent: true
    })
    if (saved.exitCode !== 0) throw new Error(`docker save failed: ${lastErrorLine(saved)}`)
    const entries = await indexTar(archive)
    const manifestEntry = entries.get('manifest.json')
    if (!manifestEntry) throw new Error('docker save wrote no manifest.json')
    const [manifest] = parseSaveManifest((await readEntry(archive, manifestEntry)).toString()) ?? []
    const configEntry = manifest && entries.get(manifest.Config)
    if (!manifest || !configEntry) throw new Error('docker save wrote no image config')
    const config = parseImageConfig(JSON.parse((await readEntry(archive, configEntry)).toString()))
    const compressed: number[] = []
    for (const [i, layerPath] of measure ? manifest.Layers.entries() : []) {
      const knownSize = known.get(config.diffIds[i] ?? '')
      const entry = entries.get(layerPath)
      if (knownSize !== undefined) compressed.push(knownSize)
      else if (entry) compressed.push(await gzipSize(archive, entry))
      else throw new Error(`docker save wrote no ${layerPath}`)
    }
    const uncompressed = await historySizes(imageId)
    return { config, compressed, exact: false, ...(uncompressed ? { uncompressed } : {}) }
  } finally {
    await rm(archive, { force: true })
  }
}

/** Uncompressed size per history entry, oldest first, as `docker history` shows it. */
export async function historySizes(imageId: string): Promise<number[] | undefined> {
  return (await imageHistory(imageId))?.map(record => record.size)
}

/**
 * The layers of an image nothing needs measured: its config from `docker
 * history` and the diff IDs `docker image inspect` gave, with no export of the
 * image. Only when history cannot say which entries made a layer is the
 * config read from `docker save`.
 */
export async function unmeasuredLayers(
  image: { readonly id: string; readonly diffIds: readonly string[]; readonly platform: Platform },
  tempDir: string
): Promise<ImageLayers> {
  const records = await imageHistory(image.id)
  const config = records && configFromHistory(records, image.diffIds, image.platform)
  if (!records || !config) return localLayers(image.id, tempDir, new Map(), false)
  return { config, compressed: [], exact: false, uncompressed: records.map(r => r.size) }
}

/** `docker history`, oldest first; text fields as JSON, so a RUN of several lines stays one line. */
async function imageHistory(imageId: string): Promise<HistoryRecord[] | undefined> {
  const result = await execCommand(
    'docker',
    [
      'history',
      '--no-trunc',
      '--human=false',
      '--format',
      '{{.Size}} {{json .CreatedBy}} {{json .Comment}}',
      imageId
    ],
    { silent: true }
  )
  if (result.exitCode !== 0) return undefined
  try {
    const records = result.stdout
      .trim()
      .split('\n')
      .map(line => {
        const [, size, createdBy, comment] = /^(\d+) ("(?:[^"\\]|\\.)*") (".*")$/.exec(line) ?? []
        if (size === undefined || createdBy === undefined || comment === undefined) {
          throw new Error(`unexpected docker history line: ${line}`)
        }
        return {
          size: Number(size),
          createdBy: JSON.parse(createdBy) as string,
          comment: JSON.parse(comment) as string
        }
      })
    return records.reverse()
  } catch {
    return undefined
  }
}
