import { describe, expect, it } from '@jest/globals'
import { metadataJson } from '../../src/meta/metadata.js'
import { RuleError } from '../../src/meta/records.js'
import { compute, NOW, PR_HEAD_SHA, SHA, type Case } from './support/events.js'

function error(c: Case): RuleError {
  try {
    compute('push-branch', c)
  } catch (thrown) {
    if (thrown instanceof RuleError) return thrown
    throw thrown
  }
  throw new Error('no error was thrown')
}

describe('every rule error names the input and quotes the rule', () => {
  const rows: [string, Case, string][] = [
    [
      'an unknown type',
      { tags: 'type=semvar,pattern={{version}}' },
      'Input "tags": rule "type=semvar,pattern={{version}}": unknown type "semvar"; use one of schedule, semver, pep440, match, edge, ref, raw, sha'
    ],
    [
      'semver without pattern',
      { tags: 'type=semver' },
      'Input "tags": rule "type=semver": type=semver needs a pattern attribute, e.g. pattern={{version}}'
    ],
    [
      'pep440 without pattern',
      { tags: 'type=pep440,value=1.0' },
      'rule "type=pep440,value=1.0": type=pep440 needs a pattern'
    ],
    [
      'match without pattern',
      { tags: 'type=match,group=1' },
      'rule "type=match,group=1": type=match needs a pattern'
    ],
    [
      'an invalid regex',
      { tags: 'type=match,pattern=v(\\d' },
      'rule "type=match,pattern=v(\\d": pattern "v(\\d" is not a valid regular expression: Invalid regular expression: /v(\\d/: Unterminated group'
    ],
    [
      'a group the regex lacks',
      { tags: 'type=match,pattern=v(\\d),group=2' },
      'rule "type=match,pattern=v(\\d),group=2": pattern "v(\\d)" has 1 capture group(s); it needs at least 2'
    ],
    [
      'a non-numeric group',
      { tags: 'type=match,pattern=v(\\d),group=one' },
      'group "one" is not a number'
    ],
    [
      'a semver match without a group',
      { tags: 'type=semver,pattern={{version}},match=v\\d' },
      'rule "type=semver,pattern={{version}},match=v\\d": match "v\\d" has 0 capture group(s); it needs at least 1'
    ],
    [
      'ref without event',
      { tags: 'type=ref' },
      'rule "type=ref": type=ref needs an event attribute'
    ],
    [
      'ref with an unknown event',
      { tags: 'type=ref,event=push' },
      'rule "type=ref,event=push": event "push" is not one of branch, tag, pr'
    ],
    [
      'raw without value',
      { tags: 'type=raw' },
      'rule "type=raw": type=raw needs a value attribute'
    ],
    [
      'a bad sha format',
      { tags: 'type=sha,format=medium' },
      'rule "type=sha,format=medium": format "medium" is not short or long'
    ],
    [
      'a bad priority',
      { tags: 'type=sha,priority=high' },
      'rule "type=sha,priority=high": priority "high" is not a whole number'
    ],
    [
      'a bad enable',
      { tags: 'type=raw,value=x,enable=maybe' },
      'Input "tags": rule "type=raw,value=x,enable=maybe": enable gave "maybe"; it must give true or false'
    ],
    [
      'an enable expression that is no boolean',
      { tags: 'type=raw,value=x,enable={{branch}}' },
      'rule "type=raw,value=x,enable={{branch}}": enable gave "main"'
    ],
    [
      'a template syntax error',
      { tags: 'type=raw,value={{branch' },
      'rule "type=raw,value={{branch": value "{{branch" is not a valid expression: Parse error on line 1:'
    ],
    [
      'an unknown time zone',
      { tags: "type=raw,value={{date 'YYYY' tz='Mars/Base'}}" },
      `rule "type=raw,value={{date 'YYYY' tz='Mars/Base'}}" cannot be rendered: unknown time zone "Mars/Base"`
    ],
    [
      'an unknown date option',
      { tags: "type=raw,value={{date 'YYYY' zone='UTC'}}" },
      'cannot be rendered: unknown option "zone"; only tz'
    ],
    [
      'a rule without images',
      { images: '', tags: 'type=semver,pattern={{version}}' },
      'Input "tags": "type=semver,pattern={{version}}" is a tag rule; tag rules need the images input'
    ],
    [
      'an invalid reference without images',
      { images: '', tags: 'r.io/App:1' },
      'Input "tags": "r.io/App:1" is not a valid image reference: "App" is not a valid repository name component (repository names must be lower case)'
    ],
    [
      'an image name invalid in lower case too, quoted as written',
      { images: 'ghcr.io/Octo/-App' },
      'Input "images": "ghcr.io/Octo/-App" in "ghcr.io/Octo/-App" is not a valid image name: "-app" is not a valid repository name component'
    ],
    [
      'a schedule pattern that cannot parse',
      { tags: 'type=schedule,pattern={{date' },
      'rule "type=schedule,pattern={{date": pattern "{{date" is not a valid template'
    ],
    [
      'an unclosed quote',
      { tags: 'type=raw,"value=x\ntype=sha' },
      'Input "tags": cannot be read as comma-separated fields: Quote Not Closed'
    ],
    [
      'an image with a tag',
      { images: 'ghcr.io/octo/app:1' },
      'is not a valid image name: give the image name without a tag or digest'
    ],
    [
      'an unknown image attribute',
      { images: 'name=ghcr.io/octo/app,push=true' },
      'Input "images": "name=ghcr.io/octo/app,push=true": unknown attribute "push"; use name or enable'
    ],
    [
      'a bad image enable',
      { images: 'name=ghcr.io/octo/app,enable=yes' },
      'enable "yes" is not true or false'
    ],
    ['an empty image name', { images: 'name=,enable=true' }, 'the image name is empty'],
    [
      'a bad latest',
      { flavor: 'latest=sometimes' },
      'Input "flavor": "latest=sometimes" in "latest=sometimes": latest must be auto, true or false'
    ],
    [
      'an unknown flavor key',
      { flavor: 'prefix=a-,sufix=-b' },
      'Input "flavor": "sufix=-b" in "prefix=a-,sufix=-b": unknown key; use latest, prefix, suffix or onlatest'
    ],
    [
      'a flavor entry without =',
      { flavor: 'latest' },
      '"latest" in "latest": is not of the form key=value'
    ],
    ['a bad onlatest', { flavor: 'prefix=a-,onlatest=yes' }, 'onlatest must be true or false'],
    [
      'a label that cannot render',
      { labels: [{ name: 'x', value: '{{date tz=1 x=2}}' }] },
      'Input "labels": "x={{date tz=1 x=2}}" cannot be rendered: unknown option "x"'
    ]
  ]
  it.each(rows)('%s', (_, c, message) => {
    expect(error(c).message).toContain(message)
  })
  it('refuses a bad DOCKER_METADATA_SHORT_SHA_LENGTH', () => {
    expect(() => compute('push-branch', { env: { shortShaLength: 'seven' } })).toThrow(
      'DOCKER_METADATA_SHORT_SHA_LENGTH "seven" is not a number of characters'
    )
  })
  it('warns about an unknown attribute, and keeps the rule', () => {
    const meta = compute('push-branch', { tags: 'type=raw,value=x,patern=y' })
    expect(meta.tagNames).toEqual(['x'])
    expect(meta.warnings).toEqual([
      'Tag rule "type=raw,value=x,patern=y": unknown attribute "patern" is ignored'
    ])
  })
})

