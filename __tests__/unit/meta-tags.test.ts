import { describe, expect, it } from '@jest/globals'
import { sanitizeTag } from '../../src/meta/tags.js'
import { needsTemplates, type MetadataRequest } from '../../src/meta/metadata.js'
import { compute, NOW, SHA, type Case, type EventName } from './support/events.js'

// Expected values are metadata-action v6's for the same event and rules
// (see shared/reference/metadata-action-semantics.md), except where a row says Hoist differs.

const MERGE_QUEUE_TAG = 'gh-readonly-queue-main-pr-15-0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c'

describe('default rules (schedule, branch, tag, pr) on every event', () => {
  const rows: [EventName, string[], string][] = [
    ['push-branch', ['main'], 'main'],
    ['push-tag', ['v1.2.3', 'latest'], 'v1.2.3'],
    ['pull_request', ['pr-15'], 'pr-15'],
    ['pull_request_target', ['pr-15'], 'pr-15'],
    ['schedule', ['nightly', 'main'], 'nightly'],
    ['workflow_dispatch', ['main'], 'main'],
    ['release', ['v1.3.0-rc.1', 'latest'], 'v1.3.0-rc.1'],
    ['merge_group', [MERGE_QUEUE_TAG], MERGE_QUEUE_TAG],
    ['none', [], '']
  ]
  it.each(rows)('%s', (event, tagNames, version) => {
    const meta = compute(event)
    expect(meta.tagNames).toEqual(tagNames)
    expect(meta.tags).toEqual(tagNames.map(tag => `ghcr.io/octo-org/hello:${tag}`))
    expect(meta.version).toBe(version)
  })
  it('warns when no rule gives a tag', () => {
    expect(compute('none').warnings).toEqual(['No tag rule produced a tag for this event'])
  })
})

describe('image names with upper case', () => {
  // `ghcr.io/${{ github.repository }}` is upper case whenever the owner or the repository is.
  it.each([
    ['one name', 'ghcr.io/Octo-Org/Hello', ['ghcr.io/octo-org/hello:main']],
    [
      'a list, one of them upper case',
      'ghcr.io/Octo-Org/Hello,docker.io/octo/hello',
      ['ghcr.io/octo-org/hello:main', 'docker.io/octo/hello:main']
    ],
    ['a name= line', 'name=GHCR.io/Octo-Org/Hello,enable=true', ['ghcr.io/octo-org/hello:main']]
  ])('are lowercased, with a notice naming each: %s', (_, images, tags) => {
    const meta = compute('push-branch', { images })
    expect(meta.tags).toEqual(tags)
    expect(meta.notices).toEqual([
      expect.stringMatching(
        /^Image name "(GHCR.io|ghcr.io)\/Octo-Org\/Hello" is used as "ghcr.io\/octo-org\/hello"/
      )
    ])
    expect(meta.warnings).toEqual([])
  })
  it('give no notice when written in lower case', () => {
    expect(compute('push-branch').notices).toEqual([])
  })
})

const SEMVER =
  'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=semver,pattern={{major}}'

describe('type=semver', () => {
  const rows: [string, string, Case, string[]][] = [
    ['a release tag', 'push-tag', { tags: SEMVER }, ['1.2.3', '1.2', '1', 'latest']],
    [
      'a pre-release: no latest, one tag',
      'push-tag',
      { tags: SEMVER, ref: 'refs/tags/v1.2.3-beta.1' },
      ['1.2.3-beta.1']
    ],
    [
      'a pre-release keeps {{raw}}',
      'push-tag',
      {
        tags: 'type=semver,pattern={{raw}}\ntype=semver,pattern={{major}}',
        ref: 'refs/tags/v1.2.3-beta.1'
      },
      ['v1.2.3-beta.1', '1.2.3-beta.1']
    ],
    [
      'build metadata is no pre-release',
      'push-tag',
      {
        tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{raw}}',
        ref: 'refs/tags/v1.2.3+build.5'
      },
      ['1.2.3', 'v1.2.3-build.5', 'latest']
    ],
    [
      'major zero',
      'push-tag',
      { tags: 'type=semver,pattern={{major}}', ref: 'refs/tags/v0.1.2' },
      ['0', 'latest']
    ],
    ['not a version: nothing', 'push-tag', { tags: SEMVER, ref: 'refs/tags/1.2' }, []],
    ['a branch: nothing', 'push-branch', { tags: SEMVER }, []],
    [
      'match picks the version out of the tag',
      'push-tag',
      {
        tags: 'type=semver,pattern={{version}},match=v(\\d+\\.\\d+\\.\\d+)$',
        ref: 'refs/tags/p1-v1.0.0'
      },
      ['1.0.0', 'latest']
    ],
    [
      'value on a branch',
      'push-branch',
      { tags: 'type=semver,pattern={{major}}.{{minor}},value=v2.4.0' },
      ['2.4', 'latest']
    ],
    ['a pre-release on a release event', 'release', { tags: SEMVER }, ['1.3.0-rc.1']],
    // Hoist: a release event whose ref is not a tag ref reads the release's tag_name.
    [
      'a release event on a branch ref',
      'release',
      { tags: SEMVER, ref: 'refs/heads/main' },
      ['1.3.0-rc.1']
    ]
  ]
  it.each(rows)('%s', (_, event, c, tagNames) => {
    expect(compute(event as EventName, c).tagNames).toEqual(tagNames)
  })
  it('warns about a tag that is not a version', () => {
    expect(
      compute('push-tag', { tags: 'type=semver,pattern={{version}}', ref: 'refs/tags/1.2' })
        .warnings
    ).toEqual([
      'Tag rule "type=semver,pattern={{version}}": "1.2" is not a semantic version',
      'No tag rule produced a tag for this event'
    ])
  })
})

