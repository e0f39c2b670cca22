import { execCommand } from '../exec.js'

export type BuilderKind = 'buildx' | 'docker'

/** How images get built here: buildx, or the daemon's built-in BuildKit. */
export interface Builder {
  readonly kind: BuilderKind
  readonly clientVersion: string
  /** For the log: which builder, and why. */
  readonly description: string
}

/** Docker clients before 23.0 drive BuildKit themselves; later ones need buildx. */
const LAST_CLIENT_WITH_BUILTIN_BUILDKIT = 22

export async function detectBuilder(): Promise<Builder> {
  const [buildx, version] = await Promise.all([
    execCommand('docker', ['buildx', 'version'], { silent: true }),
    execCommand('docker', ['version', '--format', '{{.Client.Version}}'], { silent: true })
  ])
  const clientVersion = version.stdout.trim()
  if (version.exitCode !== 0 && clientVersion === '') {
    throw new Error(`The docker client is not usable: ${version.stderr.trim() || 'not found'}`)
  }
  if (buildx.exitCode === 0) {
    return { kind: 'buildx', clientVersion, description: `docker buildx (${buildx.stdout.trim()})` }
  }
  const major = Number.parseInt(clientVersion, 10)
  if (Number.isFinite(major) && major <= LAST_CLIENT_WITH_BUILTIN_BUILDKIT) {
    const description = `docker build with the daemon's BuildKit (client ${clientVersion}, no buildx)`
    return { kind: 'docker', clientVersion, description }
  }
  throw new Error(
    `No BuildKit builder: docker ${clientVersion} needs the buildx plugin to build with BuildKit. ` +
      'Install it (for example with docker/setup-buildx-action) before this step.'
  )
}
