import { execCommand, lastErrorLine } from '../exec.js'
import { daemonImage } from './daemon-api.js'
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
  // The daemon's own answer is the record the docker CLI prints (daemon-api.ts).
  const fromApi = command === 'docker' ? await daemonImage(image, 'json') : undefined
  const record = (fromApi as InspectRecord | undefined) ?? (await inspectByCli(image, command))
  return {
    id: record.Id ?? image,
    size: record.Size ?? 0,
    repoDigests: record.RepoDigests ?? [],
    platform: { os: record.Os || 'linux', architecture: record.Architecture || 'amd64' },
    diffIds: record.RootFS?.Layers ?? [],
    user: record.Config?.User ?? ''
  }
}

async function inspectByCli(image: string, command: string): Promise<InspectRecord> {
  const result = await execCommand(command, ['image', 'inspect', image], { silent: true })
  if (result.exitCode !== 0) {
    throw new Error(`Could not inspect image ${image}: ${lastErrorLine(result)}`)
  }
  const [record] = JSON.parse(result.stdout) as InspectRecord[]
  return record ?? {}
}

/** `<command> tag`: gives the image another name; throws with the tool's reason. */
export async function tagImage(image: string, tag: string, command: string): Promise<void> {
  const result = await execCommand(command, ['tag', image, tag], { silent: true })
  if (result.exitCode !== 0) {
    throw new Error(`Could not tag the image ${tag}: ${lastErrorLine(result)}`)
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
