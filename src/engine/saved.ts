/** `manifest.json`, the index `docker save` writes of the images it exports. Pure. */
import * as path from 'node:path'

/** One image of it. */
export interface SavedImage {
  readonly Config: string
  readonly RepoTags?: readonly string[]
  readonly Layers: readonly string[]
}

/** Its images, or undefined when the text is not such a manifest. */
export function parseSaveManifest(text: string): SavedImage[] | undefined {
  try {
    const manifest: unknown = JSON.parse(text)
    const valid =
      Array.isArray(manifest) &&
      manifest.length > 0 &&
      manifest.every(
        (image: Partial<SavedImage>) =>
          typeof image.Config === 'string' &&
          staysInside(image.Config) &&
          Array.isArray(image.Layers) &&
          image.Layers.every(layer => typeof layer === 'string' && staysInside(layer))
      )
    return valid ? (manifest as SavedImage[]) : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether a file name read from a saved folder's own files (its manifest, a
 * restored cache's index) names a file inside that folder. A restored cache is
 * whatever the last run saved, maybe a pull request's: `../`, an absolute path,
 * or a name that a command would read as an option never reaches the disk.
 */
export function staysInside(file: string): boolean {
  if (file === '' || file.includes('\0') || file.startsWith('-')) return false
  if (path.isAbsolute(file) || file.includes('\\')) return false
  return !file.split('/').includes('..')
}
