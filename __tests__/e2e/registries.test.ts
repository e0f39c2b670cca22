import { describe, expect, it, jest } from '@jest/globals'
import {
  BUILD_COMMAND,
  everything,
  maskedValues,
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
  it('pushes to three registries in one push, through the relay: each holds every tag, under the digest the outputs give', async () => {
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

    // One push, to the relay on 127.0.0.1, wrote all three: the build pushed nothing,
    // and nothing was copied after.
    const group = pushGroup(result)
    const commands = result.log.split('\n').filter(line => line.startsWith('[command]'))
    const build = commands.filter(line => BUILD_COMMAND.test(line))
    expect(build).toHaveLength(1)
    expect(build[0]).not.toContain('--push')
    const relay =
      /^Pushing once, through Hoist's relay on (127\.0\.0\.1:\d+), to (.*) at the same time$/
    const announced = group.map(line => relay.exec(line)).find(match => match)
    expect(announced?.[2]).toBe(registries.join(', '))
    const pushes = commands.filter(line => /^\[command\]docker push /.test(line))
    expect(pushes).toEqual([`[command]docker push ${announced?.[1]}/${repo}:1`])
    expect(group.filter(line => /^Copying |^The relay could not/.test(line))).toEqual([])

    // The image carries every tag, as after pushes one by one.
    const image = output(result, 'imageid')
    const named = JSON.parse(
      docker('image', 'inspect', '--format', '{{json .RepoTags}}', image)
    ) as string[]
    expect([...named].sort()).toEqual(expect.arrayContaining([...tags].sort()))
    // The relay's name is gone again.
    expect(named.filter(name => name.startsWith('127.0.0.1:') && !tags.includes(name))).toEqual([])
    expect(everything(result)).not.toContain(engine.password)
    // The relay's password (masked, as every secret is) is nowhere either.
    const masked = maskedValues(result)
    expect(masked.length).toBeGreaterThanOrEqual(2)
    for (const secret of masked) expect(everything(result)).not.toContain(secret)
    expect(result.post?.exitCode).toBe(0)
  })

  it('leaves a registry that fails out of the relay: the others hold the image, and it is tried by copy, then by the engine', async () => {
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

      // The relay tried its manifest twice (retries: 1), the copy from the second
      // registry twice, and the engine's own push twice at least (containerd's
      // pusher tries again within one push).
      expect(proxy.failed.filter(line => line.startsWith('PUT ')).length).toBeGreaterThanOrEqual(6)
      const group = pushGroup(result)
      const said = (pattern: string) => group.findIndex(line => new RegExp(pattern).test(line))
      const steps = [
        `^::warning::Tag ${proxy.host}/${repo}:1: attempt 1 of 2 failed`,
        `^The relay could not write to ${proxy.host}: .*503`,
        `^Copying ${engine.registry2}/${repo}:1 \\(sha256:[0-9a-f]{64}\\) to ${proxy.host}/${repo}:1$`,
        `^The copy to ${proxy.host} failed \\(.*503.*\\); pushing with docker instead$`,
        `^\\[command\\]docker push ${proxy.host}/${repo}:1$`
      ].map(said)
      expect(steps.every(at => at >= 0)).toBe(true)
      expect([...steps].sort((a, b) => a - b)).toEqual(steps)
      expect(result.post?.exitCode).toBe(0)
    } finally {
      await proxy.close()
    }
  })

  it('copies a registry the relay could not write from one it did', async () => {
    // The relay's first upload to it is refused: the registry is left out of the push.
    const proxy = await startFaultProxy(engine.registry2, { uploads: 1 })
    try {
      const repo = uniqueRepo('copied')
      const tags = [`${engine.registry}/${repo}:1`, `${proxy.host}/${repo}:1`]
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile() }),
        inputs: { tags: tags.join('\n'), push: 'true', retries: '0' },
        env: FAST_RETRIES
      })

      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(proxy.failed).toEqual([expect.stringMatching(/^POST \/v2\/.*\/blobs\/uploads\/$/)])
      const digest = output(result, 'digest')
      const group = pushGroup(result)
      const relayFailed = group.findIndex(line =>
        new RegExp(`^The relay could not write to ${proxy.host}: .*503`).test(line)
      )
      expect(relayFailed).toBeGreaterThanOrEqual(0)
      expect(group.slice(relayFailed)).toContain(`Copying ${tags[0]} (${digest}) to ${tags[1]}`)
      expect(group.filter(line => line.startsWith('[command]docker push '))).toHaveLength(1)
      expect(pushed(result)[proxy.host]).toMatchObject({ outcome: 'pushed', attempts: 1, digest })
      expect((await getManifest(engine.registry2, repo, '1'))?.digest).toBe(digest)
      expect(await listTags(engine.registry, repo)).toEqual(['1'])
    } finally {
      await proxy.close()
    }
  })
})
