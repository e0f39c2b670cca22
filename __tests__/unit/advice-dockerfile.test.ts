import { describe, expect, it } from '@jest/globals'
import { baseEntries, baseImageOf, matchHistory } from '../../src/advice/history.js'
import {
  copySources,
  finalStage,
  fromParts,
  parseInstructions,
  splitFlags
} from '../../src/dockerfile/instructions.js'
import { noUser, textFindings } from '../../src/advice/text-rules.js'
import type { BuildStep } from '../../src/engine/progress.js'

const dockerfile = [
  'ARG VERSION=1', // 1
  'FROM node:20 AS deps', // 2
  '# a comment', // 3
  'RUN apt-get update && \\', // 4
  '    apt-get install -y make', // 5
  '',
  'FROM deps', // 7
  'COPY . /app', // 8
  'RUN npm ci' // 9
].join('\n')

describe('parseInstructions', () => {
  it('gives each instruction its first line and its stage, continuations joined', () => {
    expect(parseInstructions(dockerfile)).toEqual([
      { line: 1, keyword: 'ARG', args: 'VERSION=1', stage: -1 },
      { line: 2, keyword: 'FROM', args: 'node:20 AS deps', stage: 0 },
      { line: 4, keyword: 'RUN', args: 'apt-get update &&      apt-get install -y make', stage: 0 },
      { line: 7, keyword: 'FROM', args: 'deps', stage: 1 },
      { line: 8, keyword: 'COPY', args: '. /app', stage: 1 },
      { line: 9, keyword: 'RUN', args: 'npm ci', stage: 1 }
    ])
  })

  it('finds the final stage', () => {
    expect(finalStage(parseInstructions(dockerfile)).map(i => i.line)).toEqual([7, 8, 9])
  })

  it('goes on past a blank line or a comment inside a continued instruction, as BuildKit does', () => {
    const text = 'FROM alpine\nRUN apk add \\\n\n  # git too\n  curl git\nUSER app\n'
    expect(parseInstructions(text)).toEqual([
      { line: 1, keyword: 'FROM', args: 'alpine', stage: 0 },
      { line: 2, keyword: 'RUN', args: 'apk add    curl git', stage: 0 },
      { line: 6, keyword: 'USER', args: 'app', stage: 0 }
    ])
  })

  it.each([
    ['--chown=1:1 --from=build /a /b', ['--chown=1:1', '--from=build'], '/a /b'],
    ['/a /b', [], '/a /b']
  ])('splitFlags(%j)', (args, flags, rest) => {
    expect(splitFlags(args)).toEqual({ flags, rest })
  })

  it.each([
    ['node:20 AS Deps', { image: 'node:20', alias: 'deps' }],
    ['--platform=$BUILDPLATFORM golang:1.22 as build', { image: 'golang:1.22', alias: 'build' }],
    ['deps', { image: 'deps' }]
  ])('fromParts(FROM %s)', (args, parts) => {
    expect(fromParts({ line: 1, keyword: 'FROM', args, stage: 0 })).toEqual(parts)
  })

  it.each([
    ['. /app', ['.']],
    ['--chown=1 a b /dst/', ['a', 'b']],
    ['["a b", "/dst"]', ['a b']]
  ])('copySources(%j)', (args, sources) => {
    expect(copySources(args)).toEqual(sources)
  })
})

function step(instruction: string, cached: boolean, seconds: number, stage = '2/3'): BuildStep {
  return { stage, instruction, cached, seconds, failed: false }
}

/** The rule and line of each finding on a Dockerfile, the steps as given. */
function found(text: string, steps: BuildStep[] = []): [string, number][] {
  return textFindings(parseInstructions(text), steps).map(f => [f.rule, f.line])
}

