import { describe, expect, it, jest } from '@jest/globals'
import {
  BUILD_COMMAND,
  everything,
  output,
  runAction,
  pushed,
  type RunResult
} from './support/action.js'
import { docker, engine, makeContext, registryAuth, uniqueRepo } from './support/engine.js'
import { startFaultProxy } from './support/fault-proxy.js'
import { getManifest, listTags, type Basic } from './support/registry.js'

jest.setTimeout(180_000)

// Short waits between retries; the schedule itself is unit-tested.
const FAST_RETRIES = { HOIST_RETRY_DELAY_MS: '200' }

function dockerfile(): string {
  return `FROM ${engine.baseImage}\nRUN echo "$(date +%s%N)" > /built && head -c 3000000 /dev/urandom > /data\n`
}

const auth = (registry: string): Basic | undefined =>
  registry === engine.authRegistry ? { user: engine.user, password: engine.password } : undefined

/** The lines of the Push log group. */
function pushGroup(result: RunResult): string[] {
  const lines = result.log.split('\n')
  const start = lines.indexOf('::group::Push')
  return lines.slice(start + 1, lines.indexOf('::endgroup::', start))
}

describe(`several registries on the ${engine.profile} engine`, () => {
  it('pushes to three registries side by side: each holds every tag, under the digest the outputs give', async () => {
    const repo = uniqueRepo('three')
    const registries = [engine.registry, engine.registry2, engine.authRegistry]
    const tags = ['1', 'latest'].flatMap(tag => registries.map(r => `${r}/${repo}:${tag}`))
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      inputs: { tags: tags.join('\n'), push: 'true', 'registry-auth': registryAuth() },
      env: FAST_RETRIES
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const digest = output(result, 'digest')
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    const results = pushed(result)
    expect(Object.keys(results)).toEqual(registries)
    for (const registry of registries) {
      const own = tags.filter(tag => tag.startsWith(`${registry}/`))
      expect(results[registry]).toEqual({ tags: own, digest, outcome: 'pushed', attempts: 2 })
      expect(await listTags(registry, repo, auth(registry))).toEqual(['1', 'latest'])
      for (const tag of ['1', 'latest']) {
        expect((await getManifest(registry, repo, tag, auth(registry)))?.digest).toBe(digest)
      }
      expect(result.summary).toContain(`| ${registry} | ${own.map(t => `\`${t}\``).join('<br>')}`)
    }

    // The first registry from the engine (from the build, where it pushes), the others
    // copied from it, at the same time.
    const group = pushGroup(result)
    const commands = result.log.split('\n').filter(line => line.startsWith('[command]'))
    const first = tags.filter(tag => tag.startsWith(`${engine.registry}/`))
    if (engine.can.buildx && engine.can.imageStore === 'classic') {
      const build = commands.filter(line => BUILD_COMMAND.test(line))
      expect(build[0]).toContain(' build --push ')
      expect(build).toHaveLength(1)
      expect([...(build[0] ?? '').matchAll(/--tag (\S+)/g)].map(m => m[1])).toEqual(first)
      expect(commands.filter(line => line.startsWith('[command]docker push'))).toEqual([])
    } else {
      expect(commands.filter(line => line.startsWith('[command]docker push'))).toEqual(
        first.map(tag => `[command]docker push ${tag}`)
      )
    }
    const copies = group.filter(line => line.startsWith('Copying '))
    expect(copies).toEqual([
      expect.stringMatching(
        new RegExp(`^Copying ${engine.registry}/${repo}:1 \\(${digest}\\) to ${engine.registry2}/`)
      ),
      expect.stringMatching(
        new RegExp(
          `^Copying ${engine.registry}/${repo}:1 \\(${digest}\\) to ${engine.authRegistry}/`
        )
      )
    ])
    // Both copies began before either ended.
    const ended = group.findIndex(line => / blob\(s\): /.test(line))
    expect(group.lastIndexOf(copies[1] ?? '')).toBeLessThan(ended)

    // The image carries every tag, as after pushes one by one.
    const image = output(result, 'imageid')
    const named = JSON.parse(
      docker('image', 'inspect', '--format', '{{json .RepoTags}}', image)
    ) as string[]
    expect([...named].sort()).toEqual(expect.arrayContaining([...tags].sort()))
    expect(everything(result)).not.toContain(engine.password)
    expect(result.post?.exitCode).toBe(0)
  })

  it('pushes the others side by side when the first registry fails, each push printed in one piece', async () => {
    const proxy = await startFaultProxy(engine.registry, { manifests: Infinity })
    try {
      const repo = uniqueRepo('firstdown')
      const registries = [proxy.host, engine.registry2, engine.authRegistry]
      const tags = registries.map(registry => `${registry}/${repo}:1`)
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile() }),
        inputs: {
          tags: tags.join('\n'),
          push: 'true',
          retries: '1',
          'registry-auth': registryAuth()
        },
        env: FAST_RETRIES
      })

      expect(result.exitCode).toBe(1)
      expect(result.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Push to ${proxy.host} failed after 2 attempt\\(s\\): .*503 Service Unavailable$`
          )
        )
      ])
      const results = pushed(result)
      expect(Object.keys(results)).toEqual(registries)
      expect(results[proxy.host]).toMatchObject({ outcome: 'failed', attempts: 2 })
      const digests = new Set<string | undefined>()
      for (const registry of registries.slice(1)) {
        expect(results[registry]).toMatchObject({ outcome: 'pushed', attempts: 1 })
        expect(await listTags(registry, repo, auth(registry))).toEqual(['1'])
        const manifest = await getManifest(registry, repo, '1', auth(registry))
        expect(results[registry]?.digest).toBe(manifest?.digest)
        digests.add(manifest?.digest)
      }
      expect(digests.size).toBe(1)

      // Each push's output in one piece: from its command line to the end of its
      // fence, every line that names a registry names that push's.
      const group = pushGroup(result)
      const pushes = group.flatMap((line, i) =>
        line.startsWith('[command]docker push ') ? [i] : []
      )
      expect(pushes.map(i => group[i])).toEqual(
        expect.arrayContaining(tags.slice(1).map(tag => `[command]docker push ${tag}`))
      )
      // The build named the first registry's tags only; the others were named before their push.
      const tagged = group.findIndex(line => line.startsWith('Tagged '))
      if (engine.can.buildx && engine.can.imageStore === 'classic') {
        expect(tagged).toBeGreaterThanOrEqual(0)
        for (const tag of tags.slice(1)) {
          expect(tagged).toBeLessThan(group.indexOf(`[command]docker push ${tag}`))
        }
      }
      for (const start of pushes) {
        const tag = (group[start] ?? '').replace('[command]docker push ', '')
        const end = group.findIndex((line, i) => i > start && /^::[0-9a-f]{32}::$/.test(line))
        expect(end).toBeGreaterThan(start)
        const own = tag.slice(0, tag.indexOf('/'))
        for (const line of group.slice(start + 1, end)) {
          for (const host of registries) if (host !== own) expect(line).not.toContain(host)
        }
      }
      expect(result.post?.exitCode).toBe(0)
    } finally {
      await proxy.close()
    }
  })

  it('pushes with the engine a registry whose copy fails, and the others still get theirs', async () => {
    // The copy's first upload is refused; docker's push after it goes through.
    const proxy = await startFaultProxy(engine.registry2, { uploads: 1 })
    try {
      const repo = uniqueRepo('copyfails')
      const tags = [`${engine.registry}/${repo}:1`, `${proxy.host}/${repo}:1`]
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile() }),
        inputs: { tags: tags.join('\n'), push: 'true', retries: '0' },
        env: FAST_RETRIES
      })

      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(proxy.failed).toEqual([expect.stringMatching(/^POST \/v2\/.*\/blobs\/uploads\/$/)])
      expect(result.log).toMatch(
        new RegExp(`The copy to ${proxy.host} failed \\(.*503.*\\); pushing with docker instead\\n`)
      )
      expect(result.log).toContain(`[command]docker push ${tags[1]}`)
      const digest = output(result, 'digest')
      expect(pushed(result)[proxy.host]).toMatchObject({ outcome: 'pushed', attempts: 1 })
      expect((await getManifest(engine.registry2, repo, '1'))?.digest).toBe(digest)
      expect(await listTags(engine.registry, repo)).toEqual(['1'])
    } finally {
      await proxy.close()
    }
  })
})
