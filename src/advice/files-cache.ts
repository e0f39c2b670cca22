/**
 * The files of an image's layers, kept on this machine between runs. A layer
 * is named by its diff ID, the digest of its content: what is kept never goes
 * stale (an image ID does: the labels of each run change it). A cached build's image is
 * then read without `docker save` (a second per 100 MB). Best-effort: a file
 * that cannot be read or written is as if it were not there.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { FileEntry, FileKind } from './image-files.js'

/** The runner's tool cache outlives a job on self-hosted runners; the temp dir otherwise. */
export function filesCacheDir(): string {
  return path.join(process.env.RUNNER_TOOL_CACHE || os.tmpdir(), 'hoist', 'layer-files')
}

type Stored = [string, number, FileKind]

const digestHex = (digest: string): string => digest.replace(/^sha256:/, '')

/** Every layer's files, or undefined when one of them is not kept. */
export async function cachedLayers(
  dir: string,
  diffIds: readonly string[]
): Promise<FileEntry[][] | undefined> {
  try {
    return await Promise.all(
      diffIds.map(async diffId => {
        const stored = JSON.parse(
          await readFile(path.join(dir, `${digestHex(diffId)}.files.json`), 'utf8')
        ) as Stored[]
        return stored.map(([p, size, kind]): FileEntry => ({ path: p, size, kind }))
      })
    )
  } catch {
    return undefined
  }
}

export async function storeLayers(
  dir: string,
  diffIds: readonly string[],
  layers: readonly (readonly FileEntry[])[]
): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
    await Promise.all(
      diffIds.map((diffId, i) =>
        writeAtomically(
          path.join(dir, `${digestHex(diffId)}.files.json`),
          JSON.stringify((layers[i] ?? []).map(e => [e.path, e.size, e.kind]))
        )
      )
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
