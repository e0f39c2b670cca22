/**
 * An image's layers read from the local engine, without pushing it: the
 * config and layer tars from `docker save`, each layer gzip-compressed here
 * as a push would upload it.
 */
import { rm } from 'node:fs/promises'
import * as path from 'node:path'
import { execCommand, lastErrorLine } from '../exec.js'
import { parseImageConfig, type ImageLayers } from '../report/layers.js'
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
    const [manifest] = JSON.parse((await readEntry(archive, manifestEntry)).toString('utf8')) as {
      Config: string
      Layers: string[]
    }[]
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
  const result = await execCommand(
    'docker',
    ['history', '--no-trunc', '--human=false', '--format', '{{.Size}}', imageId],
    { silent: true }
  )
  if (result.exitCode !== 0) return undefined
  const sizes = result.stdout.trim().split('\n').map(Number).reverse()
  return sizes.every(Number.isFinite) ? sizes : undefined
}
