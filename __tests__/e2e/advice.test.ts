import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { formatBytes } from '../../src/report/format.js'
import { runAction, type RunResult } from './support/action.js'
import { docker, engine, makeContext, uniqueRepo } from './support/engine.js'
import { listTags } from './support/registry.js'

jest.setTimeout(180_000)

interface Annotation {
  readonly level: string
  readonly file: string
  readonly line: number
  readonly title: string
  readonly message: string
}

const unescape = (text: string): string =>
  text
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')

/** The annotations of a run, as the runner reads them from its log. */
function annotations(result: RunResult): Annotation[] {
  const found: Annotation[] = []
  for (const match of result.log.matchAll(/^::(warning|notice) ([^:]*)::(.*)$/gm)) {
    const properties = Object.fromEntries(
      (match[2] ?? '').split(',').map(pair => {
        const eq = pair.indexOf('=')
        return [pair.slice(0, eq), unescape(pair.slice(eq + 1))]
      })
    )
    found.push({
      level: match[1] ?? '',
      file: properties.file ?? '',
      line: Number(properties.line),
      title: properties.title ?? '',
      message: unescape(match[3] ?? '')
    })
  }
  return found
}

const MiB = 2 ** 20
const BASE = (): string => `FROM ${engine.baseImage}`
/** Ends every Dockerfile that is not about the user, so that only the finding tested shows. */
const USER = 'USER 1000'

async function build(files: Record<string, string>, inputs: Record<string, string> = {}) {
  const cwd = makeContext(files)
  const result = await runAction({
    cwd,
    inputs: { tags: `${engine.registry}/${uniqueRepo('advice')}:1`, ...inputs }
  })
  expect(result.errors).toEqual([])
  expect(result.exitCode).toBe(0)
  return { result, cwd, found: annotations(result) }
}

interface Case {
  readonly title: RegExp
  readonly line: number
  /** The bytes at stake, as the finding's row shows them; undefined for a finding without. */
  readonly bytes?: number
  readonly bad: () => Record<string, string>
  readonly fixed: () => Record<string, string>
}

