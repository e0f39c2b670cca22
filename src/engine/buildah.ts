/**
 * The buildah family: podman's builder without podman. The build's command
 * line and log are podman's; buildah has no `save`, `load` or `history`, so
 * images go to and come from docker archives with `push` and `pull`.
 */
import { readdirSync } from 'node:fs'
import * as path from 'node:path'
import { execCommand, lastErrorLine } from '../exec.js'
import type { Platform } from '../registry/client.js'
import type { EngineFamily } from './family.js'
import type { ImageInfo } from './image.js'
import { containersBuildCommand, podmanFamily } from './podman.js'

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
  buildCommand: request => containersBuildCommand(request),
  readBuild: result => podmanFamily.readBuild(result),
  pushArgs: (tag, digestFile) => podmanFamily.pushArgs(tag, digestFile),
  loginArgs: (host, username) => podmanFamily.loginArgs(host, username),
  logoutArgs: host => ['logout', host],
  tagArgs: (image, tag) => ['tag', image, tag],
  inspect,
  saveArgs: (image, archive) => ['push', image, `docker-archive:${archive}`],
  historyInBytes: false,
  async saveImages(images, folder) {
    // One archive per image: buildah writes one image per docker archive.
    for (const [i, image] of images.entries()) {
      const archive = path.join(folder, `${String(i).padStart(3, '0')}.tar`)
      const result = await execCommand('buildah', buildahFamily.saveArgs(image, archive), {
        silent: true
      })
      if (result.exitCode !== 0) throw new Error(`buildah push failed: ${lastErrorLine(result)}`)
    }
  },
  async loadImages(folder) {
    const loaded: string[] = []
    for (const name of readdirSync(folder)
      .filter(file => file.endsWith('.tar'))
      .sort()) {
      const archive = `docker-archive:${path.join(folder, name)}`
      const result = await execCommand('buildah', ['pull', archive], { silent: true })
      if (result.exitCode !== 0) throw new Error(`buildah pull failed: ${lastErrorLine(result)}`)
      loaded.push(result.stdout.trim().split('\n').at(-1) ?? '')
    }
    return loaded
  }
}
