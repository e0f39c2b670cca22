import { execCommand, lastErrorLine } from '../exec.js'
import { parseImageReference } from '../registry/reference.js'

export interface ImageInfo {
  readonly id: string
  /** Uncompressed size in bytes, as `docker image inspect` reports it. */
  readonly size: number
  readonly repoDigests: readonly string[]
}

interface InspectRecord {
  Id?: string
  Size?: number
  RepoDigests?: string[] | null
}

export async function inspectImage(image: string): Promise<ImageInfo> {
  const result = await execCommand('docker', ['image', 'inspect', image], { silent: true })
  if (result.exitCode !== 0) {
    throw new Error(`Could not inspect image ${image}: ${lastErrorLine(result)}`)
  }
  const [record] = JSON.parse(result.stdout) as InspectRecord[]
  return {
    id: record?.Id ?? image,
    size: record?.Size ?? 0,
    repoDigests: record?.RepoDigests ?? []
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

/** Each pushed tag's manifest digest, for the tags docker recorded one for. */
export function digestsFor(
  tags: readonly string[],
  repoDigests: readonly string[]
): Record<string, string> {
  const digests: Record<string, string> = {}
  for (const tag of tags) {
    const digest = digestFor(tag, repoDigests)
    if (digest) digests[tag] = digest
  }
  return digests
}
