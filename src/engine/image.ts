import { execCommand, lastErrorLine } from '../exec.js'
import type { Platform } from '../registry/client.js'
import { parseImageReference } from '../registry/reference.js'

export interface ImageInfo {
  readonly id: string
  /** Uncompressed size in bytes, as `docker image inspect` reports it. */
  readonly size: number
  readonly repoDigests: readonly string[]
  readonly platform: Platform
  /** The layers' uncompressed digests, base first. */
  readonly diffIds: readonly string[]
  /** The user the image runs as; empty for root by default. */
  readonly user: string
}

/** The fields read of an `image inspect` record: docker's CLI and daemon, and podman, give the same. */
export interface InspectRecord {
  Id?: string
  Size?: number
  RepoDigests?: string[] | null
  Os?: string
  Architecture?: string
  RootFS?: { Layers?: string[] | null }
  Config?: { User?: string } | null
}

export function imageInfo(record: InspectRecord, image: string): ImageInfo {
  return {
    id: record.Id ?? image,
    size: record.Size ?? 0,
    repoDigests: record.RepoDigests ?? [],
    platform: { os: record.Os || 'linux', architecture: record.Architecture || 'amd64' },
    diffIds: record.RootFS?.Layers ?? [],
    user: record.Config?.User ?? ''
  }
}

/** `<command> image inspect` (docker's CLI, podman). */
export async function inspectImage(image: string, command: string): Promise<ImageInfo> {
  const result = await execCommand(command, ['image', 'inspect', image], { silent: true })
  if (result.exitCode !== 0) {
    throw new Error(`Could not inspect image ${image}: ${lastErrorLine(result)}`)
  }
  const [record] = JSON.parse(result.stdout) as InspectRecord[]
  return imageInfo(record ?? {}, image)
}

/** `<command> tag`: gives the image another name; throws with the tool's reason. */
export async function tagImage(image: string, tag: string, command: string): Promise<void> {
  const result = await execCommand(command, ['tag', image, tag], { silent: true })
  if (result.exitCode !== 0) {
    throw new Error(`Could not tag the image ${tag}: ${lastErrorLine(result)}`)
  }
}

/** `rmi` of a name the image has others besides: each tool then takes the name away only. */
export async function untagImage(reference: string, command: string): Promise<void> {
  const result = await execCommand(command, ['rmi', reference], { silent: true })
  if (result.exitCode !== 0) {
    throw new Error(`Could not take the name ${reference} away: ${lastErrorLine(result)}`)
  }
}

/**
 * The manifest digest a registry holds for a pushed image: docker records it
 * as a repo digest when the push completes.
 */
export function digestFor(tag: string, repoDigests: readonly string[]): string | undefined {
  const wanted = parseImageReference(tag)
  for (const repoDigest of repoDigests) {
    const ref = parseImageReference(repoDigest)
    if (ref.registry === wanted.registry && ref.repository === wanted.repository) return ref.digest
  }
  return undefined
}
