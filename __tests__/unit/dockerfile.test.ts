import { describe, expect, it } from '@jest/globals'
import { findStage, parseStages, stageDependencies } from '../../src/dockerfile/stages.js'

const multiStage = [
  'FROM golang:1 AS deps',
  'RUN go mod download',
  'FROM deps AS Build',
  'COPY --from=tools /bin/protoc /bin/',
  'RUN --mount=type=cache,target=/root/.cache \\',
  '    --mount=type=bind,from=assets,source=/a,target=/a go build',
  'FROM node:20 AS assets',
  'RUN npm ci',
  'FROM alpine AS tools',
  'FROM scratch AS unrelated',
  'FROM alpine AS final',
  'COPY --from=build /out/app /app',
  'COPY --from=0 /go/pkg /pkg',
  'COPY --from=busybox:1 /bin/sh /bin/sh',
  ''
].join('\n')

describe('parseStages sources', () => {
  it('records FROM, COPY --from and RUN --mount from=', () => {
    const stages = parseStages(multiStage)
    expect(stages.map(stage => stage.sources)).toEqual([
      ['golang:1'],
      ['deps', 'tools', 'assets'],
      ['node:20'],
      ['alpine'],
      ['scratch'],
      ['alpine', 'build', '0', 'busybox:1']
    ])
  })
})

describe('stageDependencies', () => {
  const stages = parseStages(multiStage)
  const names = (target: string): (string | number)[] =>
    stageDependencies(stages, target).map(stage => stage.name ?? stage.index)

  it.each<[string, string, (string | number)[]]>([
    ['the last stage without a target, transitively', '', ['deps', 'build', 'assets', 'tools']],
    ['a named target, case-insensitively', 'FINAL', ['deps', 'build', 'assets', 'tools']],
    ['a stage that reads stages defined after it', 'build', ['deps', 'assets', 'tools']],
    ['a stage on an image only', 'deps', []],
    ['a target given by index', '1', ['deps', 'assets', 'tools']],
    ['an unknown target', 'nope', []]
  ])('%s', (_, target, expected) => {
    expect(names(target)).toEqual(expected)
  })

  it('stops at a cycle and never lists the target itself', () => {
    const cyclic = parseStages('FROM b AS a\nFROM a AS b\n')
    expect(stageDependencies(cyclic, 'a').map(stage => stage.name)).toEqual(['b'])
  })

  it('follows an index reference and an unnamed stage', () => {
    const unnamed = parseStages('FROM alpine\nRUN make\nFROM scratch\nCOPY --from=0 /out /\n')
    expect(stageDependencies(unnamed, '').map(stage => stage.index)).toEqual([0])
    expect(findStage(unnamed, '')?.index).toBe(1)
  })
})
