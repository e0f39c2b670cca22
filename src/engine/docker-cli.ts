/**
 * Whether the action may go around the `docker` that PATH names: ask the
 * daemon's API itself (daemon-api.ts), run buildx's plugin itself. Only
 * where that `docker` is the docker CLI, and so reaches the daemon the
 * environment names as the action would; a wrapper may reach another
 * (`sudo docker`, a DOCKER_HOST of its own).
 */
import {
  accessSync,
  closeSync,
  constants,
  openSync,
  readSync,
  realpathSync,
  statSync
} from 'node:fs'
import * as path from 'node:path'

/**
 * How a compiled program starts: ELF (Linux), Mach-O (macOS, either byte
 * order, and universal), PE (`MZ`, Windows). A script, a `.cmd`, or a file
 * with no header at all (which the shell runs as a script) is none of them.
 */
const PROGRAM_HEADERS = ['7f454c46', 'cffaedfe', 'feedfacf', 'cafebabe', '4d5a']

/**
 * Whether `file` is the docker CLI: a compiled program named docker, through
 * any links. A compiled wrapper named docker (compose-cli's old shim, nix's
 * makeBinaryWrapper) passes too: none such is known to change the daemon.
 * Read at once (a few system calls): the detection that needs it starts
 * before the action's modules load, and waits for no turn of the event loop.
 */
export function isDockerCli(file: string): boolean {
  if (!file) return false
  try {
    const real = realpathSync(file)
    if (!path.basename(real).startsWith('docker')) return false // snap's launcher, busybox…
    const header = Buffer.alloc(4)
    const handle = openSync(real, 'r')
    try {
      const read = readSync(handle, header, 0, 4, 0)
      const start = header.subarray(0, read).toString('hex')
      return PROGRAM_HEADERS.some(known => start.startsWith(known))
    } finally {
      closeSync(handle)
    }
  } catch {
    return false
  }
}

/** The file a command named `name` runs, as exec finds it on PATH: the first executable one. */
function findOnPath(name: string, searchPath: string): string {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue
    const file = path.join(dir, name)
    try {
      if (!statSync(file).isFile()) continue
      accessSync(file, constants.X_OK)
      return file
    } catch {
      continue
    }
  }
  return ''
}

const found = new Map<string, boolean>()

/**
 * Whether the `docker` that PATH names is the docker CLI; found out once a
 * PATH. Never on Windows (`.exe`, `.cmd` and PATHEXT, and the daemon behind a
 * named pipe): there the CLI is always asked.
 */
export function dockerOnPathIsTheCli(): boolean {
  if (process.platform === 'win32') return false
  const key = process.env.PATH ?? ''
  const known = found.get(key)
  if (known !== undefined) return known
  const cli = isDockerCli(findOnPath('docker', key))
  found.set(key, cli)
  return cli
}

/**
 * Settings that the docker CLI reads and buildx run itself does not: TLS
 * from the environment (before docker/buildx#3087, 2025: plain HTTP to a TLS
 * daemon, docker:dind's default; docker/compose#12679), and the CLI's own
 * connection for its plugins.
 */
const CLI_ONLY_SETTINGS = [
  'DOCKER_TLS_VERIFY',
  'DOCKER_TLS',
  'DOCKER_CERT_PATH',
  'DOCKER_CLI_PLUGIN_USE_DIAL_STDIO'
]

/**
 * Whether buildx's plugin, run itself, reaches the daemon as `docker buildx`
 * would: `docker` is the docker CLI, and none of the settings only it reads
 * is set.
 */
export function pluginMayRunAlone(env: NodeJS.ProcessEnv = process.env): boolean {
  return !CLI_ONLY_SETTINGS.some(name => env[name]) && dockerOnPathIsTheCli()
}
