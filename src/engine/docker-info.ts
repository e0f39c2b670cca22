/**
 * What `docker info` tells of the daemon and of the docker CLI's buildx
 * plugin, found out once per run. The entry point starts it before the main
 * phase's modules load, so the answer comes while they do; detection then
 * reads the same answer.
 *
 * Where the daemon's API may be asked directly (daemon-api.ts), the two parts
 * are read side by side without the CLI: the daemon's own `/info`, and the
 * metadata of the file the CLI would run for `docker buildx`
 * (`buildxPlugin`). That takes some 15 ms; `docker info` takes 50, for the
 * CLI starts every plugin it has (compose too) to read their metadata. With
 * no such file, or when either part fails, `docker info` is asked, and what
 * it says is what an error quotes.
 */
import { statSync } from 'node:fs'
import * as path from 'node:path'
import { execCommand, lastErrorLine } from '../exec.js'
import { parseJsonObject, readJsonObject } from '../json-file.js'
import { userConfigDir } from '../registry/docker-config.js'
import { daemonApiUsable, daemonInfo, requestsWritten } from './daemon-api.js'

/** The part of `docker info`'s JSON read here. */
export interface DockerInfo {
  readonly Name?: string
  readonly ServerVersion?: string
  readonly SecurityOptions?: readonly string[] | null
  readonly DriverStatus?: readonly (readonly string[])[] | null
  readonly ClientInfo?: {
    readonly Version?: string
    readonly Plugins?: readonly CliPlugin[] | null
  }
}

export interface CliPlugin {
  readonly Name?: string
  readonly Version?: string
  readonly Path?: string
}

/** The daemon's info, or why there is none (the CLI's last error line). */
export type InfoAnswer = { readonly info: DockerInfo } | { readonly failure: string }

/**
 * Where the docker CLI looks for plugins after the config's own places, on
 * Linux and macOS (docker/cli, cli-plugins/manager).
 */
const SYSTEM_PLUGIN_DIRS = [
  '/usr/local/lib/docker/cli-plugins',
  '/usr/local/libexec/docker/cli-plugins',
  '/usr/lib/docker/cli-plugins',
  '/usr/libexec/docker/cli-plugins'
]

let answer: Promise<InfoAnswer> | undefined

export function dockerInfo(): Promise<InfoAnswer> {
  answer ??= readDockerInfo()
  return answer
}

/**
 * Asks `dockerInfo` now; settles once the daemon's request is written
 * (`requestsWritten`), long before the answer: the entry point waits for that
 * before loading what holds the event loop, so that the daemon answers meanwhile.
 */
export async function startDockerInfo(): Promise<void> {
  void dockerInfo()
  await requestsWritten()
}

/** `dockerInfo`, asked again (for tests, which name the system's plugin dirs). */
export async function readDockerInfo(systemDirs = SYSTEM_PLUGIN_DIRS): Promise<InfoAnswer> {
  const found = await withoutCli(systemDirs).catch(() => undefined)
  return found ?? askCli()
}

/** The daemon's `/info` and buildx's metadata, where both answer; undefined otherwise. */
async function withoutCli(systemDirs: readonly string[]): Promise<InfoAnswer | undefined> {
  // Where the CLI is to be asked, buildx is not run here either (a wrapper may set its daemon).
  if (!daemonApiUsable()) return undefined
  const plugin = buildxPlugin(process.env, process.platform, systemDirs)
  if (!plugin) return undefined
  // The daemon's answer takes the longer: it is asked first.
  const daemonAnswer = daemonInfo()
  const metadata = execCommand(plugin, ['docker-cli-plugin-metadata'], { silent: true })
  // No daemon there (podman's machine, say): the CLI is asked now, not once buildx has answered.
  const daemon = await daemonAnswer
  if (!isInfo(daemon) || !daemon.ServerVersion) return undefined
  const answer = await metadata
  const version = pluginVersion(answer.exitCode === 0 ? answer.stdout : '')
  if (!version) return undefined
  return {
    info: {
      ...daemon,
      ClientInfo: { Plugins: [{ Name: 'buildx', Version: version, Path: plugin }] }
    }
  }
}

async function askCli(): Promise<InfoAnswer> {
  const result = await execCommand('docker', ['info', '--format', '{{json .}}'], { silent: true })
  const info = parseJsonObject<DockerInfo>(result.stdout)
  return result.exitCode === 0 && info?.ServerVersion
    ? { info }
    : { failure: lastErrorLine(result) || 'no answer' }
}

/**
 * The file the docker CLI runs for `docker buildx`, found in the CLI's order:
 * the config's `cliPluginsExtraDirs`, its own `cli-plugins`, then the
 * system's. Undefined on Windows (other places, `.exe`), where none is
 * there, and where a place cannot be read: the CLI is asked then. A CLI
 * built with other system places (a distribution's patch) finds its plugin
 * there: none is found here, and the CLI is asked.
 */
export function buildxPlugin(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  systemDirs: readonly string[] = SYSTEM_PLUGIN_DIRS
): string | undefined {
  if (platform === 'win32') return undefined
  const configDir = userConfigDir(env)
  const config = readJsonObject<{ cliPluginsExtraDirs?: unknown }>(
    path.join(configDir, 'config.json')
  )
  const extra: unknown[] = Array.isArray(config?.cliPluginsExtraDirs)
    ? config.cliPluginsExtraDirs
    : []
  const dirs = [...extra, path.join(configDir, 'cli-plugins'), ...systemDirs]
  try {
    for (const dir of dirs) {
      if (typeof dir !== 'string') return undefined
      const file = path.join(dir, 'docker-buildx')
      if (statSync(file, { throwIfNoEntry: false })) return file
    }
  } catch {
    return undefined
  }
  return undefined
}

/** The version in a plugin's `docker-cli-plugin-metadata` answer, as the CLI takes it; '' otherwise. */
export function pluginVersion(metadata: string): string {
  const parsed = parseJsonObject<{ SchemaVersion?: unknown; Vendor?: unknown; Version?: unknown }>(
    metadata
  )
  const valid =
    parsed?.SchemaVersion === '0.1.0' && typeof parsed.Vendor === 'string' && parsed.Vendor
  return valid && typeof parsed.Version === 'string' ? parsed.Version : ''
}

function isInfo(value: unknown): value is DockerInfo {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
