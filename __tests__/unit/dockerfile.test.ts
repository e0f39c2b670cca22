import { describe, expect, it } from '@jest/globals'
import {
  expandVariables,
  findStage,
  parseStages,
  shellWords,
  stageDependencies
} from '../../src/dockerfile/stages.js'

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

describe('parseStages as BuildKit reads the file', () => {
  it('reads a here-document as its body, never as instructions', () => {
    const text = [
      'FROM python:3 AS deps',
      'FROM deps AS app',
      'ARG NPM_TOKEN',
      'RUN <<EOF python3',
      'from pathlib import Path',
      '# not a comment here',
      'EOF',
      'COPY <<-CONF <<"OTHER" /etc/',
      '\tFROM users AS u',
      '\tCONF',
      'FROM x AS y',
      'OTHER',
      'USER app',
      ''
    ].join('\n')
    expect(parseStages(text).map(stage => [stage.name, stage.args])).toEqual([
      ['deps', []],
      ['app', ['NPM_TOKEN']]
    ])
    expect(findStage(parseStages(text), '')?.name).toBe('app')
  })

  it('continues lines with the escape character a directive sets', () => {
    const text = [
      '# escape=`',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build',
      'WORKDIR C:\\app\\',
      'FROM build AS final',
      'RUN dir `',
      '  C:\\app',
      ''
    ].join('\r\n')
    expect(parseStages(text).map(stage => stage.name)).toEqual(['build', 'final'])
  })

  it('takes a directive only above everything else', () => {
    const text = 'FROM alpine AS a\n# escape=`\nRUN echo `\nFROM alpine AS b\n'
    expect(parseStages(text).map(stage => stage.name)).toEqual(['a', 'b'])
  })

  it("replaces variables with the build's arguments, else their defaults", () => {
    const text = [
      'ARG BASE=builder',
      'ARG TOOLS',
      'FROM alpine AS builder',
      'FROM alpine AS other',
      'FROM ${BASE} AS app',
      'ARG TOOLS',
      'ARG FROM_STAGE=${TOOLS:-other}',
      'COPY --from=$FROM_STAGE /a /a',
      'RUN --mount=from=${BASE},target=/b true',
      ''
    ].join('\n')
    // A global ARG is not in a stage's scope until the stage declares it again.
    expect(parseStages(text).at(-1)?.sources).toEqual(['builder', 'other', ''])
    const given = [
      { name: 'BASE', value: 'other' },
      { name: 'TOOLS', value: 'builder' }
    ]
    // A stage's ARG with no default takes the global one; its own default gives way to the given value.
    expect(parseStages(text, given).at(-1)?.sources).toEqual(['other', 'builder', ''])
  })
})

describe('expandVariables and shellWords', () => {
  const values = new Map([
    ['SET', 'v'],
    ['EMPTY', '']
  ])
  it.each([
    ['$SET-${SET}', 'v-v'],
    ['${UNSET}x', 'x'],
    ['${EMPTY:-d} ${EMPTY-d} ${UNSET-d}', 'd  d'],
    ['${SET:+y} ${EMPTY:+y} ${EMPTY+y} ${UNSET+y}', 'y  y ']
  ])('%s', (text, expected) => {
    expect(expandVariables(text, values)).toBe(expected)
  })

  it('keeps quoted words together', () => {
    expect(shellWords(`A="x y" B='a b' C=\\ d  E`)).toEqual(['A=x y', 'B=a b', 'C= d', 'E'])
  })
})