describe('images', () => {
  const rows: [string, string, string[]][] = [
    ['one line of names', 'octo/app,ghcr.io/octo/app', ['octo/app:main', 'ghcr.io/octo/app:main']],
    ['one per line', 'octo/app\nghcr.io/octo/app', ['octo/app:main', 'ghcr.io/octo/app:main']],
    [
      'name= and enable=',
      'name=octo/app,enable=false\nname=ghcr.io/octo/app,enable=true',
      ['ghcr.io/octo/app:main']
    ],
    ['all disabled', 'name=octo/app,enable=false', []],
    ['the same image twice', 'octo/app\nocto/app', ['octo/app:main']]
  ]
  it.each(rows)('%s', (_, images, tags) => {
    const meta = compute('push-branch', { images })
    expect(meta.tags).toEqual(tags)
    expect(meta.tagNames).toEqual(['main'])
  })
  it('warns when every image is disabled', () => {
    expect(compute('push-branch', { images: 'name=octo/app,enable=false' }).warnings).toEqual([
      'Every image is disabled; the image gets no tag'
    ])
  })
})

describe('tags as full references (no images)', () => {
  it('keeps them, once, and takes the version from the first', () => {
    const meta = compute('push-branch', {
      images: '',
      tags: 'r.io/a:1.0,r.io/a:latest\nr.io/a:1.0\nr.io/b'
    })
    expect(meta.tags).toEqual(['r.io/a:1.0', 'r.io/a:latest', 'r.io/b'])
    expect(meta.tagNames).toEqual(['1.0', 'latest'])
    expect(meta.version).toBe('1.0')
    expect(meta.labels.find(l => l.name === 'org.opencontainers.image.version')?.value).toBe('1.0')
  })
  it('warns that flavor is ignored', () => {
    expect(
      compute('push-branch', { images: '', tags: 'r.io/a:1', flavor: 'latest=true' }).warnings
    ).toEqual(['The flavor input applies only with the images input; it is ignored'])
  })
})

