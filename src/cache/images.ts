/**
 * The inline strategy's images, kept in the cache directory as the folder
 * `docker save` writes (its tar unpacked). Loading sends each image to its
 * own `docker load`, all at once: the daemon unpacks the loads side by side,
 * so the images arrive in about the time of the largest rather than of all.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { execPipe, lastErrorLine } from '../exec.js'
import { parseLoadedImages } from './strategy.js'

export interface LoadedImages {
  /** `Loaded image: NAME` of every load that succeeded. */
  readonly images: readonly string[]
  /** Why a load failed, one line each. */
  readonly failures: readonly string[]
}

/** One image of `manifest.json`, as `docker save` writes it. */
interface SavedImage {
  readonly Config: string
  readonly Layers: readonly string[]
}

export async function saveImages(folder: string, images: readonly string[]): Promise<void> {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const result = await execPipe(['docker', 'save', ...images], ['tar', '-x', '-C', folder])
  if (result.exitCode !== 0) throw new Error(`docker save failed: ${lastErrorLine(result)}`)
}

export async function loadImages(folder: string): Promise<LoadedImages> {
  const saved = readManifest(folder)
  if (!saved) return { images: [], failures: ['it holds no manifest.json of docker save'] }
  const results = await Promise.all(
    saved.map((image, index) => execPipe(imageTar(folder, image, index), ['docker', 'load']))
  )
  const loaded = results.map(result => parseLoadedImages(result.stdout))
  return {
    images: loaded.flat(),
    failures: results.filter((_, i) => loaded[i]?.length === 0).map(lastErrorLine)
  }
}

/**
 * `tar` of one image: its own manifest, config and layers. A layer two images
 * share goes to both loads; the daemon keeps one. Links are followed (`-h`):
 * docker save links a layer it already wrote, maybe for another image.
 */
function imageTar(folder: string, image: SavedImage, index: number): [string, ...string[]] {
  const manifest = `manifest-${index}.json`
  writeFileSync(path.join(folder, manifest), JSON.stringify([image]))
  return [
    'tar',
    '-c',
    '-h',
    '-C',
    folder,
    `--transform=s,^${manifest.replace('.', '\\.')}$,manifest.json,`,
    manifest,
    image.Config,
    ...image.Layers
  ]
}

function readManifest(folder: string): SavedImage[] | undefined {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'))
    const valid =
      Array.isArray(manifest) &&
      manifest.length > 0 &&
      manifest.every(
        (image: Partial<SavedImage>) =>
          typeof image.Config === 'string' && Array.isArray(image.Layers)
      )
    return valid ? (manifest as SavedImage[]) : undefined
  } catch {
    return undefined
  }
}
