/**
 * Whether the action may go around the `docker` that PATH names: ask the
 * daemon's API itself (daemon-api.ts), run buildx's plugin itself. Only
 * where that `docker` is the docker CLI, and so reaches the daemon the
 * environment names as the action would; a wrapper may reach another
 * (`sudo docker`, a DOCKER_HOST of its own).
 */
import * as io from '@actions/io'
import { promises as fs } from 'node:fs'
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
 */
export async function isDockerCli(file: string): Promise<boolean> {
  if (!file) return false
  try {
    const real = await fs.realpath(file)
    if (!path.basename(real).startsWith('docker')) return false // snap's launcher, busybox…
    const handle = await fs.open(real)
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0)
      const header = buffer.subarray(0, bytesRead).toString('hex')
      return PROGRAM_HEADERS.some(start => header.startsWith(start))
    } finally {
      await handle.close()
    }
  } catch {
    return false
  }
}

const onPath = new Map<string, Promise<boolean>>()

/** Whether the `docker` that PATH names (as exec finds it) is the docker CLI; found out once a PATH. */
export function dockerOnPathIsTheCli(): Promise<boolean> {
  const key = process.env.PATH ?? ''
  let found = onPath.get(key)
  if (!found) {
    found = io
      .which('docker')
      .then(isDockerCli)
      .catch(() => false)
    onPath.set(key, found)
  }
  return found
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
export async function pluginMayRunAlone(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return !CLI_ONLY_SETTINGS.some(name => env[name]) && (await dockerOnPathIsTheCli())
}
