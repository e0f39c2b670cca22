/**
 * The files behind the layers that grew most on a pull request. The new
 * image's files are the advice's own; a compared layer's are read from its
 * blob in the registry, and only when it is not larger than a bound.
 */
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { errorMessage } from '../errors.js'
import type { Comparison } from '../report/compare.js'
import { formatBytes } from '../report/format.js'
import type { ComparedImage, SizeReport } from '../report/sizes.js'
import { layerBlob } from '../registry/image.js'
import { grownFiles, pairGrownLayers, type GrownLayer } from './grown.js'
import { listLayer, type FileEntry, type ImageFiles } from './image-files.js'
import type { AdviceSection } from './render.js'
import { ByteSource } from './tar-stream.js'

/** Compressed bytes read from the registry per compared layer, at most. */
export const MAX_BASE_LAYER_BYTES = 64_000_000

export async function grownLayers(
  comparison: Comparison,
  current: ImageFiles,
  compared: ComparedImage
): Promise<GrownLayer[]> {
  const pairs = pairGrownLayers(comparison, current, compared.layers)
  return Promise.all(
    pairs.map(async (pair): Promise<GrownLayer> => {
      const after = current.layers[pair.layer] ?? []
      const base = { instruction: pair.instruction, change: pair.change }
      if (pair.baseLayer === undefined) return { ...base, files: grownFiles(undefined, after) }
      const size = compared.layers.compressed[pair.baseLayer] ?? 0
      const digest = compared.layerDigests[pair.baseLayer] ?? ''
      if (size > MAX_BASE_LAYER_BYTES) {
        return {
          ...base,
          files: grownFiles(undefined, after),
          note: `the compared layer (${formatBytes(size)}) is too large to read: the largest files shown`
        }
      }
      try {
        return { ...base, files: grownFiles(await blobFiles(compared.reference, digest), after) }
      } catch (error) {
        return {
          ...base,
          files: grownFiles(undefined, after),
          note: `the compared layer could not be read (${errorMessage(error)}): the largest files shown`
        }
      }
    })
  )
}

async function blobFiles(reference: string, digest: string): Promise<FileEntry[]> {
  const gunzip = Readable.from(await layerBlob(reference, digest)).pipe(createGunzip())
  try {
    return await listLayer(new ByteSource(gunzip))
  } finally {
    gunzip.destroy()
  }
}

/** The section with the grown layers' files, on a run that compared its image. */
export async function withGrownFiles(
  section: AdviceSection,
  sizes: Pick<SizeReport, 'comparison' | 'compared'> | undefined
): Promise<AdviceSection> {
  if (!section.image || !sizes?.comparison || !sizes.compared || !section.enabled) return section
  const grown = await grownLayers(sizes.comparison, section.image, sizes.compared)
  return grown.length ? { ...section, grown } : section
}
