import { describe, expect, it, jest } from '@jest/globals'
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

  const entry = (password: string): string =>
    `- registry: a.io\n  username: u\n  password: ${password}`

  it.each([
    ['0123', '0123'],
    ['1e3', '1e3'],
    ['true', 'true'],
    ['~', '~'],
    ['a#b', 'a#b'],
    ['"hunter2 #1"', 'hunter2 #1'],
    ["'it''s'", "it's"],
    ['"  padded  "', '  padded  '],
    ['"!Passw0rd"', '!Passw0rd'],
    ['|-\n    line 1\n    line 2', 'line 1\nline 2']
  ])('keeps the password %s exactly as written', (written, password) => {
    expect(parseRegistryAuth(entry(written))[0]?.password).toBe(password)
  })

  it('takes a comment after a registry, which is never a secret', () => {
    const raw = '- registry: ghcr.io # GitHub\n  password: p'
    expect(parseRegistryAuth(raw)[0]).toMatchObject({ registry: 'ghcr.io', password: 'p' })
  })

  it.each([
    ['hunter2 #1', 'entry 1\'s password holds " #", where a YAML comment starts'],
    ['!Passw0rd', 'has a value that YAML reads as a tag, as it starts with "!" (line 3)'],
    ['&Passw0rd', 'entry 1\'s password starts with "&", a YAML anchor'],
    ['*Passw0rd', 'entry 1\'s password starts with "*", a YAML alias'],
    ['@Passw0rd', 'starts with a character YAML reserves (@ or `) (line 3)'],
    ['Passw0rd\n    more', "entry 1's password goes on over several lines"]
  ])('refuses the password %p that YAML would change, without quoting it', (written, reason) => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      let message = ''
      try {
        parseRegistryAuth(entry(written))
      } catch (error) {
        message = String(error)
      }
      expect(message).toContain(reason)
      expect(message).toContain('quote the value')
      expect(message).not.toContain('Passw0rd')
      expect(message).not.toContain('hunter2')
      // The YAML library prints nothing of its own (it would print the source line).
      expect([...warn.mock.calls, ...log.mock.calls]).toEqual([])
    } finally {
      warn.mockRestore()
      log.mockRestore()
    }
  })
})
