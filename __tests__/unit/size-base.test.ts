import { describe, expect, it } from '@jest/globals'
import { branchTag, defaultBaseReference, pullRequestOf } from '../../src/report/base.js'

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
