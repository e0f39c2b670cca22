/**
 * Target platforms (`os/architecture[/variant]`, as `--platform` takes them):
 * parsed, and checked against what the engine and its builder can build. Pure.
 */
import { InputError } from '../errors.js'
import type { Engine } from './engine.js'

export interface TargetPlatform {
  readonly os: string
  readonly architecture: string
  readonly variant?: string
}

/** Variants that name the architecture's baseline: `linux/arm64/v8` is `linux/arm64`. */
const BASELINE_VARIANTS: Readonly<Record<string, string>> = { arm64: 'v8', amd64: 'v1' }

export function parsePlatform(text: string): TargetPlatform {
  const parts = text.trim().toLowerCase().split('/')
  const [os, architecture, variant, extra] = parts
  if (!os || !architecture || extra !== undefined || parts.some(part => !/^[\w.-]+$/.test(part))) {
    throw new Error(`"${text}" is not a platform of the form os/architecture[/variant]`)
  }
  return variant && BASELINE_VARIANTS[architecture] !== variant
    ? { os, architecture, variant }
    : { os, architecture }
}

export function formatPlatform(platform: TargetPlatform): string {
  const { os, architecture, variant } = platform
  return variant ? `${os}/${architecture}/${variant}` : `${os}/${architecture}`
}

/**
 * The `platforms` input, each platform once and in its canonical form. A list
 * the engine cannot build is an input error that says what would build it.
 */
export function checkPlatforms(requested: readonly string[], engine: Engine): string[] {
  let platforms: string[]
  try {
    platforms = [...new Set(requested.map(text => formatPlatform(parsePlatform(text))))]
  } catch (error) {
    throw new InputError('platforms', (error as Error).message)
  }
  if (platforms.length > 1 && !engine.can.multiPlatform) {
    throw new InputError(
      'platforms',
      `"${platforms.join(',')}" needs a builder that builds several platforms into one image, ` +
        `and ${engine.description} builds one at a time. Create a docker-container builder ` +
        '(docker/setup-buildx-action) or use the containerd image store (Docker 29’s default), ' +
        'or build each platform in a job of its own with push-by-digest and merge them.'
    )
  }
  const known = engine.platforms?.map(text => formatPlatform(parsePlatform(text)))
  const missing = known ? platforms.filter(platform => !known.includes(platform)) : []
  if (known && missing.length > 0) {
    throw new InputError(
      'platforms',
      `the builder cannot build ${missing.join(', ')} (it builds ${[...new Set(known)].join(', ')}). ` +
        'Install QEMU for it (docker/setup-qemu-action), or build it on a runner of that platform.'
    )
  }
  return platforms
}
