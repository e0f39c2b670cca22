/**
 * Layer-cache keys, directories and image names. Pure.
 *
 * A key is `<prefix><sha>-<run id>`. The prefix pins what the cache is for
 * (OS, architecture, image, Dockerfile, target, scope); restoring by the
 * prefix alone finds the newest cache of any commit, so a new commit, a pull
 * request and its base branch share layers.
 */
import { createHash } from 'node:crypto'
import * as path from 'node:path'

export interface CacheKeyParts {
  readonly os: string
  readonly arch: string
  /** The image's repository (`ghcr.io/org/app`), empty when untagged. */
  readonly image: string
  readonly file: string
  readonly target: string
  readonly scope: string
  readonly sha: string
  readonly runId: string
}

export interface CacheKeys {
  /** This run's key: the save goes here. */
  readonly key: string
  /** Tried in order when the key itself is not found. */
  readonly restoreKeys: readonly string[]
  /** Identifies the cache's subject; names its directory and images. */
  readonly id: string
}

export const KEY_VERSION = 'v3'

/** The inline strategy's images inside the cache directory: `docker save`, unpacked. */
export const IMAGES_FOLDER = 'images'
/** The archive strategy's step images (podman, buildah), inside the cache directory. */
export const STEP_IMAGES_FOLDER = 'step-images'
/** The local strategy's cache, inside the cache directory. */
export const LOCAL_CACHE = 'buildkit'

export function cacheKeys(parts: CacheKeyParts): CacheKeys {
  const id = createHash('sha256')
    .update(
      JSON.stringify([
        parts.image,
        parts.file.split(path.sep).join('/'),
        parts.target.toLowerCase(),
        parts.scope
      ])
    )
    .digest('hex')
    .slice(0, 12)
  const name = readableName(parts.image)
  // The fixed-length id ends the prefix, so no prefix is a prefix of another subject's.
  const prefix = `hoist-${KEY_VERSION}-${safe(parts.os)}-${safe(parts.arch)}-${name}-${id}-`
  const run = `${safe(parts.sha.slice(0, 12)) || 'nosha'}-${safe(parts.runId) || '0'}`
  return { key: prefix + run, restoreKeys: [prefix], id }
}

/** The repository part of an image reference: no tag, no digest. */
export function imageRepository(reference: string): string {
  const noDigest = reference.split('@')[0] ?? ''
  const slash = noDigest.lastIndexOf('/')
  const colon = noDigest.lastIndexOf(':')
  return colon > slash ? noDigest.slice(0, colon) : noDigest
}

/**
 * The directory cached. Its path is part of the cache's version, so it must
 * be the same on every run: a fixed name under the runner's temp directory.
 */
export function cacheDirectory(tempRoot: string, id: string): string {
  return path.join(tempRoot, `hoist-layer-cache-${id}`)
}

/**
 * The key of a stage image's own layers (those the target does not hold):
 * named by their digests, so layers already stored are never stored again.
 */
export function stageLayersKey(id: string, digests: readonly string[]): string {
  const hash = createHash('sha256')
    .update([...new Set(digests)].sort().join('\n'))
    .digest('hex')
    .slice(0, 24)
  return `hoist-${KEY_VERSION}-layers-${id}-${hash}`
}

/** The directory cached for a stage image's own layers: a fixed path per stage. */
export function stageLayersDirectory(cacheDir: string, image: string): string {
  const tag = image.slice(image.lastIndexOf(':') + 1)
  return `${cacheDir}-${tag}`
}

/** The local image that carries one stage's inline cache (or the target's). */
export function cacheImage(id: string, stage?: string): string {
  const tag = stage === undefined ? 'target' : `stage-${stage.replace(/[^a-z0-9_.-]/gi, '_')}`
  return `hoist-cache/${id}:${tag.slice(0, 128)}`
}

function readableName(image: string): string {
  return safe(image.split('/').at(-1) ?? '') || 'image'
}

function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '_')
}
