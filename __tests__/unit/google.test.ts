import { describe, expect, it } from '@jest/globals'
import { parseExternalAccount } from '../../src/registry/google.js'

const base = {
  type: 'external_account',
  audience: '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/gh',
  subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
  token_url: 'https://sts.googleapis.com/v1/token'
}

describe('parseExternalAccount', () => {
  it('reads the file google-github-actions/auth writes (OIDC from a URL, impersonation)', () => {
    const account = parseExternalAccount(
      JSON.stringify({
        ...base,
        service_account_impersonation_url:
          'https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/ci@p.iam.gserviceaccount.com:generateAccessToken',
        credential_source: {
          url: 'https://actions.example/token?audience=x',
          headers: { Authorization: 'Bearer request-token' },
          format: { type: 'json', subject_token_field_name: 'value' }
        }
      })
    )
    expect(account).toEqual({
      audience: base.audience,
      subjectTokenType: base.subject_token_type,
      tokenUrl: base.token_url,
      impersonationUrl:
        'https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/ci@p.iam.gserviceaccount.com:generateAccessToken',
      source: {
        url: 'https://actions.example/token?audience=x',
        headers: { Authorization: 'Bearer request-token' },
        field: 'value'
      }
    })
  })

  it('reads a token file source without impersonation', () => {
    expect(
      parseExternalAccount(JSON.stringify({ ...base, credential_source: { file: '/tmp/oidc' } }))
    ).toEqual({
      audience: base.audience,
      subjectTokenType: base.subject_token_type,
      tokenUrl: base.token_url,
      source: { file: '/tmp/oidc' }
    })
  })

  it.each([
    [{ ...base, audience: undefined, credential_source: { file: 'f' } }, 'it has no audience'],
    [{ ...base, token_url: '', credential_source: { file: 'f' } }, 'it has no token_url'],
    [{ ...base }, 'it has no credential_source file or url'],
    [
      { ...base, credential_source: { file: 'f', format: { type: 'json' } } },
      'it has no subject_token_field_name'
    ]
  ])('says what is missing: %#', (json, message) => {
    expect(() => parseExternalAccount(JSON.stringify(json))).toThrow(message)
  })
})
