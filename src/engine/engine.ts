/**
 * The engine this job builds with, found out once: the docker client, buildx
 * and its builder's driver, the daemon's image store and where the daemon
 * runs. Everything that differs by engine asks this description what the
 * engine can do, instead of testing versions or drivers itself.
 */
import * as os from 'node:os'
import * as semver from 'semver'
import { execCommand, lastErrorLine } from '../exec.js'
import { InputError } from '../inputs.js'

/** How a build reaches BuildKit: buildx, or the daemon's BuildKit driven by an old client. */
export type Frontend = 'buildx' | 'docker'

/** Where the daemon keeps images: its own layer store, or containerd's (Docker 29's default). */
export type ImageStore = 'classic' | 'containerd'

export interface Engine {
  readonly frontend: Frontend
  readonly clientVersion: string
  readonly daemonVersion: string
  readonly imageStore: ImageStore
  /** buildx's version and the builder's driver (`docker`, `docker-container`, `remote`…). */
  readonly buildx?: { readonly version: string; readonly driver: string }
  /** The daemon runs on this host, in this network: it can reach a server on 127.0.0.1. */
  readonly daemonOnThisHost: boolean
  readonly can: Capabilities
  /** For the log and the summary, e.g. `docker buildx 0.13.1 (docker driver), Docker 26.1.5, containerd image store`. */
  readonly description: string
}

export interface Capabilities {
  /** Export a build cache (`--cache-to`, e.g. `type=local,mode=max`). */
  readonly exportCache: boolean
  /** Use an image in the daemon's store, by name, as a `--cache-from` source. */
  readonly cacheFromLocalImages: boolean
  /** Build for several platforms at once. */
  readonly multiPlatform: boolean
  /**
   * Keep layers compressed as a registry does: sizes read from the store are
   * the compressed ones, and a saved layer is already what a push uploads.
   */
  readonly storesCompressedLayers: boolean
  /**
   * Annotate the image's manifests (`--annotation`) so that the annotations
   * survive the load and the push: a store or builder that keeps manifests.
   */
  readonly annotate: boolean
  /** Named build contexts (`--build-context`). */
  readonly namedContexts: boolean
  /** Rebuild some stages only (`--no-cache-filter`). */
  readonly noCacheFilters: boolean
  /** Privileged entitlements (`--allow`). */
  readonly entitlements: boolean
  /** `--shm-size` and `--ulimit` for RUN steps (the daemon's BuildKit through an old client ignores them). */
  readonly runLimits: boolean
  /** Evaluate the build another way (`--call=check`…; buildx 0.15). */
  readonly call: boolean
}

/** Docker clients before 23.0 drive BuildKit themselves; later ones need buildx. */
const LAST_CLIENT_WITH_BUILTIN_BUILDKIT = 22

/** The part of `docker info`'s JSON read here. */
export interface DockerInfo {
  readonly Name?: string
  readonly ServerVersion?: string
  readonly SecurityOptions?: readonly string[] | null
  readonly DriverStatus?: readonly (readonly string[])[] | null
  readonly ClientInfo?: {
    readonly Version?: string
    readonly Plugins?: readonly { readonly Name?: string; readonly Version?: string }[] | null
  }
}

/** What the detection commands printed; pure input to `describeEngine`. */
export interface EngineFacts {
  readonly info: DockerInfo
  /** `docker buildx inspect`'s output, when buildx is there and answered. */
  readonly buildxInspect?: string
  /** Only asked of clients whose `docker info` does not give their version (before 23). */
  readonly clientVersion?: string
  readonly hostname: string
  /** The buildx builder the workflow chose (`builder`); the current one otherwise. */
  readonly builder?: string
}

/** The first buildx versions with a flag Hoist passes. */
const BUILDX_ANNOTATIONS = '0.12.0'
const BUILDX_CALL = '0.15.0'

/**
 * Two commands side by side: `docker info` (the daemon, its image store, the
 * client and its plugins) and `docker buildx inspect` (the builder's driver):
 * of the builder the workflow named, if it named one.
 */
