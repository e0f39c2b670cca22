import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { formatBytes } from '../../src/report/format.js'
import { output, ran, runAction, SUCCEEDED, type RunResult } from './support/action.js'
import { startConnectProxy } from './support/connect-proxy.js'
import { docker, engine, makeContext, uniqueRepo, userDockerConfig } from './support/engine.js'
import { startGitHub, type GitHubStandIn } from './support/github.js'
import { liveMarkup, renderMarkdown } from './support/markdown.js'
import { commentMarker } from '../../src/report/sizes.js'
import { startTokenRegistry } from './support/token-registry.js'
import { getImageManifest, getManifest, listTags, type Manifest } from './support/registry.js'

jest.setTimeout(180_000)

const FIVE_MB = 5 * 2 ** 20
const BIG = 'RUN dd if=/dev/urandom of=/big bs=1M count=5'

function baseDockerfile(): string {
  return [
    `FROM ${engine.baseImage}`,
    'ENV APP=demo',
    'RUN echo base > /etc/app && mkdir /data',
    'COPY hello.txt /data/hello.txt',
    ''
  ].join('\n')
}

function context(dockerfile: string): string {
  return makeContext({ Dockerfile: dockerfile, 'hello.txt': 'hello\n' })
}

/**
 * The bytes of the files each instruction of baseDockerfile() writes: the base
 * image's busybox (scripts/engine.sh copies the host's), none for ENV, then
 * /etc/app and /data/hello.txt.
 */
function baseFileBytes(): number[] {
  return [statSync('/bin/busybox').size, 0, 'base\n'.length, 'hello\n'.length]
}

/**
 * Each history entry's uncompressed bytes, oldest first, as the summary should
 * show them: `docker history`'s on the classic store; on the containerd store,
 * where `docker history` gives disk blocks, the bytes of the files written.
 */
function expectedLayerBytes(image: string, written: readonly number[]): number[] {
  if (engine.can.imageStore === 'containerd') return [...written]
  return docker('history', '--no-trunc', '--human=false', '--format', '{{.Size}}', image)
    .split('\n')
    .map(Number)
    .reverse()
}

function compressedTotal(manifest: Manifest | undefined): number {
  if (!manifest) throw new Error('no manifest')
  return manifest.layers.reduce((sum, layer) => sum + layer.size, 0)
}

/** The rows of the summary table titled `title`, as cells. */
function tableRows(markdown: string, title: string): string[][] {
  const start = markdown.indexOf(title)
  if (start < 0) throw new Error(`no table "${title}" in:\n${markdown}`)
  const lines = markdown.slice(start).split('\n')
  const first = lines.findIndex(line => line.startsWith('|'))
  const rows: string[][] = []
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(cell => cell.trim())
    )
  }
  return rows
}

function pullRequest(number: number, baseBranch: string, extra: Record<string, unknown> = {}) {
  return {
    eventName: 'pull_request',
    ref: `refs/pull/${number}/merge`,
    event: { number, pull_request: { number, base: { ref: baseBranch }, ...extra } }
  }
}

/** Pushes the base branch's image as a push to that branch would. */
async function pushBase(name: string, branchTag = 'main'): Promise<RunResult> {
  const result = await runAction({
    cwd: context(baseDockerfile()),
    ref: `refs/heads/${branchTag}`,
    inputs: { tags: `${name}:${branchTag}`, push: 'true' }
  })
  expect(result.errors).toEqual([])
  expect(result.exitCode).toBe(0)
  return result
}

