/** `WWW-Authenticate` challenges of the registry token protocol. Pure. */

export interface Challenge {
  readonly scheme: 'bearer' | 'basic'
  readonly params: Readonly<Record<string, string>>
}

/** Parses `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
export function parseChallenge(header: string | null | undefined): Challenge | undefined {
  if (!header) return undefined
  const match = /^\s*(\w+)\s*(.*)$/.exec(header)
  const scheme = match?.[1]?.toLowerCase()
  if (scheme !== 'bearer' && scheme !== 'basic') return undefined
  const params: Record<string, string> = {}
  for (const param of (match?.[2] ?? '').matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) {
    params[(param[1] ?? '').toLowerCase()] = param[2] ?? param[3] ?? ''
  }
  return { scheme, params }
}

/**
 * The URL that hands out a token for a repository: the challenge's scope (a
 * pull scope when it names none), and any `extraScopes`, each its own `scope`.
 */
export function tokenUrl(
  challenge: Challenge,
  repository: string,
  extraScopes: readonly string[] = []
): string | undefined {
  const realm = challenge.params.realm
  if (!realm) return undefined
  const url = new URL(realm)
  if (challenge.params.service) url.searchParams.set('service', challenge.params.service)
  url.searchParams.set('scope', challenge.params.scope || `repository:${repository}:pull`)
  for (const scope of extraScopes) url.searchParams.append('scope', scope)
  return url.toString()
}

/**
 * Whether a token realm may be sent the registry's own Basic credentials. The
 * realm is whatever the registry's challenge names: over plain HTTP to another
 * host, the password would cross the network readable. Docker, too, speaks
 * plain HTTP only to a registry on this machine.
 */
export function realmTakesCredentials(realm: string): boolean {
  const url = new URL(realm)
  if (url.protocol === 'https:') return true
  return url.protocol === 'http:' && isLoopback(url.hostname)
}

/** `localhost`, `127.x.x.x` or `[::1]`. */
export function isLoopback(hostname: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(hostname)
}