describe('type=pep440', () => {
  const PEP = 'type=pep440,pattern={{version}}\ntype=pep440,pattern={{major}}.{{minor}}.{{patch}}'
  const rows: [string, string, string[]][] = [
    ['refs/tags/1.2', PEP, ['1.2', '1.2.0', 'latest']],
    ['refs/tags/v1.2.3', PEP, ['1.2.3', 'latest']],
    ['refs/tags/1.2post1', PEP, ['1.2.post1']],
    ['refs/tags/1.1beta2', PEP, ['1.1b2']],
    ['refs/tags/1.1beta2', 'type=pep440,pattern={{raw}}', ['1.1beta2']],
    ['refs/tags/1.0dev4', PEP, ['1.0.dev4']],
    ['refs/tags/release-x', PEP, []]
  ]
  it.each(rows)('%s with %p', (ref, tags, tagNames) => {
    expect(compute('push-tag', { tags, ref }).tagNames).toEqual(tagNames)
  })
})

describe('type=match', () => {
  const rows: [string, string, string[]][] = [
    ['type=match,pattern=\\d.\\d.\\d', 'refs/tags/v1.2.3', ['1.2.3', 'latest']],
    ['type=match,pattern=v(\\d.\\d),group=1', 'refs/tags/v1.2.3-beta', ['1.2', 'latest']],
    // Hoist: quotes keep the comma inside the pattern.
    ['type=match,"pattern=v(\\d{1,2})\\.\\d",group=1', 'refs/tags/v12.3.0', ['12', 'latest']],
    ['type=match,pattern=/V(\\d)/i,group=1', 'refs/tags/v1.2.3', ['1', 'latest']],
    ['type=match,pattern=x(\\d)?,group=1', 'refs/tags/x', []],
    ['type=match,pattern=^release-(.*)$,group=1', 'refs/tags/v1.2.3', []]
  ]
  it.each(rows)('%s on %s', (tags, ref, tagNames) => {
    expect(compute('push-tag', { tags, ref }).tagNames).toEqual(tagNames)
  })
  it('warns when the pattern does not match', () => {
    expect(compute('push-tag', { tags: 'type=match,pattern=^r(\\d)$' }).warnings[0]).toBe(
      'Tag rule "type=match,pattern=^r(\\d)$": pattern does not match "v1.2.3"'
    )
  })
})

