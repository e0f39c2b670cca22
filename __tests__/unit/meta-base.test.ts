import { describe, expect, it } from '@jest/globals'
import { baseBranchTag } from '../../src/meta/metadata.js'
import { NOW, payload, SHA } from './support/events.js'

const BASE_SHA = '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c'

function onPullRequest(images: string, tags: string, flavor = ''): string | undefined {
  return baseBranchTag(
    {
      images,
      tags,
      flavor,
      labels: [],
      now: NOW,
      run: {
        eventName: 'pull_request',
        ref: 'refs/pull/15/merge',
        sha: SHA,
        payload: payload('pull_request'),
        prHeadSha: false,
        shortShaLength: '',
        repository: 'octo-org/hello',
        serverUrl: 'https://github.com'
      }
    },
    'main',
    BASE_SHA
  )
}

describe("baseBranchTag: the image a pull request's base branch has", () => {
  const image = 'ghcr.io/octo-org/hello'
  it.each([
    ['the default rules', '', '', `${image}:main`],
    [
      'a latest on the default branch',
      'type=raw,value=latest,enable={{is_default_branch}}',
      '',
      `${image}:latest`
    ],
    ['a sha rule, with the base commit', 'type=sha', '', `${image}:sha-0d1a26e`],
    [
      'a pr rule then a branch rule',
      'type=ref,event=pr\ntype=ref,event=branch',
      '',
      `${image}:main`
    ],
    ['a flavor prefix', 'type=ref,event=branch', 'prefix=app-', `${image}:app-main`],
    ['rules that give a branch push no tag', 'type=semver,pattern={{version}}', '', undefined]
  ])('%s', (_, tags, flavor, expected) => {
    expect(onPullRequest(image, tags, flavor)).toBe(expected)
  })

  it('is undefined for full references, which name no branch', () => {
    expect(onPullRequest('', `${image}:pr`)).toBeUndefined()
  })
})
