/**
 * Docker archives (`docker-archive:` in containers/image) of one image each,
 * as `buildah push` writes them, merged into one that holds every image and
 * each layer once, like `podman save --multi-image-archive`. A build's step
 * images share most of their layers: kept one archive per image, the layer
 * cache would hold the base's layers once per step.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { execCommand, lastErrorLine } from '../exec.js'
import { parseSaveManifest, type SavedImage } from './saved.js'
import { indexTar, readEntry } from './tar.js'

const MANIFEST = 'manifest.json'

/** The images of a docker archive, from its manifest.json; undefined when it has none. */
export async function archiveImages(archive: string): Promise<SavedImage[] | undefined> {
  const entry = (await indexTar(archive)).get(MANIFEST)
  return entry ? parseSaveManifest((await readEntry(archive, entry)).toString('utf8')) : undefined
}

/**
 * Writes `into`, one archive of every image of `archives`, in their order (the
 * N-th is `into:@N`); `workDir` is used on the way and removed. Layer and
 * config files are named by their digests in such an archive: a file of the
 * same name is the same file, extracted once.
 */
export async function mergeDockerArchives(
  archives: readonly string[],
  into: string,
  workDir: string
): Promise<void> {
  const merged = path.join(workDir, 'merged')
  rmSync(merged, { recursive: true, force: true })
  mkdirSync(merged, { recursive: true })
  try {
    const images: SavedImage[] = []
    for (const archive of archives) {
      const own = await archiveImages(archive)
      if (!own) throw new Error(`${path.basename(archive)} is not a docker archive`)
      images.push(...own)
      await tar(['--extract', '--skip-old-files', '--file', archive, '--directory', merged])
    }
    // Each archive's own index, replaced by the one of them all.
    rmSync(path.join(merged, 'repositories'), { force: true })
    writeFileSync(path.join(merged, MANIFEST), JSON.stringify(images))
    const entries = readdirSync(merged).sort()
    await tar(['--create', '--file', into, '--directory', merged, '--', ...entries])
  } finally {
    rmSync(merged, { recursive: true, force: true })
  }
}

async function tar(args: readonly string[]): Promise<void> {
  const result = await execCommand('tar', args, { silent: true })
  if (result.exitCode !== 0) throw new Error(`tar failed: ${lastErrorLine(result)}`)
}
