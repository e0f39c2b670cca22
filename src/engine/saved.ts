/** `manifest.json`, the index `docker save` writes of the images it exports. Pure. */

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
          Array.isArray(image.Layers) &&
          image.Layers.every(layer => typeof layer === 'string')
      )
    return valid ? (manifest as SavedImage[]) : undefined
  } catch {
    return undefined
  }
}