export async function detectEngine(builder = ''): Promise<Engine> {
  const [info, inspect] = await Promise.all([
    execCommand('docker', ['info', '--format', '{{json .}}'], { silent: true }),
    execCommand('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], { silent: true })
  ])
  if (builder && inspect.exitCode !== 0) {
    throw new InputError(
      'builder',
      `"${builder}" is not a buildx builder here (docker buildx inspect: ` +
        `${lastErrorLine(inspect) || 'no answer'}); create it first, e.g. with docker/setup-buildx-action`
    )
  }
  const parsed = parseInfo(info.stdout)
  if (info.exitCode !== 0 || !parsed?.ServerVersion) {
    throw new Error(`The docker daemon is not usable: ${lastErrorLine(info) || 'no answer'}`)
  }
  let clientVersion = parsed.ClientInfo?.Version
  if (!clientVersion) {
    const version = await execCommand('docker', ['version', '--format', '{{.Client.Version}}'], {
      silent: true
    })
    clientVersion = version.stdout.trim()
  }
  return describeEngine({
    info: parsed,
    ...(inspect.exitCode === 0 ? { buildxInspect: inspect.stdout } : {}),
    clientVersion,
    hostname: os.hostname(),
    ...(builder ? { builder } : {})
  })
}

/** The engine the facts describe; throws when no BuildKit builder can be had. Pure. */
export function describeEngine(facts: EngineFacts): Engine {
  const { info } = facts
  const clientVersion = facts.clientVersion || info.ClientInfo?.Version || ''
  const daemonVersion = info.ServerVersion ?? ''
  const imageStore: ImageStore = (info.DriverStatus ?? []).some(
    ([key, value]) => key === 'driver-type' && value === 'io.containerd.snapshotter.v1'
  )
    ? 'containerd'
    : 'classic'
  const daemonOnThisHost =
    info.Name === facts.hostname &&
    !(info.SecurityOptions ?? []).some(option => option.includes('name=rootless'))
  const store = imageStore === 'containerd' ? 'containerd image store' : 'classic image store'

  const plugin = (info.ClientInfo?.Plugins ?? []).find(p => p.Name === 'buildx')
  const driver = facts.buildxInspect ? parseBuildxDriver(facts.buildxInspect) : undefined
  if (facts.buildxInspect !== undefined && driver) {
    const version = plugin?.Version ?? ''
    // The docker driver builds into the daemon: only the containerd store can hold
    // what a cache export or several platforms need (or keep a manifest's
    // annotations); every other driver can.
    const ownsItsStore = driver !== 'docker'
    const atLeast = (first: string): boolean => {
      const found = semver.coerce(version)
      return found !== null && semver.gte(found, first)
    }
    return {
      frontend: 'buildx',
      clientVersion,
      daemonVersion,
      imageStore,
      buildx: { version, driver },
      daemonOnThisHost,
      can: {
        exportCache: ownsItsStore || imageStore === 'containerd',
        cacheFromLocalImages: driver === 'docker' && imageStore === 'classic',
        multiPlatform: ownsItsStore || imageStore === 'containerd',
        storesCompressedLayers: imageStore === 'containerd',
        annotate: atLeast(BUILDX_ANNOTATIONS) && (ownsItsStore || imageStore === 'containerd'),
        namedContexts: true,
        noCacheFilters: true,
        entitlements: true,
        runLimits: true,
        call: atLeast(BUILDX_CALL)
      },
      description:
        `docker buildx ${version || '(version unknown)'} (${driver} driver` +
        `${facts.builder ? `, builder "${facts.builder}"` : ''}), ` +
        `Docker ${daemonVersion}, ${store}`
    }
  }
  const major = Number.parseInt(clientVersion, 10)
  if (Number.isFinite(major) && major <= LAST_CLIENT_WITH_BUILTIN_BUILDKIT) {
    return {
      frontend: 'docker',
      clientVersion,
      daemonVersion,
      imageStore,
      daemonOnThisHost,
      can: {
        exportCache: false,
        cacheFromLocalImages: imageStore === 'classic',
        multiPlatform: false,
        storesCompressedLayers: imageStore === 'containerd',
        annotate: false,
        namedContexts: false,
        noCacheFilters: false,
        entitlements: false,
        runLimits: false,
        call: false
      },
      description:
        `docker build with the daemon's BuildKit (client ${clientVersion}, no buildx), ` +
        `Docker ${daemonVersion}, ${store}`
    }
  }
  throw new Error(
    `No BuildKit builder: docker ${clientVersion} needs the buildx plugin to build with BuildKit. ` +
      'Install it (for example with docker/setup-buildx-action) before this step.'
  )
}

function parseInfo(stdout: string): DockerInfo | undefined {
  try {
    const parsed: unknown = JSON.parse(stdout)
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined
  } catch {
    return undefined
  }
}

/** The `Driver:` line of `docker buildx inspect`. */
export function parseBuildxDriver(inspect: string): string | undefined {
  return /^Driver:\s*(\S+)/m.exec(inspect)?.[1]
}
