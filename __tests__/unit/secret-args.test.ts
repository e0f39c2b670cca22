import { describe, expect, it } from '@jest/globals'
import { secretLikeArgs, stagesWithSecrets } from '../../src/cache/secret-args.js'
import { looksSecret } from '../../src/secret-names.js'
import { parseStages } from '../../src/dockerfile/stages.js'

describe('looksSecret', () => {
  it.each([
    ['NPM_TOKEN', true],
    ['GITHUB_TOKEN', true],
    ['AWS_SECRET_ACCESS_KEY', true],
    ['DB_PASSWORD', true],
    ['MYSQL_PASSWD', true],
    ['API_KEY', true],
    ['APIKEY', true],
    ['SSH-KEY', true],
    ['npmToken', true],
    ['GOOGLE_CREDENTIALS', true],
    ['AUTH', true],
    ['DB_PWORD', true],
    ['PUBLIC_KEY', false],
    ['gpgPublicKey', false],
    ['VERSION', false],
    ['KEYBOARD_LAYOUT', false],
    ['TOKENIZER_MODEL', false],
    ['PASSTHROUGH', false],
    ['BUILDKIT_INLINE_CACHE', false]
  ])('%s → %p', (name, secret) => {
    expect(looksSecret(name)).toBe(secret)
  })

  it('names each build-arg once, in order', () => {
    const args = ['NPM_TOKEN', 'VERSION', 'API_KEY', 'NPM_TOKEN'].map(name => ({
      name,
      value: 'x'
    }))
    expect(secretLikeArgs(args)).toEqual(['NPM_TOKEN', 'API_KEY'])
  })
})

describe('stagesWithSecrets', () => {
  const dockerfile = [
    'ARG NPM_TOKEN',
    'FROM node:20 AS deps',
    'ARG NPM_TOKEN API_KEY=none',
    'RUN npm ci',
    'FROM deps AS build',
    'RUN npm run build',
    'FROM node:20 AS tools',
    'ARG VERSION=1',
    'FROM nginx AS final',
    'COPY --from=build /app/dist /usr/share/nginx/html',
    ''
  ].join('\n')

  it('finds the stages that declare one, and those built FROM them', () => {
    const stages = parseStages(dockerfile)
    expect(stages.map(stage => stage.args)).toEqual([['NPM_TOKEN', 'API_KEY'], [], ['VERSION'], []])
    expect([...stagesWithSecrets(stages, ['NPM_TOKEN'])]).toEqual([
      [0, ['NPM_TOKEN']],
      [1, ['NPM_TOKEN']]
    ])
    expect(stagesWithSecrets(stages, [])).toEqual(new Map())
  })
})
