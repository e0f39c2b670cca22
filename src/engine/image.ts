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

interface InspectRecord {
  Id?: string
  Size?: number
  RepoDigests?: string[] | null
  Os?: string
  Architecture?: string
  RootFS?: { Layers?: string[] | null }
  Config?: { User?: string } | null
}

/** docker's and podman's `image inspect` (podman answers with the same fields). */
export async function inspectImage(image: string, command = 'docker'): Promise<ImageInfo> {
  const result = await execCommand(command, ['image', 'inspect', image], { silent: true })
  if (result.exitCode !== 0) {
    throw new Error(`Could not inspect image ${image}: ${lastErrorLine(result)}`)
  }
  const [record] = JSON.parse(result.stdout) as InspectRecord[]
  return {
    id: record?.Id ?? image,
    size: record?.Size ?? 0,
    repoDigests: record?.RepoDigests ?? [],
    platform: { os: record?.Os || 'linux', architecture: record?.Architecture || 'amd64' },
    diffIds: record?.RootFS?.Layers ?? [],
    user: record?.Config?.User ?? ''
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
