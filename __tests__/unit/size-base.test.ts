import { describe, expect, it } from '@jest/globals'
import {
  baseReferenceFor,
  branchTag,
  defaultBaseReference,
  NOTHING_TO_COMPARE,
  pullRequestOf
} from '../../src/report/base.js'

describe('branchTag', () => {
  it.each([
    ['main', 'main'],
    ['feature/x', 'feature-x'],
    ['refs/heads/release/1.2', 'release-1.2'],
    ['-odd//branch', 'odd-branch'],
    ['ü-ber', 'ber']
  ])('%s → %s', (branch, tag) => {
    expect(branchTag(branch)).toBe(tag)
  })
})

describe('defaultBaseReference', () => {
  it.each([
    [['ghcr.io/o/app:pr-7', 'ghcr.io/o/app:sha-1'], 'main', 'ghcr.io/o/app:main'],
    [['localhost:5000/e2e/a:pr-7'], 'feature/x', 'localhost:5000/e2e/a:feature-x'],
    [['app@sha256:' + 'a'.repeat(64)], 'dev', 'app:dev'],
    [[], 'main', undefined]
  ])('%j on %s → %s', (tags, branch, reference) => {
    expect(defaultBaseReference(tags, branch)).toBe(reference)
  })
})

describe('pullRequestOf', () => {
  it.each([
    [{}, undefined],
    [{ pull_request: { number: 3 } }, undefined],
    [
      { pull_request: { number: 3, base: { ref: 'main' } } },
      { number: 3, baseBranch: 'main', fork: false }
    ],
    [
      {
        pull_request: {
          number: 4,
          base: { ref: 'main', repo: { full_name: 'o/r' } },
          head: { repo: { full_name: 'fork/r' } }
        }
      },
      { number: 4, baseBranch: 'main', fork: true }
    ]
  ])('%j', (payload, pr) => {
    expect(pullRequestOf(payload)).toEqual(pr)
  })
})

describe('baseReferenceFor', () => {
  const pr = { pull_request: { number: 7, base: { ref: 'main' } } }
  it.each([
    ['compare-to first', { compareTo: 'r/app:v1', baseImage: 'r/app:rules' }, pr, 'r/app:v1'],
    [
      'then the tag rules’ base image',
      { compareTo: '', baseImage: 'r/app:rules' },
      pr,
      'r/app:rules'
    ],
    ['then the first tag’s repository on the base branch', { compareTo: '' }, pr, 'r/app:main'],
    ['nothing off a pull request', { compareTo: '' }, {}, undefined]
  ])('%s', (_name, given, payload, expected) => {
    expect(baseReferenceFor({ ...given, tags: ['r/app:pr-7'], payload })).toBe(expected)
  })
})

describe('NOTHING_TO_COMPARE', () => {
  it('keeps a registry’s words and the reference from becoming markup', () => {
    const note = NOTHING_TO_COMPARE.unreadable(
      'r/app:`x`',
      'denied <img src=x onerror=alert(1)> see [here](https://evil.example) @octocat'
    )
    expect(note).not.toMatch(/(?<!\\)<img|(?<!\\)\]\(|@octocat/)
    expect(note).toMatch(/^Nothing to compare with: ``\s?r\/app:`x`\s?`` could not be read \(/)
  })
})
