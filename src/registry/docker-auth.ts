/**
 * Registry credentials as docker stores them: `auths[host].auth` (base64
 * `user:password`) in `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`;
 * podman's and buildah's logins write the same form to `$REGISTRY_AUTH_FILE`.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import { DOCKER_HUB } from './reference.js'
import { readJsonObject } from '../json-file.js'

export interface Credentials {
  readonly username: string
  readonly password: string
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string }>
}

/** The `Authorization` header of HTTP Basic for the credentials. */
export function basicAuthorization({ username, password }: Credentials): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

/** Docker Hub's credentials are stored under its v1 index address. */
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io']

/** The credentials a docker config holds for a registry host. Pure. */
export function credentialsFor(config: DockerConfig, host: string): Credentials | undefined {
  const auths = config.auths ?? {}
  const wanted = host === DOCKER_HUB ? HUB_KEYS : [host]
  for (const [key, entry] of Object.entries(auths)) {
    const bare = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '')
    if (!wanted.includes(key) && !wanted.includes(bare)) continue
    if (entry.username && entry.password) {
      return { username: entry.username, password: entry.password }
    }
    if (!entry.auth) continue
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
  }
  return undefined
}

/**
 * Reads the docker config of this run, then podman's auth file; a missing or
 * unreadable one holds no credentials.
 */
export function readDockerCredentials(
  host: string,
  env: NodeJS.ProcessEnv = process.env
): Credentials | undefined {
  const dir = env.DOCKER_CONFIG || path.join(os.homedir(), '.docker')
  const files = [
    path.join(dir, 'config.json'),
    ...(env.REGISTRY_AUTH_FILE ? [env.REGISTRY_AUTH_FILE] : [])
  ]
  for (const file of files) {
    const found = credentialsFor(readConfig(file), host)
    if (found) return found
  }
  return undefined
}

function readConfig(file: string): DockerConfig {
  return readJsonObject<DockerConfig>(file) ?? {}
}
