/**
 * A docker config directory of this run's own, so that credentials never land
 * in the runner's ~/.docker: nothing leaks to later steps or to other jobs on
 * a self-hosted runner, and post deletes it whole.
 */
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { readJsonObject } from '../json-file.js'
import type { Credentials } from './docker-auth.js'

/** What the user's own config dir holds besides config.json, shared by link: buildx's builders, CLI plugins, contexts. */
const SHARED_ENTRIES = ['cli-plugins', 'buildx', 'contexts']

type DockerConfig = Record<string, unknown>

/**
 * The run's config.json from the user's: every setting kept (proxies,
 * the current context, earlier logins), but no credential store, so that
 * this run's logins are written here, in the standard `auths` form, and
 * nowhere else. Pure.
 */
export function runConfig(user: DockerConfig, loginHosts: readonly string[]): DockerConfig {
  const config: DockerConfig = { ...user }
  delete config.credsStore
  const helpers = config.credHelpers
  if (typeof helpers === 'object' && helpers !== null) {
    const kept = Object.entries(helpers as Record<string, unknown>).filter(
      ([host]) => !loginHosts.includes(host)
    )
    if (kept.length) config.credHelpers = Object.fromEntries(kept)
    else delete config.credHelpers
  }
  return config
}

/** The user's config dir, as docker finds it. */
export function userConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || path.join(os.homedir(), '.docker')
}

/**
 * Creates the run's config dir under `parent` and points DOCKER_CONFIG at it
 * for every docker command this process runs. Returns its path.
 */
export function isolateDockerConfig(parent: string, loginHosts: readonly string[]): string {
  const from = userConfigDir()
  const dir = writeConfigDir(parent, from, runConfig(readUserConfig(from), loginHosts))
  useRunConfig(dir)
  return dir
}

/**
 * A config dir for one command that logs in to `host` alone (a push to
 * relay.ts's registry): the settings of the config in use, none of its
 * credentials, and `auth.json` in the same form for podman and buildah.
 * Returns its path; the command's environment points at it (`configEnv`).
 */
export function writeLoginConfig(parent: string, host: string, credentials: Credentials): string {
  const from = userConfigDir()
  const settings = readUserConfig(from)
  for (const key of ['auths', 'credsStore', 'credHelpers']) delete settings[key]
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
  const auths = { [host]: { auth } }
  const dir = writeConfigDir(parent, from, { ...settings, auths })
  writeFileSync(path.join(dir, 'auth.json'), JSON.stringify({ auths }), { mode: 0o600 })
  return dir
}

/** The environment a command needs to read its config from `dir` (useRunConfig's variables). */
export function configEnv(dir: string): Record<string, string> {
  return { DOCKER_CONFIG: dir, REGISTRY_AUTH_FILE: path.join(dir, 'auth.json') }
}

function writeConfigDir(parent: string, from: string, config: DockerConfig): string {
  const dir = mkdtempSync(path.join(parent, 'hoist-docker-config-'))
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config, null, 2), { mode: 0o600 })
  for (const entry of SHARED_ENTRIES) {
    const target = path.join(from, entry)
    if (existsSync(target)) symlinkSync(target, path.join(dir, entry))
  }
  return dir
}

/**
 * Points this process's docker commands at the run's config dir, and podman's
 * and buildah's at an auth file in it (`auth.json`, docker's `auths` form):
 * removed with the dir by post.
 */
export function useRunConfig(dir: string): void {
  Object.assign(process.env, configEnv(dir))
}

/** No config yet, or one docker could not read either: start empty. */
function readUserConfig(dir: string): DockerConfig {
  return readJsonObject<DockerConfig>(path.join(dir, 'config.json')) ?? {}
}
