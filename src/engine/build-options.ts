/**
 * build-push-action's build inputs that pass straight to the builder: checked
 * as they are read, turned into flags, and held against what the engine can
 * do before anything runs. Pure.
 */
import type { Capabilities, Engine } from './engine.js'

/**
 * The capabilities behind the options only buildx passes (`unsupportedOption`):
 * none of them on an old client's built-in BuildKit, nor on podman or buildah.
 */
export const WITHOUT_BUILDX_OPTIONS = {
  annotate: false,
  namedContexts: false,
  noCacheFilters: false,
  entitlements: false,
  runLimits: false,
  call: false
} as const satisfies Partial<Capabilities>

export interface BuildOptions {
  /** `host:ip` (or `host=ip`) entries for /etc/hosts (`--add-host`). */
  readonly addHosts: readonly string[]
  /** Entitlements (`--allow`): `network.host`, `security.insecure`… */
  readonly allow: readonly string[]
  /** Named contexts, `name=path|url|docker-image://…` (`--build-context`). */
  readonly buildContexts: readonly string[]
  /** An existing buildx builder (`--builder`); empty: the current one. */
  readonly builder: string
  /** How the build is evaluated (`--call`); empty: build. */
  readonly call: string
  readonly cgroupParent: string
  /** The image stays in the daemon's store after the step. */
  readonly load: boolean
  /** RUN steps' network (`--network`): default, none or host. */
  readonly network: string
  /** Stages rebuilt without the cache (`--no-cache-filter`). */
  readonly noCacheFilters: readonly string[]
  /** Exports beside the image (`--output`), e.g. `type=local,dest=out`. */
  readonly outputs: readonly string[]
  /** RUN steps' /dev/shm size (`--shm-size`), e.g. `128m`. */
  readonly shmSize: string
  /** SSH agent sockets or keys for `RUN --mount=type=ssh` (`--ssh`): `default`, `id=path`. */
  readonly ssh: readonly string[]
  /** RUN steps' limits (`--ulimit`), `name=soft[:hard]`. */
  readonly ulimit: readonly string[]
}

export const NO_BUILD_OPTIONS: BuildOptions = {
  addHosts: [],
  allow: [],
  buildContexts: [],
  builder: '',
  call: '',
  cgroupParent: '',
  load: false,
  network: '',
  noCacheFilters: [],
  outputs: [],
  shmSize: '',
  ssh: [],
  ulimit: []
}

/** An input whose value cannot work: the input's name, and why. */
export interface OptionProblem {
  readonly input: string
  readonly reason: string
}

const ENTITLEMENT = /^(network\.host|security\.insecure|device(=.+)?|fs(\.read|\.write)?=.+)$/
const CALLS = ['build', 'check', 'outline', 'targets']

/** Per list input: what one item must look like, and how to say so. */
const ITEM_SHAPES: readonly [keyof BuildOptions, string, RegExp, string][] = [
  ['addHosts', 'add-hosts', /^[^\s:=]+[:=]\S+$/, 'is not of the form host:ip'],
  ['allow', 'allow', ENTITLEMENT, 'is not an entitlement (network.host, security.insecure…)'],
  ['buildContexts', 'build-contexts', /^[^\s=]+=\S.*$/, 'is not of the form name=path'],
  ['noCacheFilters', 'no-cache-filters', /^[^\s,]+$/, 'is not a stage name'],
  ['outputs', 'outputs', /^(type=[a-z]+(,.*)?|[^=]+)$/, 'is not of the form type=…,key=value'],
  ['ssh', 'ssh', /^[\w.-]+(=\S.*)?$/, 'is not of the form default or id=path'],
  ['ulimit', 'ulimit', /^[a-z]+=-?\d+(:-?\d+)?$/, 'is not of the form name=soft[:hard]']
]

/** The first value that cannot work, whatever the engine. */
export function checkBuildOptions(options: BuildOptions): OptionProblem | undefined {
  for (const [key, input, shape, problem] of ITEM_SHAPES) {
    const items = options[key] as readonly string[]
    const bad = items.find(item => !shape.test(item))
    if (bad !== undefined) return { input, reason: `"${bad}" ${problem}` }
  }
  if (options.network && !['default', 'none', 'host'].includes(options.network)) {
    return { input: 'network', reason: `"${options.network}" is not default, none or host` }
  }
  if (options.shmSize && !/^\d+(\.\d+)?[bkmg]?$/i.test(options.shmSize)) {
    return { input: 'shm-size', reason: `"${options.shmSize}" is not a size such as 128m or 2g` }
  }
  const call = options.call.split(',')[0] ?? ''
  if (options.call && !CALLS.includes(call)) {
    return { input: 'call', reason: `"${options.call}" is not one of ${CALLS.join(', ')}` }
  }
  if (options.builder && !/^[\w.+-]+$/.test(options.builder)) {
    return { input: 'builder', reason: `"${options.builder}" is not a builder name` }
  }
  return undefined
}

const NEEDS_BUILDX = 'buildx (docker/setup-buildx-action installs it)'

/** The first input given that this engine cannot do: why, and what could. */
export function unsupportedOption(
  options: BuildOptions,
  annotationsGiven: boolean,
  engine: Engine
): OptionProblem | undefined {
  const { can } = engine
  const unsupported: [boolean, string, string][] = [
    [
      annotationsGiven && !can.annotate,
      'annotations',
      `needs buildx ≥ 0.12 and a builder that keeps the image's manifest: the containerd ` +
        'image store, or a builder on the docker-container or remote driver (`builder`)'
    ],
    [
      options.buildContexts.length > 0 && !can.namedContexts,
      'build-contexts',
      `needs ${NEEDS_BUILDX}`
    ],
    [
      options.noCacheFilters.length > 0 && !can.noCacheFilters,
      'no-cache-filters',
      `needs ${NEEDS_BUILDX}`
    ],
    [options.allow.length > 0 && !can.entitlements, 'allow', `needs ${NEEDS_BUILDX}`],
    [options.shmSize !== '' && !can.runLimits, 'shm-size', `needs ${NEEDS_BUILDX}`],
    [options.ulimit.length > 0 && !can.runLimits, 'ulimit', `needs ${NEEDS_BUILDX}`],
    [
      options.call !== '' && options.call !== 'build' && !can.call,
      'call',
      'needs buildx 0.15 or later'
    ]
  ]
  const found = unsupported.find(([given]) => given)
  if (!found) return undefined
  const [, input, need] = found
  return { input, reason: `${engine.description} cannot do it: it ${need}` }
}

/** The flags for these options and annotations, in a fixed order. */
export function buildOptionArgs(options: BuildOptions, annotations: readonly string[]): string[] {
  const args: string[] = []
  const each = (flag: string, values: readonly string[]): void => {
    for (const value of values) args.push(flag, value)
  }
  const once = (flag: string, value: string): void => {
    if (value) args.push(flag, value)
  }
  once('--builder', options.builder)
  each('--add-host', options.addHosts)
  each('--allow', options.allow)
  each('--annotation', annotations)
  each('--build-context', options.buildContexts)
  once('--call', options.call === 'build' ? '' : options.call)
  once('--cgroup-parent', options.cgroupParent)
  once('--network', options.network)
  each('--no-cache-filter', options.noCacheFilters)
  once('--shm-size', options.shmSize)
  each('--ssh', options.ssh)
  each('--ulimit', options.ulimit)
  return args
}
