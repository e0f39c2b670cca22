/**
 * Image references, by the grammar of the distribution project
 * (github.com/distribution/reference): `[host[:port]/]path[:tag][@digest]`.
 * Pure: no I/O.
 */

export const DOCKER_HUB = 'docker.io'

export interface ImageReference {
  /** Registry host as docker uses it: `docker.io` for Docker Hub. */
  readonly registry: string
  /** Repository path in that registry: `library/alpine` for `alpine`. */
  readonly repository: string
  /** The name as written, without tag or digest: what `docker push` and `docker tag` take. */
  readonly name: string
  readonly tag?: string
  readonly digest?: string
}

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`
)
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/
const MAX_NAME_LENGTH = 255

/** What the registry's manifest URL names for a reference: its digest, else its tag, else `latest`. */
export function manifestReference(ref: Pick<ImageReference, 'tag' | 'digest'>): string {
  return ref.digest ?? ref.tag ?? 'latest'
}

/** Parses a reference, or throws an Error whose message says what is wrong with it. */
export function parseImageReference(reference: string): ImageReference {
  if (reference.trim() !== reference || reference === '') {
    throw new Error('it is empty or has spaces around it')
  }
  if (/\s/.test(reference)) throw new Error('it contains white space')

  let rest = reference
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest)) throw new Error(`"${digest}" is not a valid digest`)
  }

  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) {
      throw new Error(
        `tag "${tag}" is not valid: up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"`
      )
    }
  }

  const name = rest
  const components = name.split('/')
  let registry = DOCKER_HUB
  const first = components[0] ?? ''
  if (components.length > 1 && isRegistryHost(first)) {
    if (!DOMAIN.test(first)) throw new Error(`"${first}" is not a valid registry host`)
    registry = first
    components.shift()
  }
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DOCKER_HUB
  if (components.length === 0 || components.some(c => c === '')) {
    throw new Error('the repository path is empty or has an empty component')
  }
  for (const component of components) {
    if (!PATH_COMPONENT.test(component)) {
      const hint = /[A-Z]/.test(component) ? ' (repository names must be lower case)' : ''
      throw new Error(`"${component}" is not a valid repository name component${hint}`)
    }
  }
  if (name.length > MAX_NAME_LENGTH) {
    throw new Error(`the name is longer than ${MAX_NAME_LENGTH} characters`)
  }
  let repository = components.join('/')
  if (registry === DOCKER_HUB && components.length === 1) repository = `library/${repository}`

  return {
    registry,
    repository,
    name,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {})
  }
}

/**
 * A first component with a dot, a port, or `localhost` names a host. (Docker
 * also takes an upper-case one, `User/app`, for a host; that is nearly always a
 * mistyped Docker Hub name, so here it stays a path and fails as upper case.)
 */
function isRegistryHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost'
}

/** `name:tag` for a parsed reference with a tag, `name@digest` with a digest. */
export function formatReference(ref: ImageReference): string {
  if (ref.digest) return `${ref.name}@${ref.digest}`
  return ref.tag !== undefined ? `${ref.name}:${ref.tag}` : ref.name
}