const cases: Record<string, Case> = {
  'apt lists left in the layer': {
    title: /^apt package lists left in the layer$/,
    line: 2,
    bytes: 3 * MiB,
    bad: () => ({
      Dockerfile: [
        BASE(),
        'RUN mkdir -p /var/lib/apt/lists/partial && touch /var/lib/apt/lists/lock && \\',
        '    dd if=/dev/urandom of=/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages bs=1M count=3 2>/dev/null',
        USER
      ].join('\n')
    }),
    fixed: () => ({
      Dockerfile: [
        BASE(),
        'RUN mkdir -p /var/lib/apt/lists/partial && touch /var/lib/apt/lists/lock && \\',
        '    dd if=/dev/urandom of=/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages bs=1M count=3 2>/dev/null && \\',
        '    rm -rf /var/lib/apt/lists/*',
        USER
      ].join('\n')
    })
  },
  'the npm cache left in the layer': {
    title: /^npm cache left in the layer$/,
    line: 3,
    bytes: 2 * MiB + 300 * 1024,
    bad: () => ({
      Dockerfile: [
        BASE(),
        'WORKDIR /app',
        'RUN mkdir -p /root/.npm/_cacache/content-v2/sha512/ab node_modules && \\',
        '    dd if=/dev/urandom of=/root/.npm/_cacache/content-v2/sha512/ab/cd bs=1M count=2 2>/dev/null && \\',
        '    dd if=/dev/urandom of=/root/.npm/_cacache/index-v5 bs=1k count=300 2>/dev/null && \\',
        '    echo module > node_modules/index.js',
        USER
      ].join('\n')
    }),
    fixed: () => ({
      Dockerfile: [
        BASE(),
        'WORKDIR /app',
        'RUN mkdir -p /root/.npm/_cacache/content-v2/sha512/ab node_modules && \\',
        '    dd if=/dev/urandom of=/root/.npm/_cacache/content-v2/sha512/ab/cd bs=1M count=2 2>/dev/null && \\',
        '    echo module > node_modules/index.js && rm -rf /root/.npm',
        USER
      ].join('\n')
    })
  },
  'a file deleted two layers later': {
    title: /^Files removed in a later layer still ship$/,
    line: 2,
    bytes: 5 * MiB,
    bad: () => ({
      Dockerfile: [
        BASE(),
        'RUN mkdir /data && dd if=/dev/urandom of=/data/dump.sql bs=1M count=5 2>/dev/null',
        'COPY hello.txt /data/hello.txt',
        'RUN rm /data/dump.sql',
        USER
      ].join('\n'),
      'hello.txt': 'hello\n'
    }),
    fixed: () => ({
      Dockerfile: [BASE(), 'RUN mkdir /data', 'COPY hello.txt /data/hello.txt', USER].join('\n'),
      'hello.txt': 'hello\n'
    })
  },
  'two RUNs that merged would not ship a file': {
    title: /^RUNs that would be smaller merged$/,
    line: 2,
    bytes: 4 * MiB,
    bad: () => ({
      Dockerfile: [
        BASE(),
        'RUN dd if=/dev/urandom of=/tmp/build.o bs=1M count=4 2>/dev/null && echo linked > /app',
        'RUN rm /tmp/build.o',
        USER
      ].join('\n')
    }),
    fixed: () => ({
      Dockerfile: [
        BASE(),
        'RUN dd if=/dev/urandom of=/tmp/build.o bs=1M count=4 2>/dev/null && echo linked > /app && \\',
        '    rm /tmp/build.o',
        USER
      ].join('\n')
    })
  },
  'a compiler in the final image': {
    title: /^A C\/C\+\+ compiler in the final image$/,
    line: 2,
    bytes: 3 * MiB + 900 * 1024,
    bad: () => ({
      Dockerfile: [
        BASE(),
        'RUN mkdir -p /usr/lib/gcc/x86_64-linux-gnu/12 /usr/bin && \\',
        '    dd if=/dev/urandom of=/usr/lib/gcc/x86_64-linux-gnu/12/cc1 bs=1M count=3 2>/dev/null && \\',
        '    dd if=/dev/urandom of=/usr/bin/gcc-12 bs=1k count=900 2>/dev/null && echo app > /app',
        USER
      ].join('\n')
    }),
    fixed: () => ({
      Dockerfile: [
        `${BASE()} AS build`,
        'RUN mkdir -p /usr/lib/gcc/x86_64-linux-gnu/12 /usr/bin && \\',
        '    dd if=/dev/urandom of=/usr/lib/gcc/x86_64-linux-gnu/12/cc1 bs=1M count=3 2>/dev/null && \\',
        '    dd if=/dev/urandom of=/usr/bin/gcc-12 bs=1k count=900 2>/dev/null && echo app > /app',
        BASE(),
        'COPY --from=build /app /app',
        USER
      ].join('\n')
    })
  },
  'a large context without .dockerignore': {
    title: /^A large build context without \.dockerignore$/,
    line: 2,
    bytes: 12 * MiB,
    bad: () => ({
      Dockerfile: [BASE(), 'COPY . /src', USER].join('\n'),
      'build/output.bin': 'x'.repeat(12 * MiB)
    }),
    fixed: () => ({
      Dockerfile: [BASE(), 'COPY . /src', USER].join('\n'),
      'build/output.bin': 'x'.repeat(12 * MiB),
      '.dockerignore': 'build\n'
    })
  },
  'ADD of a local file': {
    title: /^ADD of a local file$/,
    line: 2,
    bad: () => ({
      Dockerfile: [BASE(), 'ADD hello.txt /hello.txt', USER].join('\n'),
      'hello.txt': 'hi'
    }),
    fixed: () => ({
      Dockerfile: [BASE(), 'COPY hello.txt /hello.txt', USER].join('\n'),
      'hello.txt': 'hi'
    })
  },
  'a base image without a tag': {
    title: /^Base image without a tag$/,
    line: 1,
    bad: () => ({ Dockerfile: ['FROM local/busybox', USER].join('\n') }),
    fixed: () => ({ Dockerfile: [BASE(), USER].join('\n') })
  },
  'a shell-form CMD': {
    title: /^Shell-form CMD$/,
    line: 3,
    bad: () => ({ Dockerfile: [BASE(), USER, 'CMD echo hello'].join('\n') }),
    fixed: () => ({ Dockerfile: [BASE(), USER, 'CMD ["echo", "hello"]'].join('\n') })
  },
  'no USER': {
    title: /^The image runs as root$/,
    line: 1,
    bad: () => ({ Dockerfile: [BASE(), 'RUN echo app > /app'].join('\n') }),
    fixed: () => ({ Dockerfile: [BASE(), 'RUN echo app > /app', USER].join('\n') })
  },
  'a secret in ARG': {
    title: /^A secret in ARG$/,
    line: 2,
    bad: () => ({ Dockerfile: [BASE(), 'ARG NPM_TOKEN', 'RUN echo app > /app', USER].join('\n') }),
    fixed: () => ({ Dockerfile: [BASE(), 'RUN echo app > /app', USER].join('\n') })
  }
}

beforeAll(() => {
  docker('tag', engine.baseImage, 'local/busybox:latest')
})

