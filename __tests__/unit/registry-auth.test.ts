import { describe, expect, it } from '@jest/globals'
import { parseRegistryAuth } from '../../src/registry/registry-auth.js'

describe('parseRegistryAuth', () => {
  it('reads YAML entries', () => {
    const raw = [
      '- registry: ghcr.io',
      '  username: octocat',
      '  password: ghp_secret',
      '- registry: public.ecr.aws',
      '  password: 12345'
    ].join('\n')
    expect(parseRegistryAuth(raw)).toEqual([
      { registry: 'ghcr.io', username: 'octocat', password: 'ghp_secret', input: 'registry-auth' },
      { registry: 'public.ecr.aws', username: '', password: '12345', input: 'registry-auth' }
    ])
  })

  it('reads JSON, which is YAML too', () => {
    expect(parseRegistryAuth('[{"registry":"a.io","username":"u","password":"p"}]')).toEqual([
      { registry: 'a.io', username: 'u', password: 'p', input: 'registry-auth' }
    ])
  })

  it('is empty when not given', () => {
    expect(parseRegistryAuth('  \n')).toEqual([])
  })

  it.each([
    ['registry: a.io', 'must be a list of entries'],
    ['- a.io', 'entry 1 is not a mapping'],
    ['- username: u\n  password: p', 'entry 1 has no registry'],
    ['- registry: a.io\n- registry: b.io\n  token: x', 'entry 2 has an unknown key "token"'],
    ['- registry: a.io\n  password: [x]', 'must be plain text']
  ])('rejects %p', (raw, reason) => {
    expect(() => parseRegistryAuth(raw)).toThrow(reason)
  })

  it('never quotes the text of invalid YAML, which may hold a password', () => {
    const raw = '- registry: a.io\n  password: "s3cret\n  username: [u'
    expect(() => parseRegistryAuth(raw)).toThrow(/^Input "registry-auth": is not valid YAML/)
    try {
      parseRegistryAuth(raw)
    } catch (error) {
      expect(String(error)).not.toContain('s3cret')
    }
  })
})
