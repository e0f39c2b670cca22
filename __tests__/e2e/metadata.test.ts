import { describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { BUILD_COMMAND, output, runAction } from './support/action.js'
import { docker, engine, makeContext, uniqueRepo } from './support/engine.js'
import { getManifest, listTags } from './support/registry.js'

jest.setTimeout(120_000)

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37'
const PR_HEAD_SHA = '5a2d3e1f0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e'

function event(name: string): Record<string, unknown> {
  const file = path.join(import.meta.dirname, '..', '..', '__fixtures__', 'events', `${name}.json`)
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
}

function dockerfile(): string {
  return `FROM ${engine.baseImage}\nRUN echo tagged > /hello\n`
}

function label(image: string, name: string): string {
  return docker('image', 'inspect', '--format', `{{index .Config.Labels "${name}"}}`, image)
}

describe('tags and labels from git refs', () => {
  it('builds a v1.2.3 tag push once and pushes 6 tags to two registries', async () => {
    const repo = uniqueRepo('semver')
    const images = [`${engine.registry}/${repo}`, `${engine.registry2}/${repo}`]

    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      eventName: 'push',
      ref: 'refs/tags/v1.2.3',
      sha: SHA,
      event: event('push-tag'),
      inputs: {
        images: images.join('\n'),
        tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}',
        labels: 'org.example.git-tag={{tag}}',
        push: 'true'
      }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const builds = result.log.split('\n').filter(line => BUILD_COMMAND.test(line))
    expect(builds).toHaveLength(1)
    for (const registry of [engine.registry, engine.registry2]) {
      expect(await listTags(registry, repo)).toEqual(['1.2', '1.2.3', 'latest'])
    }
    const digests = new Set<string | undefined>()
    for (const registry of [engine.registry, engine.registry2]) {
      for (const tag of ['1.2.3', '1.2', 'latest']) {
        digests.add((await getManifest(registry, repo, tag))?.digest)
      }
    }
    expect(digests.size).toBe(1) // one image behind all six tags

    expect(output(result, 'version')).toBe('1.2.3')
    const tags = images.flatMap(image => ['1.2.3', '1.2', 'latest'].map(tag => `${image}:${tag}`))
    expect(output(result, 'tags').split('\n')).toEqual(tags)
    const json = JSON.parse(output(result, 'json')) as {
      tags: string[]
      labels: Record<string, string>
    }
    expect(json.tags).toEqual(tags)
    expect(output(result, 'tag-names')).toBe('1.2.3\n1.2\nlatest')
    expect(output(result, 'labels').split('\n')).toContain('org.opencontainers.image.version=1.2.3')

    const image = output(result, 'imageid')
    const expected: Record<string, string> = {
      'org.opencontainers.image.title': 'hello',
      'org.opencontainers.image.description': 'Hello, world in a container',
      'org.opencontainers.image.url': 'https://github.com/octo-org/hello',
      'org.opencontainers.image.source': 'https://github.com/octo-org/hello',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.created': json.labels['org.opencontainers.image.created'] ?? '',
      'org.example.git-tag': 'v1.2.3'
    }
    for (const [name, value] of Object.entries(expected)) expect(label(image, name)).toBe(value)
    expect(expected['org.opencontainers.image.created']).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
    )
    expect(result.post?.exitCode).toBe(0)
  })

  it('tags a pull_request_target run by its PR, and by its head commit when asked', async () => {
    const repo = uniqueRepo('pr')
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      eventName: 'pull_request_target',
      ref: 'refs/heads/main',
      sha: SHA,
      event: event('pull_request_target'),
      env: { DOCKER_METADATA_PR_HEAD_SHA: 'true' },
      inputs: { images: `${engine.registry}/${repo}`, tags: 'type=ref,event=pr\ntype=sha' }
    })

    expect(result.errors).toEqual([])
    expect(output(result, 'tags').split('\n')).toEqual([
      `${engine.registry}/${repo}:pr-15`,
      `${engine.registry}/${repo}:sha-5a2d3e1`
    ])
    expect(output(result, 'version')).toBe('pr-15')
    expect(label(output(result, 'imageid'), 'org.opencontainers.image.revision')).toBe(PR_HEAD_SHA)
    expect(await listTags(engine.registry, repo)).toEqual([]) // push is false
  })

  it('lowercases an upper-case repository in images, with a notice, and takes a label without =', async () => {
    const repo = uniqueRepo('Upper-Case')
    const written = `${engine.registry}/Octo-Org/${repo}`
    const name = written.toLowerCase()
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: SHA,
      event: event('push-branch'),
      inputs: {
        images: written,
        tags: 'type=ref,event=branch',
        labels: 'org.example.flag\norg.example.team=core',
        push: 'true'
      }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(output(result, 'tags')).toBe(`${name}:main`)
    expect(await listTags(engine.registry, `octo-org/${repo.toLowerCase()}`)).toEqual(['main'])
    expect(result.log).toContain(`::notice::Image name "${written}" is used as "${name}"`)
    const labels = JSON.parse(
      docker('image', 'inspect', '--format', '{{json .Config.Labels}}', `${name}:main`)
    ) as Record<string, string>
    expect(labels).toMatchObject({ 'org.example.flag': '', 'org.example.team': 'core' })
    expect(output(result, 'labels').split('\n')).toContain('org.example.flag=')
  })

  it('refuses to push when no rule gives a tag for the event, before any build', async () => {
    const repo = uniqueRepo('notag')
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: SHA,
      event: event('push-branch'),
      inputs: {
        images: `${engine.registry}/${repo}`,
        tags: 'type=semver,pattern={{version}}',
        push: 'true'
      }
    })

    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'Input "tags": push is true but no rule gave a tag for push on "refs/heads/main"'
    ])
    expect(result.warnings).toContain('No tag rule produced a tag for this event')
    expect(result.log).not.toContain('[command]')
  })

  const ruleErrors: [string, Record<string, string>, string, string][] = [
    [
      'an unknown type',
      { tags: 'type=semvar,pattern={{version}}' },
      'tags',
      '"type=semvar,pattern={{version}}"'
    ],
    [
      'a missing pattern',
      { tags: 'type=semver' },
      'tags',
      'rule "type=semver": type=semver needs a pattern'
    ],
    ['a bad enable', { tags: 'type=raw,value=x,enable=maybe' }, 'tags', 'enable gave "maybe"'],
    [
      'an invalid regex',
      { tags: 'type=match,pattern=v(\\d' },
      'tags',
      '"type=match,pattern=v(\\d"'
    ],
    ['an invalid image name', { images: 'localhost/Octo/-App' }, 'images', '"localhost/Octo/-App"'],
    ['a bad flavor', { flavor: 'latest=sometimes' }, 'flavor', '"latest=sometimes"']
  ]

  it.each(ruleErrors)(
    'fails on %s before any build, quoting it',
    async (_, inputs, input, quoted) => {
      const repo = uniqueRepo('rule')
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile() }),
        eventName: 'push',
        ref: 'refs/tags/v1.2.3',
        sha: SHA,
        event: event('push-tag'),
        inputs: {
          images: `${engine.registry}/${repo}`,
          tags: 'type=semver,pattern={{version}}',
          push: 'true',
          ...inputs
        }
      })

      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toContain(`Input "${input}"`)
      expect(result.errors[0]).toContain(quoted)
      expect(result.log).not.toMatch(/at .*\.js:\d+/)
      expect(result.log).not.toContain('[command]') // nothing ran: no build, no push
      expect(await listTags(engine.registry, repo)).toEqual([])
      expect(result.post?.exitCode).toBe(0)
    }
  )
})
