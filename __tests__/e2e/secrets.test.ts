import { describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { output, runAction, type RunResult } from './support/action.js'
import { docker, engine, fileIn, makeContext, uniqueRepo } from './support/engine.js'

jest.setTimeout(120_000)

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Every text a run leaves, but the `::add-mask::` lines the runner consumes and never shows. */
function everything(result: RunResult): string {
  const logs = `${result.log}\n${result.post?.log ?? ''}`
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  return [
    logs,
    JSON.stringify(result.outputs),
    JSON.stringify(result.state),
    JSON.stringify(result.exportedEnv),
    result.summary,
    readFileSync(path.join(result.runnerDir, 'state'), 'utf8')
  ].join('\n')
}

describe('BuildKit secrets', () => {
  it('reach the build from values, environment variables and files, and nothing else', async () => {
    const token = `tok-${randomBytes(12).toString('hex')}`
    const npm = `npm-${randomBytes(12).toString('hex')}`
    const key = `key-${randomBytes(12).toString('hex')}`
    const keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'hoist-secret-')), 'id_key')
    writeFileSync(keyFile, key)
    const hash = (id: string): string =>
      `busybox sha256sum /run/secrets/${id} | busybox cut -d" " -f1 > /${id}.sha`
    const cwd = makeContext({
      Dockerfile: [
        `FROM ${engine.baseImage}`,
        `RUN --mount=type=secret,id=token --mount=type=secret,id=npm --mount=type=secret,id=key \\`,
        `    sh -c '${hash('token')} && ${hash('npm')} && ${hash('key')}'`,
        ''
      ].join('\n')
    })
    const name = `${engine.registry}/${uniqueRepo('secrets')}`

    const result = await runAction({
      cwd,
      env: { NPM_TOKEN: npm },
      inputs: {
        tags: `${name}:1`,
        push: 'true',
        secrets: `token=${token}`,
        'secret-envs': 'npm=NPM_TOKEN',
        'secret-files': `key=${keyFile}`,
        // BuildKit keys no cache on a secret's value: a kept engine would give an old run's hashes.
        'no-cache': 'true'
      }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    // The build saw each secret: the image holds their hashes, not them.
    const image = output(result, 'imageid')
    for (const [id, value] of [
      ['token', token],
      ['npm', npm],
      ['key', key]
    ] as const) {
      expect(fileIn(image, `/${id}.sha`)).toBe(sha256(value))
    }
    // The value given as an input was masked for the log...
    expect(result.log).toContain(`::add-mask::${token}`)
    // ...and no secret is in any log line, argv, output, state, summary or the image.
    const texts = everything(result)
    const saved = execFileSync('docker', ['save', image], { maxBuffer: 64 * 2 ** 20 })
    const history = docker('history', '--no-trunc', image)
    const inspect = docker('image', 'inspect', image)
    for (const secret of [token, npm, key]) {
      expect(texts).not.toContain(secret)
      expect(saved.includes(Buffer.from(secret))).toBe(false)
      expect(history).not.toContain(secret)
      expect(inspect).not.toContain(secret)
    }
  })

  it('take multi-line values (a PEM key, a JSON key) in quotes, as build-push-action documents', async () => {
    const body = randomBytes(96).toString('base64').replace(/.{48}/g, '$&\n').trim()
    const pem = `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`
    const json = JSON.stringify(
      { type: 'service_account', key: randomBytes(16).toString('hex') },
      null,
      2
    )
    const cwd = makeContext({
      Dockerfile: [
        `FROM ${engine.baseImage}`,
        'RUN --mount=type=secret,id=pem --mount=type=secret,id=json \\',
        '    sh -c \'busybox sha256sum /run/secrets/pem /run/secrets/json | busybox cut -d" " -f1 > /sha\'',
        ''
      ].join('\n')
    })

    const result = await runAction({
      cwd,
      inputs: {
        tags: `${engine.registry}/${uniqueRepo('secrets-multiline')}:1`,
        // A quoted entry spans lines; a quote inside it is doubled.
        secrets: `"pem=${pem}"\n"json=${json.replaceAll('"', '""')}"\n`
      }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const image = output(result, 'imageid')
    expect(fileIn(image, '/sha').split('\n')).toEqual([sha256(pem), sha256(json)])
    // Masked whole and line by line (the runner masks within a line); in no text the run leaves.
    const lines = [...pem.split('\n'), ...json.split('\n').map(line => line.trim())].filter(
      line => line.length >= 8
    )
    const texts = everything(result)
    for (const line of lines) {
      expect(result.log).toContain(`::add-mask::${line}`)
      expect(texts).not.toContain(line)
    }
    expect(docker('history', '--no-trunc', image)).not.toContain(body.slice(0, 40))
  })

  it.each([
    [
      'an unclosed quote in secrets',
      { secrets: 'ok=1\n"pem=s3cr3t\nmore' },
      'secrets',
      'line 2 opens a quote that is never closed'
    ],
    [
      'a secrets line without =',
      { secrets: 'just-the-value-s3cr3t' },
      'secrets',
      'line 1 is not of the form id=value'
    ],
    [
      'a missing environment variable',
      { 'secret-envs': 'npm=NO_SUCH_VAR' },
      'secret-envs',
      'the environment has no NO_SUCH_VAR'
    ],
    [
      'a missing secret file',
      { 'secret-files': 'key=/no/such/file' },
      'secret-files',
      'no such file'
    ]
  ])(
    'fail clearly on %s, quoting no secret and running nothing',
    async (_, inputs, input, reason) => {
      const cwd = makeContext({ Dockerfile: `FROM ${engine.baseImage}\n` })

      const result = await runAction({
        cwd,
        inputs: { tags: `${engine.registry}/${uniqueRepo('sec-bad')}:1`, ...inputs }
      })

      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toContain(`Input "${input}"`)
      expect(result.errors[0]).toContain(reason)
      expect(everything(result)).not.toContain('s3cr3t')
      expect(result.log).not.toContain('[command]')
    }
  )
})
