/**
 * Workload identity federation, as google-github-actions/auth sets it up: its
 * credentials file is an `external_account` config that says where to get the
 * job's OIDC token, how to trade it at Google's STS for an access token, and
 * (optionally) which service account to impersonate with it. Every URL comes
 * from that file; each request goes through the runner's proxy, where it
 * names one (http.ts).
 */
import { readFile } from 'node:fs/promises'
import type { DockerCredentials } from './ecr.js'
import { httpRequest } from './http.js'

const SCOPE = 'https://www.googleapis.com/auth/cloud-platform'

export interface ExternalAccount {
  readonly audience: string
  readonly subjectTokenType: string
  readonly tokenUrl: string
  readonly impersonationUrl?: string
  readonly source:
    | { readonly file: string; readonly field?: string }
    | { readonly url: string; readonly headers: Record<string, string>; readonly field?: string }
}

/** Reads an `external_account` credentials file; throws saying what is missing. Pure. */
export function parseExternalAccount(content: string): ExternalAccount {
  const json = JSON.parse(content) as Record<string, unknown>
  const text = (value: unknown, name: string): string => {
    if (typeof value !== 'string' || value === '') throw new Error(`it has no ${name}`)
    return value
  }
  const source = (json.credential_source ?? {}) as Record<string, unknown>
  const format = (source.format ?? {}) as Record<string, unknown>
  const field =
    format.type === 'json'
      ? text(format.subject_token_field_name, 'subject_token_field_name')
      : undefined
  const headers = (source.headers ?? {}) as Record<string, string>
  return {
    audience: text(json.audience, 'audience'),
    subjectTokenType: text(json.subject_token_type, 'subject_token_type'),
    tokenUrl: text(json.token_url, 'token_url'),
    ...(typeof json.service_account_impersonation_url === 'string'
      ? { impersonationUrl: json.service_account_impersonation_url }
      : {}),
    source:
      typeof source.file === 'string'
        ? { file: source.file, ...(field ? { field } : {}) }
        : {
            url: text(source.url, 'credential_source file or url'),
            headers,
            ...(field ? { field } : {})
          }
  }
}

/** An access token for the federated identity: docker logs in with it as `oauth2accesstoken`. */
export async function googleAccessToken(content: string): Promise<DockerCredentials> {
  const account = parseExternalAccount(content)
  const subjectToken = await readSubjectToken(account)
  const sts = await postJson(
    account.tokenUrl,
    { 'Content-Type': 'application/x-www-form-urlencoded' },
    new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: account.audience,
      scope: SCOPE,
      requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      subject_token: subjectToken,
      subject_token_type: account.subjectTokenType
    }).toString()
  )
  let token = field(sts, 'access_token', 'the STS')
  if (account.impersonationUrl) {
    const impersonated = await postJson(
      account.impersonationUrl,
      { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      JSON.stringify({ scope: [SCOPE], lifetime: '3600s' })
    )
    token = field(impersonated, 'accessToken', 'service account impersonation')
  }
  return { username: 'oauth2accesstoken', password: token }
}

async function readSubjectToken(account: ExternalAccount): Promise<string> {
  const { source } = account
  let raw: string
  if ('file' in source) {
    raw = await readFile(source.file, 'utf8')
  } else {
    const answer = await httpRequest('GET', source.url, source.headers)
    if (!answer.ok) {
      answer.discard()
      throw new Error(`the OIDC token request answered ${answer.status}`)
    }
    raw = (await answer.bytes()).toString('utf8')
  }
  if (!source.field) return raw.trim()
  return field(JSON.parse(raw) as Record<string, unknown>, source.field, 'the OIDC token source')
}

async function postJson(
  url: string,
  headers: Record<string, string>,
  body: string
): Promise<Record<string, unknown>> {
  const answer = await httpRequest('POST', url, headers, Buffer.from(body))
  if (!answer.ok) {
    // The body of an error names the problem (e.g. an audience not allowed); it holds no token.
    const detail = await answer.bytes(64 * 1024).then(
      bytes => bytes.toString('utf8').slice(0, 200),
      () => '(unreadable)'
    )
    throw new Error(`${new URL(url).host} answered ${answer.status}: ${detail}`)
  }
  return (await answer.json()) as Record<string, unknown>
}

function field(json: Record<string, unknown>, name: string, from: string): string {
  const value = json[name]
  if (typeof value !== 'string' || value === '') throw new Error(`${from} returned no ${name}`)
  return value
}
