import { describe, expect, it } from '@jest/globals'
import {
  googleUser,
  normalizeHost,
  planLogins,
  type CredentialSources,
  type GivenCredential,
  type LoginPlan
} from '../../src/registry/credentials.js'

const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const KEY = JSON.stringify({ type: 'service_account', private_key: 'k' })
const none: CredentialSources = { given: [], githubToken: '', githubActor: 'octocat' }

function given(registry: string, username: string, password: string): GivenCredential {
  return { registry, username, password, input: 'registry-auth' }
}

function methodText(method: LoginPlan['method']): string {
  switch (method.kind) {
    case 'password':
      return method.username
    case 'ecr':
      return `ecr ${method.region}${method.accessKeyId ? ` as ${method.accessKeyId}` : ''}`
    case 'google-federation':
      return 'google-federation'
  }
}

/** host → "username from source" or the method, to keep the table short. */
function summary(tags: string[], push: boolean, sources: Partial<CredentialSources>) {
  const plan = planLogins(tags, push, { ...none, ...sources })
  return {
    logins: Object.fromEntries(
      plan.logins.map(login => [
        login.registry.host,
        login.method.kind === 'password'
          ? `${methodText(login.method)} from ${login.source}`
          : methodText(login.method)
      ])
    ),
    notes: plan.notes
  }
}

describe('planLogins', () => {
  it.each<[string, string[], boolean, Partial<CredentialSources>, Record<string, string>]>([
    ['nothing to do without credentials', ['docker.io', 'localhost:5000'], true, {}, {}],
    [
      'one password goes to the one registry the tags name',
      ['localhost:5000'],
      true,
      { given: [{ ...given('', 'u', 'p'), input: 'password' }] },
      { 'localhost:5000': 'u from input password' }
    ],
    [
      'with no tags, to Docker Hub',
      [],
      false,
      { given: [given('', 'u', 'p')] },
      { 'docker.io': 'u from input registry-auth' }
    ],
    [
      'Docker Hub URLs name docker.io',
      ['docker.io'],
      true,
      { given: [given('https://index.docker.io/v1/', 'u', 'p')] },
      { 'docker.io': 'u from input registry-auth' }
    ],
    [
      'GHCR falls back to github-token, as the actor',
      ['ghcr.io'],
      true,
      { githubToken: 'ghs_x' },
      { 'ghcr.io': 'octocat from input github-token' }
    ],
    ['GHCR fallback only when pushing', ['ghcr.io'], false, { githubToken: 'ghs_x' }, {}],
    [
      'given credentials beat the fallback',
      ['ghcr.io'],
      true,
      { githubToken: 'ghs_x', given: [given('ghcr.io', '', 'pat')] },
      { 'ghcr.io': 'octocat from input registry-auth' }
    ],
    ['ECR: the AWS chain, in the host region', [ECR], true, {}, { [ECR]: 'ecr eu-west-1' }],
    [
      'ECR: username/password are AWS keys',
      [ECR],
      true,
      { given: [given(ECR, 'AKIAX', 'secret')] },
      { [ECR]: 'ecr eu-west-1 as AKIAX' }
    ],
    [
      'ECR: user AWS is a ready token',
      [ECR],
      true,
      { given: [given(ECR, 'AWS', 'token')] },
      { [ECR]: 'AWS from input registry-auth' }
    ],
    ['ECR Public: us-east-1', ['public.ecr.aws'], true, {}, { 'public.ecr.aws': 'ecr us-east-1' }],
    [
      'GCR: a JSON key logs in as _json_key',
      ['gcr.io'],
      true,
      { given: [given('gcr.io', '', KEY)] },
      { 'gcr.io': '_json_key from input registry-auth' }
    ],
    [
      'Artifact Registry: a token logs in as oauth2accesstoken',
      ['us-docker.pkg.dev'],
      true,
      { given: [given('us-docker.pkg.dev', '', 'ya29.token')] },
      { 'us-docker.pkg.dev': 'oauth2accesstoken from input registry-auth' }
    ],
    [
      'GCR: the service-account key file of google-github-actions/auth',
      ['eu.gcr.io'],
      true,
      { googleCredentials: { path: '/tmp/creds.json', content: KEY } },
      {
        'eu.gcr.io':
          '_json_key from the service-account key in GOOGLE_APPLICATION_CREDENTIALS (/tmp/creds.json)'
      }
    ],
    [
      'an empty password (a secret a fork cannot see) logs in nowhere',
      ['localhost:5000'],
      true,
      { given: [given('localhost:5000', '', '')] },
      {}
    ]
  ])('%s', (_, tags, push, sources, logins) => {
    expect(summary(tags, push, sources).logins).toEqual(logins)
  })

  it('trades a workload identity federation file for a token', () => {
    const content = JSON.stringify({ type: 'external_account' })
    const plan = planLogins(['gcr.io'], true, {
      ...none,
      googleCredentials: { path: '/tmp/wif.json', content }
    })
    expect(plan.logins[0]?.method).toEqual({ kind: 'google-federation', config: content })
    expect(plan.logins[0]?.source).toBe(
      'workload identity federation in GOOGLE_APPLICATION_CREDENTIALS (/tmp/wif.json)'
    )
  })

  it('notes a Google file that cannot log in by itself', () => {
    const content = JSON.stringify({ type: 'authorized_user' })
    const { logins, notes } = summary(['gcr.io'], true, {
      googleCredentials: { path: '/tmp/wif.json', content }
    })
    expect(logins).toEqual({})
    expect(notes).toEqual([expect.stringContaining('"authorized_user"')])
  })

  it('notes a username without a password', () => {
    expect(summary(['localhost:5000'], true, { given: [given('', 'u', '')] }).notes).toEqual([
      'registry-auth: no password for "u", so no login'
    ])
  })

  it.each<[string, string[], GivenCredential[], string]>([
    [
      'a password but several registries',
      ['a.io', 'b.io'],
      [{ ...given('', 'u', 'p'), input: 'password' }],
      'Input "registry": a password is given but the tags name several registries (a.io, b.io)'
    ],
    [
      'a registry given twice',
      ['a.io'],
      [given('a.io', 'u', 'p'), given('A.io', 'v', 'q')],
      'Input "registry-auth": registry "a.io" is given credentials twice'
    ],
    [
      'a generic registry without username',
      ['a.io'],
      [given('a.io', '', 'p')],
      'Input "registry-auth": a password is given for "a.io" but no username'
    ]
  ])('rejects %s', (_, tags, credentials, message) => {
    expect(() => planLogins(tags, true, { ...none, given: credentials })).toThrow(message)
  })
})

describe('normalizeHost', () => {
  it.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['GHCR.io', 'ghcr.io'],
    ['http://localhost:5000/', 'localhost:5000']
  ])('%s → %s', (raw, host) => {
    expect(normalizeHost(raw)).toBe(host)
  })
})

describe('googleUser', () => {
  it.each([
    [KEY, '_json_key'],
    ['ya29.a0AfH6', 'oauth2accesstoken'],
    ['{"type":"authorized_user"}', 'oauth2accesstoken']
  ])('%s', (password, user) => {
    expect(googleUser(password)).toBe(user)
  })
})
