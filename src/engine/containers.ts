/**
 * podman and buildah as engines: no daemon, builds run by buildah's builder
 * in this process tree, images in containers/storage. Found out with one
 * `version` call; described by a pure function.
 */
import { execCommand, lastErrorLine } from '../exec.js'
import { WITHOUT_BUILDX_OPTIONS } from './build-options.js'
import type { Engine } from './engine.js'

export type ContainersTool = 'podman' | 'buildah'

/** The engine, or why the tool cannot be used here. */
export async function detectContainersEngine(
  tool: ContainersTool
): Promise<Engine | { readonly missing: string }> {
  const args = tool === 'podman' ? ['version', '--format', 'json'] : ['version', '--json']
  let result
  try {
    result = await execCommand(tool, args, { silent: true })
  } catch {
    // @actions/exec throws for a command it cannot find.
    return { missing: `no ${tool} on PATH` }
  }
  if (result.exitCode !== 0) return { missing: lastErrorLine(result) }
  const version = parseToolVersion(tool, result.stdout)
  if (!version) return { missing: `\`${tool} ${args.join(' ')}\` gave no version` }
  return describeContainersEngine(tool, version)
}

/** The version in `podman version --format json` or `buildah version --json`. Pure. */
export function parseToolVersion(tool: ContainersTool, stdout: string): string | undefined {
  try {
    const parsed = JSON.parse(stdout) as {
      Client?: { Version?: string }
      version?: string
    }
    const version = tool === 'podman' ? parsed.Client?.Version : parsed.version
    return typeof version === 'string' && version ? version : undefined
  } catch {
    return undefined
  }
}

/** Pure: what podman or buildah of this version can do. */
export function describeContainersEngine(tool: ContainersTool, version: string): Engine {
  return {
    frontend: tool,
    clientVersion: version,
    daemonVersion: '',
    imageStore: 'containers-storage',
    // No daemon: the build runs here, and reaches what this step reaches.
    daemonOnThisHost: true,
    can: {
      exportCache: false,
      cacheFromLocalImages: false,
      multiPlatform: false,
      storesCompressedLayers: false,
      pushFromBuild: false,
      pushThroughRelay: true,
      reusesLoadedLayers: true,
      ...WITHOUT_BUILDX_OPTIONS
    },
    description: `${tool} ${version} (no daemon), containers/storage`
  }
}
