import { describe, expect, it } from '@jest/globals'
import { buildCommand, type BuildRequest } from '../../src/engine/build.js'
import { engines } from './support/engines.js'
import { parseSecrets } from '../../src/engine/secrets.js'

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