describe('advice on the Dockerfile', () => {
  it.each(Object.entries(cases))(
    '%s: fires on its line with its bytes, not on the fix',
    async (_name, c) => {
      const bad = await build(c.bad())
      const hits = bad.found.filter(a => c.title.test(a.title))
      expect(hits.map(a => [a.file, a.line])).toEqual([['Dockerfile', c.line]])
      const row = bad.result.summary
        .split('\n')
        .find(line => line.startsWith(`| ${c.line} |`) && c.title.test(line.split('**')[1] ?? ''))
      expect(row).toBeDefined()
      if (c.bytes !== undefined) {
        const shown = /\| ([\d.]+ [kMG]?B)(?:, [\d.]+ s)? \|$/.exec(row ?? '')?.[1]
        expect(shown).toBe(formatBytes(c.bytes))
      }
      const fixed = await build(c.fixed())
      expect(fixed.found.filter(a => c.title.test(a.title))).toEqual([])
      // The image's files were read: the fix is measured, not skipped.
      expect(fixed.result.summary).toContain('dive would score the image')
    }
  )

  it('counts wasted bytes at the deleted file’s size, the layer’s size within tar overhead', async () => {
    const { result } = await build(cases['a file deleted two layers later']!.bad())
    const section = result.summary.slice(result.summary.indexOf('### 💡 Advice'))
    expect(section).toContain('**5.24 MB** ship in files a later layer deletes or overwrites.')
    // The layer that wrote it, as docker history measures it: the file and its tar headers.
    const name = result.outputs.tags ?? ''
    const sizes = docker('history', '--human=false', '--format', '{{.Size}}', name)
      .split('\n')
      .map(Number)
      .reverse()
    const layer = sizes[1] ?? 0
    expect(layer - 5 * MiB).toBeGreaterThanOrEqual(0)
    // The containerd store's history gives the snapshot's disk blocks, not the tar's bytes.
    expect(layer - 5 * MiB).toBeLessThan(engine.can.imageStore === 'classic' ? 4096 : 64 * 1024)
    // dive's formula: the deleted file counts at its size, every other path once.
    expect(section).toMatch(
      /dive would score the image \*\*\d+\.\d %\*\* efficient, 5\.24 MB wasted\./
    )
  })

  it('measures the install that ran again after a change to the source only', async () => {
    const files = {
      Dockerfile: [
        BASE(),
        'WORKDIR /app',
        'COPY . /app',
        'RUN sleep 1 && echo npm ci > /app/installed',
        USER
      ].join('\n'),
      'package.json': '{"name": "app"}',
      // New on every run of the test: BuildKit's cache must not know it yet.
      'src/index.js': randomBytes(8).toString('hex')
    }
    const first = await build(files)
    const tag = first.result.outputs.tags ?? ''
    writeFileSync(path.join(first.cwd, 'src/index.js'), randomBytes(8).toString('hex'))
    const again = await runAction({ cwd: first.cwd, inputs: { tags: tag } })
    const [finding] = annotations(again).filter(
      a => a.title === 'Dependencies installed after the whole context'
    )
    expect(finding?.line).toBe(3)
    expect(finding?.message).toMatch(
      /The install at line 4 runs again on every source change\. It ran (\d+\.\d) s in this build\./
    )
    expect(Number(/It ran (\d+\.\d) s/.exec(finding?.message ?? '')?.[1])).toBeGreaterThanOrEqual(1)

    const fixedFiles = {
      ...files,
      Dockerfile: [
        BASE(),
        'WORKDIR /app',
        'COPY package.json /app/',
        'RUN sleep 1 && echo npm ci > /app/installed',
        'COPY . /app',
        USER
      ].join('\n')
    }
    const fixed = await build(fixedFiles)
    writeFileSync(path.join(fixed.cwd, 'src/index.js'), randomBytes(8).toString('hex'))
    const fixedAgain = await runAction({
      cwd: fixed.cwd,
      inputs: { tags: fixed.result.outputs.tags ?? '' }
    })
    expect(annotations(fixedAgain).filter(a => /^Dependencies/.test(a.title))).toEqual([])
    expect(fixedAgain.summary).toMatch(
      /\| `RUN sleep 1 && echo npm ci > \/app\/installed` \| ✅ \|/
    )
  })

  it('never repeats a secret build argument, and keeps hostile text out of markup and commands', async () => {
    const secret = `s3cr3t-${randomBytes(8).toString('hex')}`
    const { result, found } = await build(
      {
        Dockerfile: [
          BASE(),
          'ARG API_TOKEN',
          'RUN mkdir -p "/var/cache/apk/</details><img src=x onerror=alert(1)>" && \\',
          '    dd if=/dev/urandom of="/var/cache/apk/::error::pwned|x" bs=1k count=64 2>/dev/null # `</summary>`',
          USER
        ].join('\n')
      },
      { 'build-args': `API_TOKEN=${secret}` }
    )
    expect(found.map(a => a.title)).toEqual([
      'A secret in ARG',
      'apk package cache left in the layer'
    ])
    const section = result.summary.slice(
      result.summary.indexOf('### 💡 Advice'),
      result.summary.indexOf('<details>', result.summary.indexOf('### 💡 Advice'))
    )
    expect(section.replace(/`[^`\n]*`/g, '')).not.toMatch(/<img|<\/summary>|<\/details>/)
    expect(section).not.toContain(secret)
    expect(found.map(a => a.message).join('\n')).not.toContain(secret)
    // The path reaches the log inside an annotation's message, never as a command of its own.
    expect(result.errors).toEqual([])
    expect(found[1]?.message).toContain('/var/cache/apk/::error::pwned|x (65.5 kB)')
  })
})

describe('advice and the budget', () => {
  const wasteful = (): Record<string, string> => cases['a file deleted two layers later']!.bad()

  it('fails a build over max-wasted with size-check fail, and pushes nothing', async () => {
    const repo = uniqueRepo('advice-budget')
    const result = await runAction({
      cwd: makeContext(wasteful()),
      inputs: {
        tags: `${engine.registry}/${repo}:1`,
        push: 'true',
        'max-wasted': '1MB',
        'size-check': 'fail'
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual(['The image wastes 5.24 MB, over max-wasted 1.00 MB.'])
    expect(result.summary).toContain('> ❌ **Waste budget exceeded.** The image wastes 5.24 MB')
    expect(await listTags(engine.registry, repo)).toEqual([])
  })

  it('warns over a share of the added layers, and pushes', async () => {
    const repo = uniqueRepo('advice-budget')
    const result = await runAction({
      cwd: makeContext(wasteful()),
      inputs: { tags: `${engine.registry}/${repo}:1`, push: 'true', 'max-wasted': '10%' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.warnings).toContainEqual(
      expect.stringMatching(
        /^The image wastes 5\.24 MB, \d+\.\d% of the 5\.24 MB its Dockerfile added, over max-wasted 10%\.$/
      )
    )
    expect(await listTags(engine.registry, repo)).toEqual(['1'])
  })

  it('refuses a max-wasted that is not a size, naming the input, before building', async () => {
    const repo = uniqueRepo('advice-budget')
    const result = await runAction({
      cwd: makeContext(wasteful()),
      inputs: { tags: `${engine.registry}/${repo}:1`, push: 'true', 'max-wasted': 'lots' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'Input "max-wasted": "lots" is not a size; use bytes with an optional unit: B, kB, MB, GB, KiB, MiB, GiB (e.g. 500kB, 1.5GiB)'
    ])
    expect(result.log).not.toContain('#1 [internal] load build definition')
    expect(await listTags(engine.registry, repo)).toEqual([])
  })

  it('gives no annotation and no section with advice: false', async () => {
    const { result, found } = await build(wasteful(), { advice: 'false' })
    expect(found).toEqual([])
    expect(result.summary).not.toContain('Advice')
  })
})

describe('what grew, on a pull request', () => {
  it('shows the files added or grown in the layer that grew, against the base branch’s layer', async () => {
    const repo = uniqueRepo('advice-grown')
    const name = `${engine.registry}/${repo}`
    const dockerfile = [BASE(), 'COPY app/ /app/', USER].join('\n')
    const random = (bytes: number): string => randomBytes(bytes / 2).toString('hex')
    const main = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile, 'app/bin': random(MiB), 'app/conf': 'a=1' }),
      ref: 'refs/heads/main',
      inputs: { tags: `${name}:main`, push: 'true' }
    })
    expect(main.exitCode).toBe(0)

    const pr = await runAction({
      cwd: makeContext({
        Dockerfile: dockerfile,
        'app/bin': random(4 * MiB),
        'app/assets.pak': random(2 * MiB),
        'app/conf': 'a=1'
      }),
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      event: { number: 7, pull_request: { number: 7, base: { ref: 'main' } } },
      inputs: { tags: `${name}:pr-7` }
    })
    expect(pr.errors).toEqual([])
    const start = pr.summary.indexOf('| Layer | File |')
    const table = pr.summary.slice(start, pr.summary.indexOf('\n\n', start))
    const rows = table.split('\n').filter(line => line.startsWith('| '))
    // The compared layer read from the registry: /app/bin grew by 3 MiB, /app/conf did not change.
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(
        /^\| `COPY app\/ \/app\/` \+[\d.]+ MB compressed \| `\/app\/bin` \| 4\.19 MB \| \+3\.15 MB \|$/
      ),
      '|  | `/app/assets.pak` | 2.10 MB | +2.10 MB |'
    ])
  })
})