describe('labels', () => {
  function labels(
    c: Case,
    event: Parameters<typeof compute>[0] = 'push-tag'
  ): Record<string, string> {
    return Object.fromEntries(compute(event, c).labels.map(l => [l.name, l.value]))
  }
  it('gives the OCI labels from the payload, sorted', () => {
    const meta = compute('push-tag', { tags: 'type=semver,pattern={{version}}' })
    expect(meta.labels).toEqual([
      { name: 'org.opencontainers.image.created', value: NOW.toISOString() },
      { name: 'org.opencontainers.image.description', value: 'Hello, world in a container' },
      { name: 'org.opencontainers.image.licenses', value: 'MIT' },
      { name: 'org.opencontainers.image.revision', value: SHA },
      { name: 'org.opencontainers.image.source', value: 'https://github.com/octo-org/hello' },
      { name: 'org.opencontainers.image.title', value: 'hello' },
      { name: 'org.opencontainers.image.url', value: 'https://github.com/octo-org/hello' },
      { name: 'org.opencontainers.image.version', value: '1.2.3' }
    ])
  })
  it('reads the repository from the run when the payload has none (schedule)', () => {
    expect(labels({}, 'schedule')).toMatchObject({
      'org.opencontainers.image.title': 'hello',
      'org.opencontainers.image.url': 'https://github.com/octo-org/hello',
      'org.opencontainers.image.description': '',
      'org.opencontainers.image.licenses': '',
      'org.opencontainers.image.version': 'nightly'
    })
  })
  it('has empty values without an event', () => {
    expect(labels({}, 'none')).toMatchObject({
      'org.opencontainers.image.version': '',
      'org.opencontainers.image.revision': ''
    })
  })
  it('uses the PR head commit with DOCKER_METADATA_PR_HEAD_SHA', () => {
    expect(
      labels({ env: { prHeadSha: true } }, 'pull_request')['org.opencontainers.image.revision']
    ).toBe(PR_HEAD_SHA)
  })
  it('puts custom labels over the OCI ones, rendered without escaping, sorted by code point', () => {
    const meta = compute('push-branch', {
      ref: 'refs/heads/a=b&c',
      labels: [
        { name: 'org.opencontainers.image.title', value: 'Custom' },
        { name: 'alpha', value: 'br={{branch}}' },
        { name: 'Zeta', value: '' },
        { name: '_under', value: '1' },
        { name: '-dash', value: '2' }
      ]
    })
    expect(meta.labels.map(l => l.name).slice(0, 4)).toEqual(['-dash', 'Zeta', '_under', 'alpha'])
    expect(
      labels(
        { ref: 'refs/heads/a=b&c', labels: [{ name: 'alpha', value: 'br={{branch}}' }] },
        'push-branch'
      )
    ).toMatchObject({
      alpha: 'br=a=b&c'
    })
    expect(meta.labels.find(l => l.name === 'org.opencontainers.image.title')?.value).toBe('Custom')
  })
})

describe('json output', () => {
  it('has metadata-action’s shape', () => {
    const meta = compute('push-tag', {
      images: 'r.io/a\nr.io/b',
      tags: 'type=semver,pattern={{version}}'
    })
    const json = JSON.parse(metadataJson(meta)) as Record<string, unknown>
    expect(json.tags).toEqual(['r.io/a:1.2.3', 'r.io/a:latest', 'r.io/b:1.2.3', 'r.io/b:latest'])
    expect(json['tag-names']).toEqual(['1.2.3', 'latest'])
    expect(json.labels).toMatchObject({ 'org.opencontainers.image.version': '1.2.3' })
  })
})
