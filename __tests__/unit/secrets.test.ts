import { describe, expect, it } from '@jest/globals'
import { buildCommand, type BuildRequest } from '../../src/engine/build.js'
import { maskedParts, parseSecrets, splitSecretEntries } from '../../src/engine/secrets.js'
import { engines } from './support/engines.js'

const none = { secrets: [], envs: [], files: [] }

describe('parseSecrets', () => {
  it('reads values, environment variables and files', () => {
    expect(
      parseSecrets(
        { secrets: ['token=a=b c'], envs: ['npm=NPM_TOKEN'], files: ['key= ./id_rsa '] },
        { NPM_TOKEN: 'x' }
      )
    ).toEqual([
      { id: 'token', value: 'a=b c' },
      { id: 'npm', env: 'NPM_TOKEN' },
      { id: 'key', file: './id_rsa' }
    ])
  })

  it.each([
    [{ ...none, secrets: ['s3cr3t'] }, 'secrets', 'line 1 is not of the form id=value'],
    [{ ...none, secrets: ['ok=1', '=s3cr3t'] }, 'secrets', 'line 2 is not of the form id=value'],
    [{ ...none, secrets: ['a,b=s3cr3t'] }, 'secrets', 'line 1 is not of the form id=value'],
    [{ ...none, secrets: ['a='] }, 'secrets', 'line 1 is not of the form id=value'],
    [{ ...none, envs: ['npm'] }, 'secret-envs', '"npm" is not of the form id=ENV_VAR'],
    [
      { ...none, envs: ['npm=MISSING'] },
      'secret-envs',
      '"npm=MISSING": the environment has no MISSING'
    ],
    [{ ...none, files: ['key'] }, 'secret-files', '"key" is not of the form id=path'],
    [
      { ...none, secrets: ['a=s3cr3t'], envs: ['a=HOME'] },
      'secrets',
      'the secret id "a" is given twice'
    ]
  ])('%j → %s: %s', (lines, input, message) => {
    let thrown: unknown
    try {
      parseSecrets(lines, { HOME: '/root' })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({ input, message })
    expect(String((thrown as Error).message)).not.toContain('s3cr3t')
  })
})

describe('splitSecretEntries', () => {
  const pem =
    '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----'
  it.each([
    ['one entry per line, trimmed', ' a=1 \n\n# note\nb=x,y\n', ['a=1', 'b=x,y']],
    ['a quoted entry over several lines', `a=1\n"pem=${pem}"\nb=2`, ['a=1', `pem=${pem}`, 'b=2']],
    ['a quote inside quotes, doubled', '"json={""type"": ""sa""}"', ['json={"type": "sa"}']],
    ['spaces inside quotes, kept', '  "pad=  x  "  ', ['pad=  x  ']],
    [
      'quotes inside an unquoted entry, kept',
      'json={"a": "b", "c": 1}',
      ['json={"a": "b", "c": 1}']
    ],
    ['a # inside quotes over lines', '"k=one\n# not a comment"', ['k=one\n# not a comment']],
    ['Windows line ends', 'a=1\r\n"b=x\r\ny"\r\n', ['a=1', 'b=x\ny']]
  ])('%s', (_, raw, entries) => {
    expect(splitSecretEntries(raw)).toEqual(entries)
  })

  it.each([
    ['ok=1\n"pem=s3cr3t\nmore', 'line 2 opens a quote that is never closed'],
    [
      '"json={"s3cr3t": 1}"',
      'line 1 goes on after its closing quote; inside quotes, write a " as ""'
    ]
  ])('%p fails without quoting the value', (raw, message) => {
    expect(() => splitSecretEntries(raw)).toThrow(message)
    try {
      splitSecretEntries(raw)
    } catch (error) {
      expect(String(error)).not.toContain('s3cr3t')
    }
  })
})

describe('maskedParts', () => {
  it('masks a one-line value whole', () => {
    expect(maskedParts('s3cr3t-value')).toEqual(['s3cr3t-value'])
  })
  it('masks a multi-line value whole and line by line, but lines too short to be secret', () => {
    expect(maskedParts('{\n  "key": "abcdefgh"\n}')).toEqual([
      '{\n  "key": "abcdefgh"\n}',
      '"key": "abcdefgh"'
    ])
  })
})

describe('buildCommand with secrets', () => {
  const request: BuildRequest = {
    context: '.',
    file: 'Dockerfile',
    tags: [],
    buildArgs: [],
    labels: [],
    target: '',
    noCache: false,
    pull: false,
    iidFile: '/tmp/iid',
    secrets: [
      { id: 'token', value: 's3cr3t' },
      { id: 'npm', env: 'NPM_TOKEN' },
      { id: 'key', file: 'id_rsa' }
    ]
  }

  it('passes values through the environment, never argv', () => {
    const command = buildCommand(request, engines.legacy)
    expect(command.args).toEqual(
      expect.arrayContaining([
        '--secret',
        'id=token,env=HOIST_SECRET_0',
        'id=npm,env=NPM_TOKEN',
        'id=key,src=id_rsa'
      ])
    )
    expect(command.args.join(' ')).not.toContain('s3cr3t')
    expect(command.env).toEqual({ DOCKER_BUILDKIT: '1', HOIST_SECRET_0: 's3cr3t' })
  })
})
