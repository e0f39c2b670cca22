/**
 * The engine this job builds with, found out once: the docker client, buildx
 * and its builder's driver, the daemon's image store and where the daemon
 * runs. Everything that differs by engine asks this description what the
 * engine can do, instead of testing versions or drivers itself.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import * as semver from 'semver'
import { errorMessage, InputError } from '../errors.js'
import { execCommand, lastErrorLine } from '../exec.js'
import { userConfigDir } from '../registry/docker-config.js'
import { pluginMayRunAlone } from './docker-cli.js'
import { dockerInfo, type CliPlugin, type DockerInfo } from './docker-info.js'
import { WITHOUT_BUILDX_OPTIONS } from './build-options.js'
import { detectContainersEngine } from './containers.js'
import { readJsonObject } from '../json-file.js'

export type { DockerInfo } from './docker-info.js'

/**
 * How a build is run: buildx, or the daemon's BuildKit driven by an old
 * client; or, with no daemon, podman or buildah (buildah's builder, in this
 * process tree).
 */
export type Frontend = 'buildx' | 'docker' | 'podman' | 'buildah'

/**
 * Where images are kept: the daemon's own layer store, containerd's (Docker
 * 29's default), or containers/storage (podman's and buildah's, shared).
 */
export type ImageStore = 'classic' | 'containerd' | 'containers-storage'

/** The `engine` input: `auto` takes docker when a daemon answers, else podman, else buildah. */
export type EngineChoice = 'auto' | 'docker' | 'podman' | 'buildah'

