/**
 * The Authorization header a registry asks for, from its `WWW-Authenticate`
 * challenge: Basic with the run's credentials, or a Bearer token from the
 * registry's token service. The header and the token are never logged.
 */
import { parseChallenge, realmTakesCredentials, tokenUrl } from './challenge.js'
import { basicAuthorization, type Credentials } from './docker-auth.js'
import { RegistryError } from './registry-error.js'
import { httpRequest } from './http.js'

export interface AccessRequest {
  readonly registry: string
  readonly repository: string
  readonly credentials: Credentials | undefined
  /** Scopes beyond the challenge's: `repository:other:pull` to mount a blob from it. */
  readonly extraScopes?: readonly string[]
}

export async function authorize(
  header: string | null | undefined,
  request: AccessRequest
): Promise<string> {
  const { registry, credentials } = request
  const challenge = parseChallenge(header)
  const basic = credentials ? basicAuthorization(credentials) : undefined
  if (challenge?.scheme === 'basic') {
    if (!basic)
      throw new RegistryError(
        401,
        `${registry} asks for credentials and the docker config has none for it`
      )
    return basic
  }
  const url = challenge && tokenUrl(challenge, request.repository, request.extraScopes)
  if (!url) throw new RegistryError(401, `${registry} refused access without a challenge`)
  // Credentials go only to an https realm, or one on this machine: elsewhere the
  // realm may still hand out an anonymous pull token.
  const withCredentials = basic && realmTakesCredentials(url)
  const response = await httpRequest('GET', url, withCredentials ? { Authorization: basic } : {})
  if (!response.ok) {
    response.discard()
    throw new RegistryError(
      response.status,
      `the token service of ${registry} answered ${response.status}`
    )
  }
  const body = (await response.json()) as { token?: string; access_token?: string }
  const token = body.token ?? body.access_token
  if (!token) throw new RegistryError(401, `the token service of ${registry} gave no token`)
  return `Bearer ${token}`
}
