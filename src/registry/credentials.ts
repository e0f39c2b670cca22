/**
 * Which credentials log in to which registry. Pure: the shell reads the
 * inputs and the environment, this decides, login.ts carries it out.
 */
import { InputError } from '../errors.js'
import { registryKind, type RegistryInfo } from './kinds.js'

/** Credentials the workflow gave for one registry (`registry`/`username`/`password` or `registry-auth`). */
export interface GivenCredential {
  /** Empty: the registry the tags name. */
  readonly registry: string
  readonly username: string
  readonly password: string
  /** The input it came from, for messages. */
  readonly input: string
}

export interface CredentialSources {
  readonly given: readonly GivenCredential[]
  readonly githubToken: string
  readonly githubActor: string
  /** The content of the file GOOGLE_APPLICATION_CREDENTIALS names, when there is one. */
  readonly googleCredentials?: { readonly path: string; readonly content: string }
}

export type LoginMethod =
  | { readonly kind: 'password'; readonly username: string; readonly password: string }
  /** A token from AWS GetAuthorizationToken; static keys when given, else the SDK's chain. */
  | {
      readonly kind: 'ecr'
      readonly region: string
      readonly accessKeyId?: string
      readonly secretAccessKey?: string
    }
  /** An access token traded for the job's OIDC token, by an `external_account` file. */
  | { readonly kind: 'google-federation'; readonly config: string }

export interface LoginPlan {
  readonly registry: RegistryInfo
  readonly method: LoginMethod
  /** Where the credentials come from, for the log: `input password`, `github-token`… */
  readonly source: string
}

export interface Plan {
  readonly logins: readonly LoginPlan[]
  /** Things worth a warning: credentials that could not be used. */
  readonly notes: readonly string[]
}

/**
 * Plans one login per registry: every registry given credentials, and each
 * registry pushed to that has a fallback (GHCR's token, AWS, Google's file).
 * Fallbacks are for pushes only, so a build that pushes nothing (a pull
 * request from a fork, without secrets) never fails for want of them.
 */
export function planLogins(
  tagRegistries: readonly string[],
  push: boolean,
  sources: CredentialSources
): Plan {
  const logins = new Map<string, LoginPlan>()
  const notes: string[] = []
  for (const given of sources.given) {
    if (given.password === '') {
      if (given.username)
        notes.push(`${given.input}: no password for "${given.username}", so no login`)
      continue
    }
    const host = givenHost(given, tagRegistries)
    if (logins.has(host)) {
      throw new InputError(given.input, `registry "${host}" is given credentials twice`)
    }
    logins.set(host, planGiven(registryKind(host), given, sources))
  }
  if (!push) return { logins: [...logins.values()], notes }
  for (const host of tagRegistries) {
    if (logins.has(normalizeHost(host))) continue
    const plan = planFallback(registryKind(host), sources, notes)
    if (plan) logins.set(normalizeHost(host), plan)
  }
  return { logins: [...logins.values()], notes }
}

/** As docker names registries: Docker Hub is `docker.io`; a URL is reduced to its host. */
export function normalizeHost(registry: string): string {
  const host = registry
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase()
  return registryKind(host).kind === 'docker-hub' ? 'docker.io' : host
}

function givenHost(given: GivenCredential, tagRegistries: readonly string[]): string {
  if (given.registry) return normalizeHost(given.registry)
  const hosts = [...new Set(tagRegistries.map(normalizeHost))]
  if (hosts.length > 1) {
    throw new InputError(
      'registry',
      `a password is given but the tags name several registries (${hosts.join(', ')}); ` +
        'set registry, or use registry-auth for several'
    )
  }
  return hosts[0] ?? 'docker.io'
}

function planGiven(
  registry: RegistryInfo,
  given: GivenCredential,
  sources: CredentialSources
): LoginPlan {
  const source = `input ${given.input}`
  const { username, password } = given
  switch (registry.kind) {
    case 'ecr':
    case 'ecr-public':
      // As docker/login-action: AWS keys in username/password, or a ready token for user AWS.
      if (username === 'AWS')
        return { registry, source, method: { kind: 'password', username, password } }
      return {
        registry,
        source: `${source} (AWS access keys)`,
        method: {
          kind: 'ecr',
          region: ecrRegion(registry),
          ...(username ? { accessKeyId: username, secretAccessKey: password } : {})
        }
      }
    case 'gcr':
    case 'artifact-registry':
      return {
        registry,
        source,
        method: { kind: 'password', username: username || googleUser(password), password }
      }
    case 'ghcr':
      return {
        registry,
        source,
        method: { kind: 'password', username: username || actor(sources), password }
      }
    default:
      if (!username) {
        throw new InputError(
          given.input,
          `a password is given for "${registry.host}" but no username`
        )
      }
      return { registry, source, method: { kind: 'password', username, password } }
  }
}

function planFallback(
  registry: RegistryInfo,
  sources: CredentialSources,
  notes: string[]
): LoginPlan | undefined {
  switch (registry.kind) {
    case 'ghcr':
      if (!sources.githubToken) return undefined
      return {
        registry,
        source: 'input github-token',
        method: { kind: 'password', username: actor(sources), password: sources.githubToken }
      }
    case 'ecr':
    case 'ecr-public':
      return {
        registry,
        source: 'the AWS credential chain',
        method: { kind: 'ecr', region: ecrRegion(registry) }
      }
    case 'gcr':
    case 'artifact-registry':
      return googleFallback(registry, sources, notes)
    default:
      return undefined
  }
}

function googleFallback(
  registry: RegistryInfo,
  sources: CredentialSources,
  notes: string[]
): LoginPlan | undefined {
  const file = sources.googleCredentials
  if (!file) return undefined
  const type = jsonType(file.content)
  if (type === 'service_account') {
    return {
      registry,
      source: `the service-account key in GOOGLE_APPLICATION_CREDENTIALS (${file.path})`,
      method: { kind: 'password', username: '_json_key', password: file.content }
    }
  }
  if (type === 'external_account') {
    return {
      registry,
      source: `workload identity federation in GOOGLE_APPLICATION_CREDENTIALS (${file.path})`,
      method: { kind: 'google-federation', config: file.content }
    }
  }
  notes.push(
    `GOOGLE_APPLICATION_CREDENTIALS (${file.path}) holds "${type || 'unreadable'}" credentials, ` +
      `which cannot log in to ${registry.host} by themselves; give an access token as password ` +
      '(google-github-actions/auth with token_format: access_token)'
  )
  return undefined
}

/** A service-account JSON key logs in as `_json_key`; anything else is an access token. */
export function googleUser(password: string): string {
  return jsonType(password) === 'service_account' ? '_json_key' : 'oauth2accesstoken'
}

function jsonType(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null && 'type' in parsed) {
      return typeof parsed.type === 'string' ? parsed.type : ''
    }
  } catch {
    // Not JSON: an access token.
  }
  return ''
}

/** A token is only good in its own region: the host's (ECR Public's API is in us-east-1). */
function ecrRegion(registry: RegistryInfo): string {
  return registry.region || 'us-east-1'
}

function actor(sources: CredentialSources): string {
  return sources.githubActor || 'github-actions'
}
