/**
 * The files of an image's layers, kept on this machine between runs. A layer
 * is named by its diff ID and an image config by the image ID, both digests
 * of their content: what is kept never goes stale. A cached build's image is
 * then read without `docker save` (a second per 100 MB). Best-effort: a file
 * that cannot be read or written is as if it were not there.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseImageConfig } from '../report/layers.js'
import type { FileEntry, FileKind, ImageFiles } from './image-files.js'

/** The runner's tool cache outlives a job on self-hosted runners; the temp dir otherwise. */
export function filesCacheDir(): string {
  return path.join(process.env.RUNNER_TOOL_CACHE || os.tmpdir(), 'hoist', 'layer-files')
}

type Stored = [string, number, FileKind]

const digestHex = (digest: string): string => digest.replace(/^sha256:/, '')

export async function cachedImageFiles(
  dir: string,
  imageId: string
): Promise<ImageFiles | undefined> {
  try {
    const config: unknown = JSON.parse(
      await readFile(path.join(dir, `${digestHex(imageId)}.config.json`), 'utf8')
    )
    const layers = await Promise.all(
      parseImageConfig(config).diffIds.map(async diffId => {
        const stored = JSON.parse(
          await readFile(path.join(dir, `${digestHex(diffId)}.files.json`), 'utf8')
        ) as Stored[]
        return stored.map(([p, size, kind]): FileEntry => ({ path: p, size, kind }))
      })
    )
    return { config, layers, truncated: false }
  } catch {
    return undefined
  }
}

export async function storeImageFiles(
  dir: string,
  imageId: string,
  files: ImageFiles
): Promise<void> {
  if (files.truncated) return
  try {
    await mkdir(dir, { recursive: true })
    const diffIds = parseImageConfig(files.config).diffIds
    await Promise.all(
      diffIds.map((diffId, i) =>
        writeAtomically(
          path.join(dir, `${digestHex(diffId)}.files.json`),
          JSON.stringify((files.layers[i] ?? []).map(e => [e.path, e.size, e.kind]))
        )
      )
    )
    // The config last: it is what says the layers are all there.
    await writeAtomically(
      path.join(dir, `${digestHex(imageId)}.config.json`),
      JSON.stringify(files.config)
    )
  } catch {
    // A cache that cannot be written costs the next run a docker save, nothing more.
  }
}

/** Another job on the same machine may read the file while it is written. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, text)
  await rename(partial, file)
}