describe('textFindings', () => {
  it.each<[string, string, [string, number][]]>([
    ['install after the whole context', 'FROM a:1\nCOPY . .\nRUN npm ci', [['install-order', 2]]],
    [
      'install after the manifest only',
      'FROM a:1\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .',
      []
    ],
    [
      'pip after COPY ./',
      'FROM a:1\nCOPY ./ /src\nRUN pip install -r /src/req.txt',
      [['install-order', 2]]
    ],
    [
      'an install in a here-document',
      'FROM a:1\nCOPY . .\nRUN <<EOF\nset -e\nnpm ci\nEOF\nUSER 1',
      [['install-order', 2]]
    ],
    ['COPY --from a stage', 'FROM a:1\nCOPY --from=b . .\nRUN go mod download', []],
    ['ADD of a local file', 'FROM a:1\nADD app.conf /etc/', [['add-local', 2]]],
    ['ADD of an archive or URL', 'FROM a:1\nADD root.tar.gz /\nADD https://x.io/f /f', []],
    ['an untagged base', 'FROM alpine\nRUN true', [['base-tag', 1]]],
    ['a latest base', 'FROM r.io/x/alpine:latest', [['base-tag', 1]]],
    [
      'tagged, digest, scratch, a stage, an ARG',
      'FROM a:1 AS b\nFROM b\nFROM $BASE\nFROM scratch\nFROM x@sha256:00',
      []
    ],
    ['a registry port is not a tag', 'FROM localhost:5000/app', [['base-tag', 1]]],
    ['shell-form CMD', 'FROM a:1\nCMD node server.js', [['shell-form', 2]]],
    ['shell-form ENTRYPOINT', 'FROM a:1\nENTRYPOINT exec app', [['shell-form', 2]]],
    ['exec form', 'FROM a:1\nENTRYPOINT ["app"]\nCMD ["--help"]', []],
    ['a shell-form CMD of an earlier stage', 'FROM a:1 AS b\nCMD make\nFROM a:1\nCMD ["x"]', []],
    ['a secret ARG', 'FROM a:1\nARG NPM_TOKEN', [['secret-in-image', 2]]],
    [
      'a secret ENV among others',
      'FROM a:1\nENV A=1 DB_PASSWORD="x y" B=2',
      [['secret-in-image', 2]]
    ],
    ['a secret in legacy ENV', 'FROM a:1\nENV AWS_SECRET_ACCESS_KEY abc', [['secret-in-image', 2]]],
    ['harmless names', 'FROM a:1\nARG TOKENIZER_MODEL\nENV PASSAGE=1 NODE_ENV=production', []],
    // The names the layer cache keeps out (secret-names.ts): one reading of a name.
    ['a camelCase secret', 'FROM a:1\nARG npmToken', [['secret-in-image', 2]]],
    ['a dashed key', 'FROM a:1\nARG SSH-KEY', [['secret-in-image', 2]]],
    ['a private key', 'FROM a:1\nENV DEPLOY_PRIVATE_KEY=x', [['secret-in-image', 2]]],
    ['a public key', 'FROM a:1\nARG SIGNING_PUBLIC_KEY', []]
  ])('%s', (_name, text, findings) => {
    expect(found(text)).toEqual(findings)
  })

  it('gives the seconds of an install that ran, and none when it was cached', () => {
    const text = 'FROM a:1\nCOPY . /app\nRUN npm ci'
    const [ran] = textFindings(parseInstructions(text), [step('RUN npm ci', false, 41.5, '3/3')])
    expect(ran?.seconds).toBe(41.5)
    expect(ran?.detail).toContain(
      'The install at line 3 runs again on every source change. It ran 41.5 s'
    )
    const [cached] = textFindings(parseInstructions(text), [step('RUN npm ci', true, 0, '3/3')])
    expect(cached?.seconds).toBeUndefined()
  })

  it('never repeats a secret’s value', () => {
    const [finding] = textFindings(parseInstructions('FROM a:1\nARG API_KEY=s3cr3t-value'), [])
    expect(JSON.stringify(finding)).not.toContain('s3cr3t-value')
    expect(finding?.subject).toBe('ARG API_KEY')
  })
})

describe('noUser', () => {
  it.each<[string, string | undefined, number[]]>([
    ['FROM a:1\nRUN x', undefined, [1]],
    ['FROM a:1\nUSER app', undefined, []],
    ['FROM a:1\nUSER root', undefined, [2]],
    ['FROM a:1', 'node', []],
    ['FROM a:1', '0:0', [1]],
    ['FROM a:1 AS b\nUSER app\nFROM a:1', '', [3]]
  ])('%j with the image user %j', (text, user, lines) => {
    expect(noUser(parseInstructions(text), user).map(f => f.line)).toEqual(lines)
  })
})

describe('matchHistory', () => {
  const history = [
    'ADD file:abc in /',
    'CMD ["sh"]',
    'RUN /bin/sh -c apt-get update &&      apt-get install -y make # buildkit',
    'COPY . /app # buildkit',
    'RUN |1 VERSION=1 /bin/sh -c npm ci # buildkit'
  ]

  it('matches the entries to the final stage and the stages it is FROM, the rest is the base', () => {
    const made = matchHistory(history, parseInstructions(dockerfile))
    expect(made.map(i => i?.line)).toEqual([undefined, undefined, 4, 8, 9])
    expect(baseEntries(history, parseInstructions(dockerfile))).toBe(2)
    expect(baseImageOf(parseInstructions(dockerfile))).toBe('node:20')
  })

  it('matches an ARG recorded with its value by its name', () => {
    const text = 'FROM --platform=linux/amd64 busybox:1\nARG MODE\nENV A=1'
    const entries = ['ADD file:x in /', 'ARG MODE=fast', 'ENV A=1']
    expect(baseEntries(entries, parseInstructions(text))).toBe(1)
    expect(baseImageOf(parseInstructions(text))).toBe('busybox:1')
  })

  it('finds no base entry when nothing matches', () => {
    expect(baseEntries(['RUN x'], parseInstructions('FROM a:1\nRUN y'))).toBe(0)
  })
})
