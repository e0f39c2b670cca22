/**
 * The inline strategy's images, kept in the cache directory as the folder
 * `docker save` writes (its tar unpacked). A daemon on this host reads them
 * from registry.ts; any other loads them here: each image goes to its own
 * `docker load`, all at once, so the daemon unpacks them side by side and
 * they arrive in about the time of the largest rather than of all.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import * as path from 'node:path'
import { parseSaveManifest, type SavedImage } from '../engine/saved.js'
import { execPipe, lastErrorLine } from '../exec.js'
import { parseLoadedImages } from './strategy.js'

export interface LoadedImages {
  /** `Loaded image: NAME` of every load that succeeded. */
  readonly images: readonly string[]
  /** Why a load failed, one line each. */
  readonly failures: readonly string[]
  /** Images not loaded as some of their layers are not in the folder. */
  readonly absent: readonly string[]
}

/**
 * Writes `folder` afresh: the daemon's `images` with `docker save`, then the
 * `kept` images, which the daemon may not hold, from the `restored` folder.
 */
export async function saveImages(
  folder: string,
  images: readonly string[],
  kept: { readonly restored: string; readonly images: readonly string[] }
): Promise<void> {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  if (images.length > 0) {
    const result = await execPipe(['docker', 'save', ...images], ['tar', '-x', '-C', folder])
    if (result.exitCode !== 0) throw new Error(`docker save failed: ${lastErrorLine(result)}`)
  }
  if (kept.images.length > 0) keepImages(kept.restored, folder, kept.images)
}

/** Adds restored images to a saved folder: their files linked, their entries in its manifest. */
function keepImages(restored: string, folder: string, names: readonly string[]): void {
  const entries = (readSaveManifest(restored) ?? []).filter(image =>
    image.RepoTags?.some(name => names.includes(name))
  )
  const missing = names.filter(name => !entries.some(image => image.RepoTags?.includes(name)))
  if (missing.length > 0) throw new Error(`${missing.join(', ')}: not in the restored cache`)
  for (const image of entries) {
    for (const file of [image.Config, ...image.Layers]) {
      const target = path.join(folder, file)
      // A stage's own layer the build never needed stays in the stage's entry (stage-layers.ts).
      if (existsSync(target) || !existsSync(path.join(restored, file))) continue
      linkFile(path.join(restored, file), target)
    }
  }
  const manifest = [...(readSaveManifest(folder) ?? []), ...entries]
  writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest))
}

/**
 * A second name for a saved file, or a copy where a link cannot be made.
 * docker save writes a layer it already wrote as a symlink to it: the file
 * itself is linked.
 */
export function linkFile(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true })
  const source = realpathSync(from)
  try {
    linkSync(source, to)
  } catch {
    copyFileSync(source, to)
  }
}

export async function loadImages(folder: string): Promise<LoadedImages> {
  const saved = readSaveManifest(folder)
  if (!saved) {
    return { images: [], failures: ['it holds no manifest.json of docker save'], absent: [] }
  }
  const whole = saved.filter(image =>
    image.Layers.every(file => existsSync(path.join(folder, file)))
  )
  const results = await Promise.all(
    whole.map((image, index) => execPipe(imageTar(folder, image, index), ['docker', 'load']))
  )
  const loaded = results.map(result => parseLoadedImages(result.stdout))
  return {
    images: loaded.flat(),
    failures: results.filter((_, i) => loaded[i]?.length === 0).map(lastErrorLine),
    absent: saved.filter(image => !whole.includes(image)).map(image => image.RepoTags?.[0] ?? '')
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
    // Names, never options, whatever the restored manifest holds.
    '--',
    manifest,
    image.Config,
    ...image.Layers
  ]
}

/** `docker save`'s `manifest.json` in `folder`, or undefined when there is none or it is not one. */
export function readSaveManifest(folder: string): SavedImage[] | undefined {
  try {
    return parseSaveManifest(readFileSync(path.join(folder, 'manifest.json'), 'utf8'))
  } catch {
    return undefined
  }
}