describe('size report against the base branch', () => {
  it('shows a pull request’s new 5 MB layer, 0 elsewhere, fails its budget, and pushes nothing', async () => {
    const repo = uniqueRepo('size')
    const name = `${engine.registry}/${repo}`
    await pushBase(name)
    const base = await getImageManifest(engine.registry, repo, 'main')
    const baseTotal = compressedTotal(base)

    const result = await runAction({
      cwd: context(baseDockerfile() + `${BIG}\n`),
      ...pullRequest(7, 'main'),
      inputs: { tags: `${name}:pr-7`, 'max-size-increase': '1MB', 'size-check': 'fail' }
    })

    // The budget fails the step, naming the instruction that grew, after the report is written.
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain('over max-size-increase 1.00 MB')
    expect(result.errors[0]).toContain(`Grew most: \`${BIG}\` (+5.2`)
    expect(result.summary).toContain('❌ **Size budget exceeded.**')

    // Only the new layer changed: +5 MiB of random bytes plus gzip's overhead.
    const delta = Number(output(result, 'size-delta'))
    expect(delta).toBeGreaterThanOrEqual(FIVE_MB)
    expect(delta).toBeLessThan(FIVE_MB + 4096)
    const rows = tableRows(result.summary, 'Layers compared')
    const changed = rows.filter(row => row[3] !== '0')
    expect(changed).toEqual([
      [`\`${BIG}\``, '0 B', formatBytes(delta), `**+${formatBytes(delta)}**`],
      [
        '**Total**',
        formatBytes(baseTotal),
        formatBytes(baseTotal + delta),
        `**+${formatBytes(delta)}**`
      ]
    ])
    expect(rows).toHaveLength(base.layers.length + 2) // every base layer, unchanged; the new one; the total

    // The total is the registry's compressed size of the base plus the new layer.
    expect(Number(output(result, 'compressed-size'))).toBe(baseTotal + delta)
    expect(await listTags(engine.registry, repo)).toEqual(['main'])

    // Pushed for real, the new layer is the size measured here, within gzip's few bytes.
    const image = output(result, 'imageid')
    docker('tag', image, `${name}:pushed-to-check`)
    docker('push', `${name}:pushed-to-check`)
    const pushed = await getImageManifest(engine.registry, repo, 'pushed-to-check')
    const pushedTotal = compressedTotal(pushed)
    expect(Math.abs(pushedTotal - (baseTotal + delta))).toBeLessThan(256)
    expect(pushed.layers.slice(0, -1)).toEqual(base.layers)
  })

  it('checks a failing budget before a push, and pushes nothing when it is exceeded', async () => {
    const repo = uniqueRepo('size-gate')
    const name = `${engine.registry}/${repo}`
    const result = await runAction({
      cwd: context(baseDockerfile()),
      inputs: { tags: `${name}:main`, push: 'true', 'max-size': '100kB', 'size-check': 'fail' }
    })

    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(/^The image is 1\.\d\d MB compressed, over max-size 100 kB\./)
    expect(await listTags(engine.registry, repo)).toEqual([])
    expect(output(result, 'digest')).toBe('')
    expect(result.summary).toContain('**Tags** (not pushed)')
    expect(result.summary).toContain('❌ **Size budget exceeded.**')
  })

  it('warns only, with size-check warn, and compares with compare-to when given', async () => {
    const repo = uniqueRepo('size-warn')
    const name = `${engine.registry}/${repo}`
    await pushBase(name, 'release')

    const result = await runAction({
      cwd: context(baseDockerfile() + `${BIG}\n`),
      ...pullRequest(8, 'main'), // main has no image: compare-to overrides the default
      inputs: { tags: `${name}:pr-8`, 'compare-to': `${name}:release`, 'max-size': '2MB' }
    })

    expect(result.exitCode).toBe(0)
    expect(result.errors).toEqual([])
    expect(result.warnings.join('\n')).toMatch(
      /compressed, over max-size 2.00 MB. Grew most: `RUN dd/
    )
    expect(result.summary).toContain(`**Against \`${name}:release\`**`)
    expect(result.summary).toContain('⚠️ **Size budget exceeded.**')
  })

  it("compares with the image the base branch's tag rules give", async () => {
    const repo = uniqueRepo('size-rules')
    const name = `${engine.registry}/${repo}`
    // Only the default branch gets `latest`; pull requests get pr-N.
    const rules = 'type=raw,value=latest,enable={{is_default_branch}}\ntype=ref,event=pr'
    const repository = { name: 'hello', default_branch: 'main' }
    const base = await runAction({
      cwd: context(baseDockerfile()),
      ref: 'refs/heads/main',
      event: { repository },
      inputs: { images: name, tags: rules, push: 'true' }
    })
    expect(base.errors).toEqual([])
    expect(await listTags(engine.registry, repo)).toEqual(['latest'])

    const pr = pullRequest(10, 'main')
    const result = await runAction({
      cwd: context(baseDockerfile() + `${BIG}\n`),
      ...pr,
      event: { ...pr.event, repository },
      inputs: { images: name, tags: rules }
    })

    expect(result.errors).toEqual([])
    expect(output(result, 'tags')).toBe(`${name}:pr-10`)
    expect(result.summary).toContain(`**Against \`${name}:latest\`**`)
    expect(Number(output(result, 'size-delta'))).toBeGreaterThanOrEqual(FIVE_MB)
  })

  it.each([
    ['a base branch without an image yet', { ...pullRequest(9, 'feature/new') }, {}, 'feature-new'],
    ['a compare-to that does not exist', { eventName: 'push' }, { 'compare-to': 'X:nope' }, 'nope']
  ])(
    'says there is nothing to compare with for %s, and succeeds',
    async (_, event, inputs, tag) => {
      const repo = uniqueRepo('size-none')
      const name = `${engine.registry}/${repo}`
      const compareTo = (inputs as Record<string, string>)['compare-to']?.replace('X', name)
      const result = await runAction({
        cwd: context(baseDockerfile()),
        ...event,
        inputs: {
          tags: `${name}:pr`,
          'max-size-increase': '1B',
          'size-check': 'fail',
          ...(compareTo ? { 'compare-to': compareTo } : {})
        }
      })

      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.summary).toContain(
        `Nothing to compare with: \`${name}:${tag}\` is not in the registry yet.`
      )
      expect(output(result, 'size-delta')).toBe('')
      expect(Number(output(result, 'compressed-size'))).toBeGreaterThan(0)
    }
  )
})