export interface Engine {
  readonly frontend: Frontend
  /** The client's version; '' where buildx builds and it was not read (docker-info.ts). */
  readonly clientVersion: string
  readonly daemonVersion: string
  readonly imageStore: ImageStore
  /**
   * buildx's version and the builder's driver (`docker`, `docker-container`,
   * `remote`…); `plugin`, the file the docker CLI runs for `docker buildx`
   * (docker info names it), where known and it may be run alone
   * (`pluginMayRunAlone`).
   */
  readonly buildx?: { readonly version: string; readonly driver: string; readonly plugin?: string }
  /** The daemon runs on this host, in this network: it can reach a server on 127.0.0.1. */
  readonly daemonOnThisHost: boolean
  /** The platforms buildx's builder says it builds (`linux/amd64`…); unknown without buildx. */
  readonly platforms?: readonly string[]
  readonly can: Capabilities
  /** Why this engine: the `engine` input, or what `auto` found. */
  readonly chosen?: string
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
   * Push from the build itself (`--push`) and keep the image in the daemon:
   * buildx's docker driver on the classic store. On the containerd store it
   * would push twice (BuildKit's exporter, then the daemon).
   */
  readonly pushFromBuild: boolean
  /**
   * Push one image to a registry served on 127.0.0.1, which writes it to
   * every registry the tags name at once (registry/relay.ts): a daemon on
   * this host, or podman and buildah, which push from this host themselves.
   */
  readonly pushThroughRelay: boolean
  /**
   * A build keeps each step's result as an image, and reuses any such image
   * found in its store, loaded from an archive too (podman's and buildah's
   * `--layers`): the layer cache is those images, saved and loaded.
   */
  readonly reusesLoadedLayers: boolean
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

/** What the detection commands printed; pure input to `describeEngine`. */
export interface EngineFacts {
  readonly info: DockerInfo
  /** `docker buildx inspect`'s output, when it was asked and answered. */
  readonly buildxInspect?: string
  /** Else the builder's driver as buildx's own files name it (see `currentBuilderDriver`). */
  readonly builderDriver?: string
  /** Asked only where `docker info` does not give it and there is no buildx (clients before 23). */
  readonly clientVersion?: string
  readonly hostname: string
  /** The buildx builder the workflow chose (`builder`); the current one otherwise. */
  readonly builder?: string
  /** buildx's plugin may be run without the docker CLI (docker-cli.ts, `pluginMayRunAlone`). */
  readonly pluginMayRunAlone?: boolean
}

/** The first buildx versions with a flag Hoist passes. */
const BUILDX_ANNOTATIONS = '0.12.0'
const BUILDX_CALL = '0.15.0'

export interface DetectOptions {
  /** The platforms the builder can build are needed: only `docker buildx inspect` lists them. */
  readonly platforms?: boolean
  /** The buildx builder the workflow named (`builder`): described by `docker buildx inspect NAME`. */
  readonly builder?: string
}

/**
 * The engine the `engine` input asks for. With `auto`: docker when a daemon
 * answers, else podman, else buildah. One asked for by name and missing is an
 * input error.
 */
export async function detectEngine(
  choice: EngineChoice = 'auto',
  options: DetectOptions = {}
): Promise<Engine> {
  if (choice === 'podman' || choice === 'buildah') {
    const found = await detectContainersEngine(choice)
    if ('missing' in found) {
      throw new InputError(
        'engine',
        `"${choice}" is not usable here (${found.missing}); install it, or use engine: auto`
      )
    }
    return { ...found, chosen: 'the engine input' }
  }
  if (choice === 'docker') return { ...(await detectDocker(options)), chosen: 'the engine input' }
  let noDaemon: string
  try {
    return { ...(await detectDocker(options)), chosen: 'auto: a docker daemon answers' }
  } catch (error) {
    // A daemon answered, and the workflow asked it for something it does not have.
    if (error instanceof InputError) throw error
    noDaemon = errorMessage(error)
  }
  const missing: string[] = []
  for (const tool of ['podman', 'buildah'] as const) {
    const found = await detectContainersEngine(tool)
    if (!('missing' in found)) {
      return { ...found, chosen: `auto: no docker daemon (${noDaemon})` }
    }
    missing.push(`${tool}: ${found.missing}`)
  }
  throw new Error(`No engine to build with. docker: ${noDaemon}; ${missing.join('; ')}`)
}

/**
 * What `docker info` says (docker-info.ts) gives the daemon, its image store
 * and buildx's plugin. The builder's driver is read from buildx's own files
 * where they name it; only otherwise, or for its platforms, is `docker buildx
 * inspect` asked (a quarter of a second), beside it.
 */
async function detectDocker(options: DetectOptions): Promise<Engine> {
  const { builder = '' } = options
  const builderDriver = options.platforms || builder ? undefined : currentBuilderDriver(process.env)
  const [info, inspect] = await Promise.all([
    dockerInfo(),
    builderDriver
      ? undefined
      : execCommand('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], {
          silent: true
        })
  ])
  if (builder && inspect && inspect.exitCode !== 0) {
    throw new InputError(
      'builder',
      `"${builder}" is not a buildx builder here (docker buildx inspect: ` +
        `${lastErrorLine(inspect) || 'no answer'}); create it first, e.g. with docker/setup-buildx-action`
    )
  }
  if ('failure' in info) throw new Error(`The docker daemon is not usable: ${info.failure}`)
  const parsed = info.info
  const buildxInspect = inspect?.exitCode === 0 ? inspect.stdout : undefined
  let clientVersion = parsed.ClientInfo?.Version
  // Where buildx does not build, the client's version tells whether it drives
  // BuildKit itself (before 23); docker info gives none before 23 either.
  if (!clientVersion && !buildxDriver({ info: parsed, buildxInspect, builderDriver })) {
    const version = await execCommand('docker', ['version', '--format', '{{.Client.Version}}'], {
      silent: true
    })
    clientVersion = version.stdout.trim()
  }
  return describeEngine({
    info: parsed,
    ...(buildxInspect !== undefined ? { buildxInspect } : {}),
    ...(builderDriver ? { builderDriver } : {}),
    clientVersion,
    hostname: os.hostname(),
    ...(builder ? { builder } : {}),
    pluginMayRunAlone: pluginMayRunAlone()
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

  const plugin = buildxOf(info)
  const driver = buildxDriver(facts)
  if (driver) {
    const version = plugin?.Version ?? ''
    // The docker driver builds into the daemon: only the containerd store can hold
    // what a cache export or several platforms need (or keep a manifest's
    // annotations); every other driver can.
    const ownsItsStore = driver !== 'docker'
    const platforms = facts.buildxInspect ? parseBuildxPlatforms(facts.buildxInspect) : []
    const atLeast = (first: string): boolean => {
      const found = semver.coerce(version)
      return found !== null && semver.gte(found, first)
    }
    return {
      frontend: 'buildx',
      clientVersion,
      daemonVersion,
      imageStore,
      buildx: {
        version,
        driver,
        ...(plugin?.Path && facts.pluginMayRunAlone ? { plugin: plugin.Path } : {})
      },
      daemonOnThisHost,
      ...(platforms.length > 0 ? { platforms } : {}),
      can: {
        exportCache: ownsItsStore || imageStore === 'containerd',
        cacheFromLocalImages: driver === 'docker' && imageStore === 'classic',
        multiPlatform: ownsItsStore || imageStore === 'containerd',
        storesCompressedLayers: imageStore === 'containerd',
        pushFromBuild: driver === 'docker' && imageStore === 'classic',
        pushThroughRelay: daemonOnThisHost,
        reusesLoadedLayers: false,
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
        pushFromBuild: false,
        pushThroughRelay: daemonOnThisHost,
        reusesLoadedLayers: false,
        ...WITHOUT_BUILDX_OPTIONS
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

/**
 * The driver of the builder buildx would use, from its own files: none chosen
 * (no `buildx/current`, no BUILDX_BUILDER) is the docker context's own, the
 * docker driver; a chosen one's instance file names its driver. Undefined
 * where the files do not say (a context chosen by name, a format not known).
 */
export function currentBuilderDriver(env: NodeJS.ProcessEnv): string | undefined {
  const dir = env.BUILDX_CONFIG || path.join(userConfigDir(env), 'buildx')
  const chosen =
    env.BUILDX_BUILDER ?? readJsonObject<{ Name?: unknown }>(path.join(dir, 'current'))?.Name
  if (chosen === undefined || chosen === '') return 'docker'
  if (typeof chosen !== 'string' || !/^[\w.-]+$/.test(chosen)) return undefined
  const driver = readJsonObject<{ Driver?: unknown }>(path.join(dir, 'instances', chosen))?.Driver
  return typeof driver === 'string' && driver ? driver : undefined
}

/** The driver of the builder buildx builds with; undefined where buildx does not build. */
function buildxDriver(
  facts: Pick<EngineFacts, 'info' | 'buildxInspect' | 'builderDriver'>
): string | undefined {
  if (facts.buildxInspect) return parseBuildxDriver(facts.buildxInspect)
  return buildxOf(facts.info) ? facts.builderDriver : undefined
}

/** The buildx plugin `docker info` lists, if any. */
function buildxOf(info: DockerInfo): CliPlugin | undefined {
  return (info.ClientInfo?.Plugins ?? []).find(plugin => plugin.Name === 'buildx')
}

/** The `Driver:` line of `docker buildx inspect`. */
export function parseBuildxDriver(inspect: string): string | undefined {
  return /^Driver:\s*(\S+)/m.exec(inspect)?.[1]
}

/** The `Platforms:` line of `docker buildx inspect` (each node's; the first is the builder's own). */
export function parseBuildxPlatforms(inspect: string): string[] {
  const line = /^Platforms:\s*(.*)$/m.exec(inspect)?.[1] ?? ''
  return line
    .split(',')
    .map(platform => platform.trim().replace(/\*$/, ''))
    .filter(Boolean)
}
