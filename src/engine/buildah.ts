/**
 * The buildah family: podman's builder without podman. The build's command
 * line and log are podman's but for `--iidfile`: given it, buildah 1.28 prints
 * no step's image id (`--> ID`), and the layer cache saves those images; it
 * then prints the image's full id as its output's last line. buildah has no
 * `save`, `load` or `history`, so images go to and come from docker archives
 * with `push` and `pull` (the layer cache's: one archive, as podman's).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import * as path from 'node:path'
import { execCommand, lastErrorLine } from '../exec.js'
import type { Platform } from '../registry/client.js'
import { archiveImages, mergeDockerArchives } from './docker-archive.js'
import type { EngineFamily } from './family.js'
import { tagImage, untagImage, type ImageInfo } from './image.js'
import { CACHE_ARCHIVE, containersBuildCommand, podmanFamily } from './podman.js'

interface BuildahImage {
  FromImageID?: string
  OCIv1?: {
    os?: string
    architecture?: string
    config?: { User?: string }
    rootfs?: { diff_ids?: string[] | null }
  }
}

/** `buildah inspect --type image` and `buildah images --json`, read into what docker's inspect gives. Pure. */
export function parseBuildahInspect(inspect: string, images: string): ImageInfo {
  const record = JSON.parse(inspect) as BuildahImage
  const listed = (JSON.parse(images) as { size?: unknown }[] | null)?.[0]
  const platform: Platform = {
    os: record.OCIv1?.os || 'linux',
    architecture: record.OCIv1?.architecture || 'amd64'
  }
  return {
    id: record.FromImageID ? `sha256:${record.FromImageID.replace(/^sha256:/, '')}` : '',
    // buildah lists sizes for people ("7.25 MB"); the report counts the layers' own bytes.
    size: typeof listed?.size === 'number' ? listed.size : 0,
    repoDigests: [],
    platform,
    diffIds: record.OCIv1?.rootfs?.diff_ids ?? [],
    user: record.OCIv1?.config?.User ?? ''
  }
}

/** The full image id buildah prints last when it writes no `--iidfile`. Pure. */
export function printedImage(stdout: string): { imageId?: string } {
  const last = stdout.trimEnd().split('\n').at(-1)?.trim() ?? ''
  return /^[0-9a-f]{64}$/.test(last) ? { imageId: `sha256:${last}` } : {}
}

async function inspect(image: string): Promise<ImageInfo> {
  const [record, listed] = await Promise.all([
    execCommand('buildah', ['inspect', '--type', 'image', image], { silent: true }),
    execCommand('buildah', ['images', '--json', image], { silent: true })
  ])
  if (record.exitCode !== 0) {
    throw new Error(`Could not inspect image ${image}: ${lastErrorLine(record)}`)
  }
  return parseBuildahInspect(record.stdout, listed.exitCode === 0 ? listed.stdout : '[]')
}

export const buildahFamily: EngineFamily = {
  command: 'buildah',
  buildCommand: request => containersBuildCommand(request, { printsImage: true }),
  readBuild: result => ({ ...podmanFamily.readBuild(result), ...printedImage(result.stdout) }),
  pushArgs: (tag, digestFile) => podmanFamily.pushArgs(tag, digestFile),
  loginArgs: (host, username) => podmanFamily.loginArgs(host, username),
  logoutArgs: host => ['logout', host],
  tag: (image, tag) => tagImage(image, tag, 'buildah'),
  untag: reference => untagImage(reference, 'buildah'),
  inspect,
  saveArgs: (image, archive) => ['push', image, `docker-archive:${archive}`],
  async saveImages(images, folder) {
    // buildah writes one image per docker archive: each is merged into one, each layer once.
    const parts = path.join(folder, 'parts')
    mkdirSync(parts, { recursive: true })
    try {
      const archives: string[] = []
      for (const [i, image] of images.entries()) {
        const archive = path.join(parts, `${String(i).padStart(3, '0')}.tar`)
        const result = await execCommand('buildah', buildahFamily.saveArgs(image, archive), {
          silent: true
        })
        if (result.exitCode !== 0) throw new Error(`buildah push failed: ${lastErrorLine(result)}`)
        archives.push(archive)
      }
      await mergeDockerArchives(archives, path.join(folder, CACHE_ARCHIVE), folder)
    } finally {
      rmSync(parts, { recursive: true, force: true })
    }
  },
  async loadImages(folder) {
    const archive = path.join(folder, CACHE_ARCHIVE)
    if (!existsSync(archive)) throw new Error(`the cache holds no ${CACHE_ARCHIVE}`)
    const images = await archiveImages(archive)
    if (!images) throw new Error(`${CACHE_ARCHIVE} is not a docker archive`)
    const loaded: string[] = []
    for (const i of images.keys()) {
      const result = await execCommand('buildah', ['pull', `docker-archive:${archive}:@${i}`], {
        silent: true
      })
      if (result.exitCode !== 0) throw new Error(`buildah pull failed: ${lastErrorLine(result)}`)
      loaded.push(result.stdout.trim().split('\n').at(-1) ?? '')
    }
    return loaded
  }
}