describe('type=edge, ref, raw, sha, schedule', () => {
  it('warns when edge has no branch and the payload names no default branch', () => {
    const meta = compute('schedule', { tags: 'type=edge' })
    expect(meta.tagNames).toEqual([])
    expect(meta.warnings[0]).toBe(
      'Tag rule "type=edge": the event does not name the default branch; give branch=…'
    )
  })
  const rows: [string, EventName, Case, string[]][] = [
    ['edge on the default branch', 'push-branch', { tags: 'type=edge' }, ['edge']],
    ['edge on another branch', 'push-branch', { tags: 'type=edge,branch=dev' }, []],
    ['edge with its branch', 'push-branch', { tags: 'type=edge,branch=main' }, ['edge']],
    ['ref tag on a branch', 'push-branch', { tags: 'type=ref,event=tag' }, []],
    [
      'ref pr of a head ref',
      'pull_request',
      { tags: 'type=ref,event=pr', ref: 'refs/pull/15/head' },
      ['pr-15-head']
    ],
    ['ref branch on a tag', 'push-tag', { tags: 'type=ref,event=branch' }, []],
    [
      'raw with expressions',
      'push-branch',
      { tags: 'type=raw,value={{branch}}-{{sha}}' },
      ['main-860c190']
    ],
    ['a bare value is raw', 'push-branch', { tags: 'stable' }, ['stable']],
    ['raw is always evaluated', 'pull_request', { tags: 'type=raw,value=ci' }, ['ci']],
    ['sha', 'push-branch', { tags: 'type=sha' }, ['sha-860c190']],
    [
      'sha long',
      'push-branch',
      { tags: 'type=sha,format=long' },
      ['sha-860c1904a1ce19322e91ac35af1ab07466440c37']
    ],
    [
      'sha with a short-sha length',
      'push-branch',
      { tags: 'type=sha', env: { shortShaLength: '12' } },
      ['sha-860c1904a1ce']
    ],
    [
      'sha of a PR head',
      'pull_request',
      { tags: 'type=sha', env: { prHeadSha: true } },
      ['sha-5a2d3e1']
    ],
    ['sha of the merge commit', 'pull_request', { tags: 'type=sha' }, ['sha-860c190']],
    ['sha with no sha', 'none', { tags: 'type=sha' }, []],
    ['schedule off schedule', 'push-branch', { tags: 'type=schedule' }, []],
    [
      'schedule date',
      'schedule',
      { tags: "type=schedule,pattern={{date 'YYYYMMDD'}}" },
      ['20261122']
    ],
    [
      'schedule has no globals',
      'schedule',
      { tags: 'type=schedule,pattern=nightly-{{branch}}' },
      ['nightly-']
    ],
    [
      'date in a zone',
      'push-branch',
      { tags: "type=raw,value={{date 'YYYYMMDD-HHmm' tz='Asia/Tokyo'}}" },
      ['20261123-0500']
    ],
    [
      'commit date from the payload',
      'push-branch',
      { tags: "type=raw,value={{commit_date 'YYYY-MM-DD HH:mm'}}" },
      ['2026-11-20-13-03']
    ],
    [
      'commit date unknown: now',
      'pull_request',
      { tags: "type=raw,value={{commit_date 'YYYYMMDD'}}" },
      ['20261122']
    ],
    ['base_ref of a tag', 'push-tag', { tags: 'type=raw,value=from-{{base_ref}}' }, ['from-main']],
    [
      'base_ref of a PR',
      'pull_request',
      { tags: 'type=raw,value=into-{{base_ref}}' },
      ['into-main']
    ],
    [
      'is_default_branch',
      'push-branch',
      { tags: 'type=raw,value=d-{{is_default_branch}}-{{is_not_default_branch}}' },
      ['d-true-false']
    ],
    [
      'is_default_branch on a tag',
      'push-tag',
      { tags: 'type=raw,value=d-{{is_default_branch}}' },
      ['d-false']
    ],
    [
      'is_default_branch on a schedule',
      'schedule',
      { tags: 'type=raw,value=d-{{is_default_branch}}', ref: 'refs/heads/dev' },
      ['d-true']
    ],
    [
      'enable from an expression',
      'push-branch',
      {
        tags: 'type=raw,value=dev,enable={{is_not_default_branch}}\ntype=raw,value=prod,enable={{is_default_branch}}'
      },
      ['prod']
    ],
    ['{{tag}} on a branch is empty', 'push-branch', { tags: 'type=raw,value={{tag}}' }, []]
  ]
  it.each(rows)('%s', (_, event, c, tagNames) => {
    expect(compute(event, c).tagNames).toEqual(tagNames)
  })
})