describe('size report of an image nothing needs measured', () => {
  it('leaves compressed sizes out rather than compressing every layer here, unless the store keeps them', async () => {
    const repo = uniqueRepo('size-unmeasured')
    const name = `${engine.registry}/${repo}`
    const result = await runAction({
      cwd: context(baseDockerfile() + `${BIG}\n`),
      inputs: { tags: `${name}:dev` }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(output(result, 'size-delta')).toBe('')
    // The history lists every instruction with its uncompressed size, without exporting the
    // image on the classic store (docker history and inspect give the same figures).
    const rows = tableRows(result.summary, 'History: ')
    expect(rows.map(row => row[1])).toEqual(
      expectedLayerBytes(`${name}:dev`, [...baseFileBytes(), FIVE_MB]).map(formatBytes)
    )
    expect(rows.find(row => row[0] === `\`${BIG}\``)?.[1]).toBe(formatBytes(FIVE_MB))
    const layers = docker('image', 'inspect', '--format', '{{len .RootFS.Layers}}', `${name}:dev`)
    expect(tableRows(result.summary, '### 📦 Size')[0]?.[2]).toBe(layers)
    const compressed = rows.map(row => row[2])

    if (engine.can.imageStore === 'classic') {
      expect(output(result, 'compressed-size')).toBe('')
      expect(result.summary).toContain('Compressed sizes are measured when the image is pushed')
      expect(compressed.every(cell => cell === '—')).toBe(true)
    } else {
      // The containerd store keeps each layer compressed, as a push uploads it: the sizes are
      // free, and the registry records the same ones once the image is pushed.
      docker('push', `${name}:dev`)
      const pushed = await getImageManifest(engine.registry, repo, 'dev')
      expect(Number(output(result, 'compressed-size'))).toBe(compressedTotal(pushed))
      expect(compressed.filter(cell => cell !== '—')).toEqual(
        pushed.layers.map(layer => formatBytes(layer.size))
      )
      expect(result.summary).not.toContain('Compressed sizes are measured when')
    }
  })
})

describe('size report of a pushed image', () => {
  it("agrees with the layers' bytes (docker history's on the classic store) and the registry manifest (compressed)", async () => {
    const repo = uniqueRepo('size-pushed')
    const name = `${engine.registry}/${repo}`
    const result = await pushBase(name)
    const manifest = await getImageManifest(engine.registry, repo, 'main')

    expect(Number(output(result, 'compressed-size'))).toBe(compressedTotal(manifest))
    const rows = tableRows(result.summary, 'History:')
    expect(rows.map(row => row[1])).toEqual(
      expectedLayerBytes(`${name}:main`, baseFileBytes()).map(formatBytes)
    )
    const compressed = rows.map(row => row[2]).filter(cell => cell !== '—')
    expect(compressed).toEqual(manifest.layers.map(layer => formatBytes(layer.size)))
    expect(rows.map(row => row[0])).toEqual([
      `\`${engine.baseImage}\` base image, 1 layer`,
      '`ENV APP=demo`',
      '`RUN echo base > /etc/app && mkdir /data`',
      '`COPY hello.txt /data/hello.txt`'
    ])
    expect(result.summary).toContain(
      `| ${formatBytes(compressedTotal(manifest))} | ${formatBytes(Number(output(result, 'size')))} | 3 |`
    )
    expect(result.summary).not.toContain('are measured here, as a push')
    // The tag's digest: the image manifest's on the classic store, the index's on the containerd store.
    const tagged = await getManifest(engine.registry, repo, 'main')
    expect(result.summary).toContain(
      `| ${engine.registry} | \`${name}:main\` | \`${tagged?.digest}\` |`
    )
  })

  it('still sets the size outputs with the summary switched off', async () => {
    const repo = uniqueRepo('size-quiet')
    const result = await runAction({
      cwd: context(baseDockerfile()),
      inputs: { tags: `${engine.registry}/${repo}:1`, push: 'true', summary: 'false' }
    })
    const manifest = await getImageManifest(engine.registry, repo, '1')
    expect(result.exitCode).toBe(0)
    expect(result.summary).toBe('')
    expect(Number(output(result, 'compressed-size'))).toBe(compressedTotal(manifest))
  })

  it('reads a base image from a registry that needs credentials, from the docker config', async () => {
    const repo = uniqueRepo('size-auth')
    const authName = `${engine.authRegistry}/${repo}`
    const auth = Buffer.from(`${engine.user}:${engine.password}`).toString('base64')
    const config = userDockerConfig({ [engine.authRegistry]: { auth } })
    const first = await runAction({
      cwd: context(baseDockerfile()),
      inputs: { tags: `${authName}:main` }
    })
    execFileSync('docker', ['push', `${authName}:main`], {
      env: { ...process.env, DOCKER_CONFIG: config },
      stdio: 'ignore'
    })
    expect(first.exitCode).toBe(0)

    const pr = { ...pullRequest(10, 'main'), inputs: { tags: `${authName}:pr-10` } }
    const withCredentials = await runAction({
      cwd: context(baseDockerfile() + 'RUN echo more > /more\n'),
      ...pr,
      env: { DOCKER_CONFIG: config }
    })
    const without = await runAction({ cwd: context(baseDockerfile()), ...pr })

    expect(withCredentials.exitCode).toBe(0)
    expect(withCredentials.summary).toContain(`**Against \`${authName}:main\`**`)
    expect(
      tableRows(withCredentials.summary, 'Layers compared').filter(r => r[3] !== '0')
    ).toHaveLength(2)
    // Without credentials the comparison is missing, not the step.
    expect(without.exitCode).toBe(0)
    expect(without.summary).toMatch(
      /Nothing to compare with: .* could not be read \(.* asks for credentials/
    )
    for (const run of [withCredentials, without]) {
      const everything =
        run.log + run.summary + JSON.stringify(run.state) + JSON.stringify(run.outputs)
      expect(everything).not.toContain(engine.password)
      expect(everything).not.toContain(auth)
    }
  })
})

describe('registry access', () => {
  it('gets a Bearer token with the docker config credentials, and retries a 503', async () => {
    const repo = uniqueRepo('size-token')
    const name = `${engine.registry}/${repo}`
    await pushBase(name)
    const front = await startTokenRegistry(engine.registry, 'robot', 'robot-secret-pw')
    try {
      const auth = Buffer.from('robot:robot-secret-pw').toString('base64')
      const config = userDockerConfig({ [front.host]: { auth } })
      front.failNext = 1
      const result = await runAction({
        cwd: context(baseDockerfile() + 'RUN echo more > /more\n'),
        env: { DOCKER_CONFIG: config },
        inputs: { tags: `${name}:next`, 'compare-to': `${front.host}/${repo}:main` }
      })

      expect(result.exitCode).toBe(0)
      expect(result.summary).toContain(`**Against \`${front.host}/${repo}:main\`**`)
      const changed = tableRows(result.summary, 'Layers compared').filter(r => r[3] !== '0')
      expect(changed.map(row => row[0])).toEqual(['`RUN echo more > /more`', '**Total**'])
      expect(front.log.slice(0, 4)).toEqual([
        `503 GET /v2/${repo}/manifests/main`,
        `401 GET /v2/${repo}/manifests/main`,
        '200 GET /token',
        `200 GET /v2/${repo}/manifests/main`
      ])
      const everything = result.log + result.summary + JSON.stringify(result.state)
      for (const secret of ['robot-secret-pw', auth, front.token]) {
        expect(everything).not.toContain(secret)
      }
    } finally {
      await front.close()
    }
  })

  it('picks the image of the built platform from a multi-platform index', async () => {
    const repo = uniqueRepo('size-index')
    const name = `${engine.registry}/${repo}`
    await pushBase(name)
    const other = await runAction({
      cwd: context(`FROM ${engine.baseImage}\nRUN echo other > /other\n`),
      inputs: { tags: `${name}:other`, push: 'true' }
    })
    expect(other.exitCode).toBe(0)
    const amd64 = await getImageManifest(engine.registry, repo, 'main')
    const arm64 = await getImageManifest(engine.registry, repo, 'other')
    // An index entry's size is the byte length of the manifest as the registry stores it.
    const entry = async (m: Manifest, architecture: string) => {
      const stored = await fetch(`http://${engine.registry}/v2/${repo}/manifests/${m.digest}`, {
        headers: { Accept: m.mediaType }
      })
      const size = (await stored.arrayBuffer()).byteLength
      return {
        mediaType: m.mediaType,
        digest: m.digest,
        size,
        platform: { os: 'linux', architecture }
      }
    }
    const index = {
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
      manifests: [await entry(arm64, 'arm64'), await entry(amd64, 'amd64')]
    }
    const put = await fetch(`http://${engine.registry}/v2/${repo}/manifests/multi`, {
      method: 'PUT',
      headers: { 'Content-Type': index.mediaType },
      body: JSON.stringify(index)
    })
    expect(put.status).toBe(201)

    const result = await runAction({
      cwd: context(baseDockerfile()),
      inputs: { tags: `${name}:next`, 'compare-to': `${name}:multi` }
    })

    expect(result.exitCode).toBe(0)
    expect(output(result, 'size-delta')).toBe('0')
    // The arm64 entry (another image) was passed over: every layer is the base's.
    const rows = tableRows(result.summary, 'Layers compared')
    expect(rows.map(row => row[3])).toEqual([...amd64.layers.map(() => '0'), '**0 B**'])
  })

  it('degrades to a note when the base registry cannot be reached', async () => {
    const repo = uniqueRepo('size-down')
    const result = await runAction({
      cwd: context(baseDockerfile()),
      inputs: { tags: `${engine.registry}/${repo}:x`, 'compare-to': `127.0.0.1:9/${repo}:main` }
    })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain(
      `Nothing to compare with: \`127.0.0.1:9/${repo}:main\` could not be read`
    )
    expect(result.warnings.join('\n')).toContain('could not be read')
  })

  it.each([
    ['max-size', 'big', /"big" is not a size; use bytes with an optional unit/],
    ['max-size-increase', '5 percent', /"5 percent" is not a size/],
    ['size-check', 'block', /"block" is not warn or fail/],
    ['comment', 'sure', /"sure" is not a boolean/],
    ['compare-to', 'Not A/Ref', /"Not A\/Ref" is not a valid image reference/]
  ])('fails clearly on a bad %s, building and pushing nothing', async (input, value, reason) => {
    const repo = uniqueRepo('size-bad')
    const result = await runAction({
      cwd: context(baseDockerfile()),
      inputs: { tags: `${engine.registry}/${repo}:1`, push: 'true', [input]: value }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(`Input "${input}"`)
    expect(result.errors[0]).toMatch(reason)
    expect(result.log).not.toContain('[command]')
    expect(await listTags(engine.registry, repo)).toEqual([])
  })
})

describe('pull request comment', () => {
  let github: GitHubStandIn | undefined
  afterEach(async () => {
    await github?.close()
    github = undefined
  })

  it("renders a fork's Dockerfile text as text: no image, link or mention in the summary or the comment", async () => {
    const repo = uniqueRepo('size-markup')
    const name = `${engine.registry}/${repo}`
    await pushBase(name)
    github = await startGitHub('octo-org/hoist-demo', 12)
    const hostile = '` @octocat <img src=https://e.example/x.png> [docs](https://e.example) #1 `'
    // The runner masks a secret only whole: a cell cut inside it would show the rest.
    const token = `ghp_${'k3yMat3rial'.repeat(3)}`
    const dockerfile = [
      `FROM ${engine.baseImage} AS base`,
      'ARG NPM_TOKEN',
      `ENV PADDING=${'p'.repeat(40)} NPM_TOKEN=$NPM_TOKEN`,
      `RUN echo '${hostile}' > /note && dd if=/dev/urandom of=/big bs=1M count=2`,
      ''
    ].join('\n')
    const result = await runAction({
      cwd: context(dockerfile),
      ...pullRequest(12, 'main'),
      env: { GITHUB_API_URL: github.url },
      inputs: {
        tags: `${name}:pr-12`,
        'compare-to': `${name}:main`,
        'build-args': `NPM_TOKEN=${token}`,
        'max-size-increase': '1MB',
        comment: 'true',
        'github-token': 'ghs_standInToken0123456789'
      }
    })

    expect(result.errors).toEqual([])
    expect(result.warnings.join('\n')).toContain('@octocat <img') // the log is not Markdown
    const comment = github.comments[0]?.body ?? ''
    expect(comment).toContain('Size budget exceeded')
    for (const markdown of [result.summary, comment]) {
      const html = renderMarkdown(markdown)
      expect(html).toContain('@octocat') // shown, as text or code
      expect(liveMarkup(html)).toEqual([])
    }
    // What the runner shows of the summary, the token masked: no part of it is left.
    const masked = result.summary.replaceAll(token, '***')
    for (let i = 0; i + 8 <= token.length; i++) {
      expect(masked).not.toContain(token.slice(i, i + 8))
    }
  })

  it.each([
    ['the Actions token', 'ghs_standInToken0123456789', 'github-actions[bot]', 'hoist-bot'],
    ['a personal token', 'ghp_personalToken0123456789', 'hoist-bot', 'github-actions[bot]']
  ])(
    "with %s, edits only its own user's comment, never one someone else posted with the marker",
    async (_, token, own, other) => {
      const repo = uniqueRepo('size-sticky')
      const name = `${engine.registry}/${repo}`
      await pushBase(name)
      github = await startGitHub('octo-org/hoist-demo', 13)
      github.users['ghp_personalToken0123456789'] = 'hoist-bot'
      const forged = `${commentMarker(name)}\nAll good, merge it.`
      github.comments.push(
        { id: 1, body: forged, user: { login: 'mallory' } },
        { id: 2, body: forged, user: { login: other } }
      )
      const run = (line: string) =>
        runAction({
          cwd: context(baseDockerfile() + `${line}\n`),
          ...pullRequest(13, 'main'),
          env: { GITHUB_API_URL: github!.url },
          inputs: { tags: `${name}:pr-13`, comment: 'true', 'github-token': token }
        })

      const first = await run('RUN echo one > /one')
      const second = await run('RUN echo two > /two')

      expect([first.exitCode, second.exitCode]).toEqual([0, 0])
      expect(github.comments.slice(0, 2).map(c => c.body)).toEqual([forged, forged])
      expect(github.comments).toHaveLength(3)
      const mine = github.comments[2]!
      expect(mine.user.login).toBe(own)
      expect(mine.body).toContain('RUN echo two')
      expect(github.requests.filter(r => !r.startsWith('GET'))).toEqual([
        'POST /repos/octo-org/hoist-demo/issues/13/comments',
        `PATCH /repos/octo-org/hoist-demo/issues/comments/${mine.id}`
      ])
      expect(github.requests).toContain('GET /user')
    }
  )

  it("reaches GitHub's API through the runner's proxy (HTTPS_PROXY)", async () => {
    const repo = uniqueRepo('size-proxy')
    const name = `${engine.registry}/${repo}`
    await pushBase(name)
    github = await startGitHub('octo-org/hoist-demo', 14)
    // The API has a name only the proxy knows: a request that goes around it fails.
    const proxy = await startConnectProxy({ 'api.github.test': '127.0.0.1' })
    const api = `api.github.test:${new URL(github.url).port}`
    try {
      const result = await runAction({
        cwd: context(baseDockerfile() + 'RUN echo proxied > /proxied\n'),
        ...pullRequest(14, 'main'),
        env: { GITHUB_API_URL: `http://${api}`, HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url },
        inputs: {
          tags: `${name}:pr-14`,
          comment: 'true',
          'github-token': 'ghs_standInToken0123456789'
        }
      })
      expect(ran(result)).toEqual(SUCCEEDED)
      expect(result.warnings).toEqual([])
      expect(github.comments.map(comment => comment.body)).toEqual([
        expect.stringContaining('RUN echo proxied > /proxied')
      ])
      expect(proxy.tunnels).toContain(api)
    } finally {
      await proxy.close()
    }
  })

  it('is created once, then updated in place, and refused writes become a note', async () => {
    const repo = uniqueRepo('size-comment')
    const name = `${engine.registry}/${repo}`
    await pushBase(name)
    github = await startGitHub('octo-org/hoist-demo', 11)
    github.comments.push({ id: 1, body: 'LGTM', user: { login: 'reviewer' } })
    const token = 'ghs_standInToken0123456789'
    const run = (dockerfile: string, extra: Record<string, unknown> = {}) =>
      runAction({
        cwd: context(dockerfile),
        ...pullRequest(11, 'main', extra),
        env: { GITHUB_API_URL: github!.url },
        inputs: { tags: `${name}:pr-11`, comment: 'true', 'github-token': token }
      })

    const first = await run(baseDockerfile() + 'RUN echo one > /one\n')
    expect(first.exitCode).toBe(0)
    expect(github.comments).toHaveLength(2)
    const mine = github.comments[1]!
    expect(mine.body).toContain(`<!-- hoist:size-report ${name} -->`)
    expect(mine.body).toContain(`**Against \`${name}:main\`**`)
    expect(mine.body).toContain('RUN echo one > /one')

    const second = await run(baseDockerfile() + `${BIG}\n`)
    expect(second.exitCode).toBe(0)
    expect(github.comments).toHaveLength(2)
    expect(github.comments[1]).toEqual({
      id: mine.id,
      body: expect.stringContaining(BIG),
      user: { login: 'github-actions[bot]' }
    })
    expect(github.comments[1]!.body).not.toContain('RUN echo one')
    expect(github.requests.filter(r => !r.startsWith('GET'))).toEqual([
      'POST /repos/octo-org/hoist-demo/issues/11/comments',
      `PATCH /repos/octo-org/hoist-demo/issues/comments/${mine.id}`
    ])
    expect(new Set(github.authorizations)).toEqual(new Set([`Bearer ${token}`]))

    github.refuseWrites = 403
    const fork = await run(baseDockerfile(), {
      base: { ref: 'main', repo: { full_name: 'octo-org/hoist-demo' } },
      head: { repo: { full_name: 'someone/hoist-demo' } }
    })
    expect(fork.exitCode).toBe(0)
    expect(fork.summary).toContain(
      "No pull request comment: GitHub refused it (403); a fork's pull request gets a read-only token."
    )
    expect(github.comments).toHaveLength(2)

    // The same workflow on a push to the branch: no pull request, so no call and no note.
    const calls = github.requests.length
    const push = await runAction({
      cwd: context(baseDockerfile()),
      env: { GITHUB_API_URL: github.url },
      inputs: { tags: `${name}:main`, comment: 'true', 'github-token': token }
    })
    expect(push.exitCode).toBe(0)
    expect(github.requests).toHaveLength(calls)
    expect(push.summary).not.toContain('pull request comment')

    for (const result of [first, second, fork, push]) {
      // The runner consumes ::add-mask:: lines: they are how a secret gets masked.
      const log = result.log.replace(/^::add-mask::.*$/gm, '')
      const everything =
        log + result.summary + JSON.stringify(result.state) + JSON.stringify(result.outputs)
      expect(everything).not.toContain(token)
      expect(result.log).toContain(`::add-mask::${token}`)
    }
  })
})

describe('the base image in the history', () => {
  it("is one row with its name, its layer count and the base image's own sizes", async () => {
    const repo = uniqueRepo('size-base-row')
    const base = `${engine.registry}/${repo}-base:1`
    const baseContext = makeContext({
      Dockerfile: [
        `FROM ${engine.baseImage}`,
        'RUN dd if=/dev/urandom of=/lib.so bs=1k count=700 2>/dev/null',
        'ENV LANG=C.UTF-8',
        'RUN mkdir /etc/app && echo base > /etc/app/conf',
        ''
      ].join('\n')
    })
    execFileSync('docker', ['build', '--quiet', '--tag', base, baseContext], {
      env: { ...process.env, DOCKER_BUILDKIT: '1' },
      stdio: 'ignore'
    })
    docker('push', base)
    const baseManifest = await getImageManifest(engine.registry, `${repo}-base`, '1')
    const baseLayers = Number(
      docker('image', 'inspect', '--format', '{{len .RootFS.Layers}}', base)
    )
    // The base's own bytes: the classic store's figure; the containerd store's is its
    // compressed blobs', so there the bytes of the files the base's layers hold.
    const baseSize =
      engine.can.imageStore === 'classic'
        ? Number(docker('image', 'inspect', '--format', '{{.Size}}', base))
        : statSync('/bin/busybox').size + 700 * 1024 + 'base\n'.length

    const result = await runAction({
      cwd: makeContext({ Dockerfile: [`FROM ${base}`, 'ENV APP=demo', BIG, ''].join('\n') }),
      inputs: { tags: `${engine.registry}/${repo}:1`, push: 'true' }
    })

    expect(result.errors).toEqual([])
    const rows = tableRows(result.summary, 'History:')
    expect(baseLayers).toBe(3)
    expect(rows).toEqual([
      [
        `\`${base}\` base image, 3 layers`,
        formatBytes(baseSize),
        formatBytes(compressedTotal(baseManifest)),
        ''
      ],
      ['`ENV APP=demo`', '0 B', '—', ''],
      [
        `\`${BIG}\``,
        formatBytes(FIVE_MB),
        expect.stringMatching(/MB$/),
        expect.stringMatching(/^(built|✅)$/)
      ]
    ])
  })
})