describe('priority, latest, prefix, suffix and flavor', () => {
  const rows: [string, EventName, Case, string[]][] = [
    [
      'flavor prefix and suffix',
      'push-tag',
      { tags: SEMVER, flavor: 'prefix=app-\nsuffix=-slim' },
      ['app-1.2.3-slim', 'app-1.2-slim', 'app-1-slim', 'latest']
    ],
    [
      'onlatest',
      'push-tag',
      { tags: 'type=semver,pattern={{version}}', flavor: 'prefix=app-,onlatest=true' },
      ['app-1.2.3', 'app-latest']
    ],
    [
      'onlatest on the suffix',
      'push-tag',
      { tags: 'type=semver,pattern={{version}}', flavor: 'prefix=p-\nsuffix=-s,onlatest=true' },
      ['p-1.2.3-s', 'latest-s']
    ],
    ['pr keeps its own prefix', 'pull_request', { flavor: 'prefix=app-\nsuffix=-s' }, ['pr-15-s']],
    [
      'sha keeps its own prefix',
      'push-branch',
      { tags: 'type=sha', flavor: 'prefix=app-\nsuffix=-s' },
      ['sha-860c190-s']
    ],
    [
      'an empty rule prefix replaces the flavor one',
      'push-branch',
      { tags: 'type=ref,event=branch,prefix=', flavor: 'prefix=app-' },
      ['main']
    ],
    [
      'rule prefix with expressions',
      'push-branch',
      { tags: 'type=sha,prefix={{branch}}-' },
      ['main-860c190']
    ],
    [
      'flavor prefix with expressions',
      'push-tag',
      { tags: 'type=semver,pattern={{version}}', flavor: 'prefix={{tag}}-' },
      ['v1.2.3-1.2.3', 'latest']
    ],
    ['latest=false', 'push-tag', { tags: SEMVER, flavor: 'latest=false' }, ['1.2.3', '1.2', '1']],
    ['latest=true', 'push-branch', { flavor: 'latest=true' }, ['main', 'latest']],
    ['latest=true without a tag', 'none', { flavor: 'latest=true' }, []],
    [
      'match earns latest even for -beta',
      'push-tag',
      { tags: 'type=match,pattern=v(.*),group=1', ref: 'refs/tags/v2.0.0-beta' },
      ['2.0.0-beta', 'latest']
    ],
    [
      'the first producing rule decides latest',
      'push-tag',
      { tags: `type=raw,value=first,priority=1000\n${SEMVER}` },
      ['first', '1.2.3', '1.2', '1']
    ],
    [
      'priority orders',
      'push-branch',
      { tags: 'type=sha\ntype=raw,value=a,priority=50\ntype=ref,event=branch' },
      ['main', 'sha-860c190', 'a']
    ],
    [
      'ties keep their order',
      'push-branch',
      { tags: 'type=raw,value=b\ntype=raw,value=a' },
      ['b', 'a']
    ],
    // Hoist: latest once, and no tag twice.
    [
      'no duplicate latest',
      'push-tag',
      { tags: 'type=ref,event=tag\ntype=raw,value=latest' },
      ['v1.2.3', 'latest']
    ],
    [
      'no duplicate tag',
      'push-branch',
      { tags: 'type=raw,value=x\ntype=raw,value=y\ntype=raw,value=x' },
      ['x', 'y']
    ]
  ]
  it.each(rows)('%s', (_, event, c, tagNames) => {
    expect(compute(event, c).tagNames).toEqual(tagNames)
  })
  it('gives the version from the first tag', () => {
    expect(compute('push-tag', { tags: SEMVER, flavor: 'prefix=app-' }).version).toBe('app-1.2.3')
  })
})

describe('sanitising', () => {
  const rows: [string, string][] = [
    ['my/feature#1245', 'my-feature-1245'],
    ['fix/ümlaut', 'fix-mlaut'],
    ['Feature-ABC', 'Feature-ABC'],
    ['a=b&c', 'a-b-c'],
    // Hoist: only valid tags: no leading "." or "-", at most 128 characters.
    ['--x', 'x'],
    ['.hidden', 'hidden'],
    ['x'.repeat(200), 'x'.repeat(128)]
  ]
  it.each(rows)('%p → %p', (value, tag) => {
    expect(sanitizeTag(value)).toBe(tag)
  })
  it('sanitises branch names in tags, and does not escape expressions (Hoist)', () => {
    const meta = compute('push-branch', {
      tags: 'type=ref,event=branch\ntype=raw,value=x-{{branch}}',
      ref: 'refs/heads/a=b&c'
    })
    expect(meta.tagNames).toEqual(['a-b-c', 'x-a-b-c'])
  })
  it('keeps # inside a line and drops lines that start with it', () => {
    expect(compute('push-branch', { tags: '# a comment\ntype=raw,value=a#b' }).tagNames).toEqual([
      'a-b'
    ])
  })
})

describe('needsTemplates', () => {
  const request = (fields: Partial<MetadataRequest>): MetadataRequest => ({
    images: '',
    tags: 'r/app:1',
    flavor: '',
    labels: [],
    run: {
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: SHA,
      payload: {},
      prHeadSha: false,
      shortShaLength: '',
      repository: 'octo-org/hello',
      serverUrl: 'https://github.com'
    },
    now: NOW,
    ...fields
  })
  it.each([
    ['plain references', {}, false],
    ['tag rules', { images: 'r/app', tags: 'type=ref,event=branch' }, true],
    ['a reference with an expression', { tags: 'r/app:{{date "YYYY"}}' }, true],
    ['a label with an expression', { labels: [{ name: 'built', value: '{{sha}}' }] }, true],
    ['a plain label', { labels: [{ name: 'team', value: 'web' }] }, false],
    [
      'an annotation with an expression',
      { annotations: [{ name: 'a', value: '{{branch}}' }] },
      true
    ]
  ])('%s: %s', (_name, fields, expected) => {
    expect(needsTemplates(request(fields))).toBe(expected)
  })
})
