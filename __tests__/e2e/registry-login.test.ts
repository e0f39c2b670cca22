import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BUILD_COMMAND, everything, output, runAction, pushed } from './support/action.js'
import { addHostsLine, startAuthRegistry, type AuthRegistry } from './support/auth-registry.js'
import { startConnectProxy } from './support/connect-proxy.js'
import { startEcrApi, type EcrApi } from './support/ecr-api.js'
import { engine, makeContext, uniqueRepo } from './support/engine.js'
import { startFaultProxy } from './support/fault-proxy.js'
import { startGoogleSts } from './support/google-sts.js'
import { listTags } from './support/registry.js'

jest.setTimeout(180_000)

// Short waits between retries; the schedule itself is unit-tested.
const FAST_RETRIES = { HOIST_RETRY_DELAY_MS: '200' }

function dockerfile(): string {
  return `FROM ${engine.baseImage}\nRUN echo "$(date +%s%N)" > /built\n`
}

/** A home whose docker config must come through the run untouched. */
function userHome(): { home: string; config: string } {
  const home = mkdtempSync(path.join(tmpdir(), 'hoist-home-'))
  mkdirSync(path.join(home, '.docker', 'cli-plugins'), { recursive: true })
  // A credential store that does not exist here: a login that used it would fail.
  const config = JSON.stringify({ credsStore: 'hoist-absent-helper', detachKeys: 'ctrl-e,e' })
  writeFileSync(path.join(home, '.docker', 'config.json'), config)
  return { home, config }
}

describe('registry login against the real htpasswd registry', () => {
  const auth = () => ({ user: engine.user, password: engine.password })

  it('fails a push without credentials, clearly, and pushes nothing', async () => {
    const repo = uniqueRepo('nocreds')
    const tag = `${engine.authRegistry}/${repo}:1`
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      inputs: { tags: tag, push: 'true' },
      env: FAST_RETRIES
    })

    expect(result.exitCode).toBe(1)
    // The wording around docker's reason differs by image store.
    expect(result.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Push to ${engine.authRegistry} failed after 1 attempt\\(s\\): (.*: )?no basic auth credentials$`
        )
      )
    ])
    expect(result.log).not.toContain('retrying') // a refusal is not retried
    expect(pushed(result)[engine.authRegistry]).toMatchObject({ outcome: 'failed', attempts: 1 })
    expect(result.summary).toContain('❌ failed')
    expect(await listTags(engine.authRegistry, repo, auth())).toEqual([])
    expect(result.post?.exitCode).toBe(0)
  })

  it('logs in with username/password, pushes, and leaves the password nowhere', async () => {
    const repo = uniqueRepo('login')
    const tag = `${engine.authRegistry}/${repo}:1`
    const { home, config } = userHome()
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      inputs: { tags: tag, push: 'true', username: engine.user, password: engine.password },
      env: { ...FAST_RETRIES, HOME: home }
    })

    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.log).toContain(`Logging in to ${engine.authRegistry} (registry)`)
    expect(await listTags(engine.authRegistry, repo, auth())).toEqual(['1'])
    expect(pushed(result)[engine.authRegistry]).toEqual({
      tags: [tag],
      outcome: 'pushed',
      attempts: 1,
      digest: output(result, 'digest')
    })

    // The password: in no log line, output, state, env file or summary, nor in the image.
    expect(result.log).toContain('::add-mask::') // it was handed to the runner to mask
    expect(everything(result)).not.toContain(engine.password)
    const saved = execFileSync('docker', ['save', output(result, 'imageid')], {
      maxBuffer: 1 << 28
    })
    expect(saved.includes(engine.password)).toBe(false)

    // Credentials lived in the run's own config dir, which post deleted; the
    // user's config (with a credential store that would have failed) is untouched.
    const state = JSON.parse(result.state.hoist ?? '{}') as { dockerConfig?: string }
    expect(state.dockerConfig?.startsWith(path.join(result.runnerDir, 'temp'))).toBe(true)
    expect(existsSync(state.dockerConfig ?? '')).toBe(false)
    expect(result.post?.log).toContain(`Logged out of ${engine.authRegistry}`)
    expect(readFileSync(path.join(home, '.docker', 'config.json'), 'utf8')).toBe(config)
    expect(result.exportedEnv.DOCKER_CONFIG).toBeUndefined() // later steps never see it
  })

  it('logs in to several registries from registry-auth and reports each', async () => {
    const repo = uniqueRepo('multi')
    const tags = [`${engine.authRegistry}/${repo}:1`, `${engine.registry2}/${repo}:1`]
    const registryAuth = [
      `- registry: ${engine.authRegistry}`,
      `  username: ${engine.user}`,
      `  password: ${engine.password}`
    ].join('\n')
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      inputs: { tags: tags.join('\n'), push: 'true', 'registry-auth': registryAuth },
      env: FAST_RETRIES
    })

    expect(result.errors).toEqual([])
    const results = pushed(result)
    expect(Object.keys(results)).toEqual([engine.authRegistry, engine.registry2])
    for (const [registry, tag] of [
      [engine.authRegistry, tags[0]],
      [engine.registry2, tags[1]]
    ] as const) {
      expect(results[registry]).toMatchObject({ tags: [tag], outcome: 'pushed' })
      expect(results[registry]?.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(result.summary).toContain(`| ${registry} | \`${tag}\``)
    }
    expect(await listTags(engine.registry2, repo)).toEqual(['1'])
    expect(everything(result)).not.toContain(engine.password)
  })

  it('keeps a registry-auth password exactly as written, though YAML would read a number', async () => {
    // `0098765432` is the integer 98765432 to YAML's core schema: a login with it would fail.
    const password = '0098765432'
    const own = await startAuthRegistry('robot', password)
    try {
      const repo = uniqueRepo('yaml-number')
      const tag = `127.0.0.1:${own.port}/${repo}:1`
      const registryAuth = [
        `- registry: 127.0.0.1:${own.port} # the test's own`,
        '  username: robot',
        `  password: ${password}`
      ].join('\n')
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile() }),
        inputs: { tags: tag, push: 'true', 'registry-auth': registryAuth },
        env: FAST_RETRIES
      })

      expect(result.errors).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(pushed(result)[`127.0.0.1:${own.port}`]).toMatchObject({ outcome: 'pushed' })
      expect(everything(result)).not.toContain(password)
    } finally {
      await own.close()
    }
  })

  it('fails at once on a wrong password, naming the registry, before building', async () => {
    const repo = uniqueRepo('wrongpw')
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      inputs: {
        tags: `${engine.authRegistry}/${repo}:1`,
        push: 'true',
        username: engine.user,
        password: 'not-the-password'
      },
      env: FAST_RETRIES
    })

    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(
      new RegExp(
        `^Login to ${engine.authRegistry} \\(registry\\) failed: .*401 Unauthorized; check the credentials from input password$`
      )
    )
    expect(result.log).not.toContain('retrying')
    expect(result.log).not.toMatch(BUILD_COMMAND)
    expect(result.post?.exitCode).toBe(0)
    const state = JSON.parse(result.state.hoist ?? '{}') as { dockerConfig?: string }
    expect(state.dockerConfig).toBeDefined()
    expect(existsSync(state.dockerConfig ?? '')).toBe(false) // post cleans up after a failed login too
  })
})

describe('registry inputs', () => {
  it.each([
    [{ 'registry-auth': '- registry: a.io\n  token: x' }, 'registry-auth', /unknown key "token"/],
    [
      { 'registry-auth': '- registry: a.io\n  username: u\n  password: !Passw0rd' },
      'registry-auth',
      /a value that YAML reads as a tag, as it starts with "!" \(line 3\); quote the value/
    ],
    [
      { 'registry-auth': '- registry: a.io\n  username: u\n  password: Passw0rd #1' },
      'registry-auth',
      /entry 1's password holds " #", where a YAML comment starts; quote the value/
    ],
    [{ retries: 'many' }, 'retries', /"many" is not a whole number/],
    [{ password: 'p' }, 'password', /no username/]
  ])('fails clearly on %j before anything runs', async (inputs, input, reason) => {
    const repo = uniqueRepo('badauth')
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      inputs: { tags: `${engine.authRegistry}/${repo}:1`, push: 'true', ...inputs }
    })

    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(`Input "${input}"`)
    expect(result.errors[0]).toMatch(reason)
    expect(result.log).not.toContain('[command]')
    expect(result.log).not.toContain('Logging in')
    expect(result.log).not.toContain('Passw0rd') // neither our error nor the YAML library's print
    expect(result.post?.exitCode).toBe(0)
  })
})

describe('Amazon ECR', () => {
  const host = '123456789012.dkr.ecr.us-east-1.amazonaws.com'
  const token = `ecr-token-${Date.now()}`
  let registry: AuthRegistry
  let api: EcrApi

  beforeAll(async () => {
    await addHostsLine(host)
    registry = await startAuthRegistry('AWS', token)
    api = await startEcrApi(token)
  })
  afterAll(async () => {
    await api.close()
    await registry.close()
  })

  it.each([
    ['', false],
    [", through the runner's proxy (HTTPS_PROXY)", true]
  ])('gets a token from GetAuthorizationToken and pushes with it%s', async (_, viaProxy) => {
    const repo = uniqueRepo('ecr')
    const tag = `${host}:${registry.port}/${repo}:1`
    api.calls.length = 0
    // Through the proxy, the API has a name only the proxy knows.
    const proxy = viaProxy ? await startConnectProxy({ 'ecr.aws.test': '127.0.0.1' }) : undefined
    const endpoint = proxy ? `http://ecr.aws.test:${new URL(api.url).port}` : api.url
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      inputs: { tags: tag, push: 'true' },
      env: {
        ...FAST_RETRIES,
        ...(proxy ? { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url } : {}),
        AWS_ENDPOINT_URL_ECR: endpoint,
        AWS_ACCESS_KEY_ID: 'AKIAHOISTTESTEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'hoist-test-secret',
        AWS_EC2_METADATA_DISABLED: 'true'
      }
    })
    await proxy?.close()

    expect(result.errors).toEqual([])
    if (proxy) expect(proxy.tunnels).toContain(`ecr.aws.test:${new URL(api.url).port}`)
    expect(result.log).toContain(
      `Logging in to ${host}:${registry.port} (Amazon ECR) with credentials from the AWS credential chain`
    )
    expect(api.calls).toHaveLength(1)
    expect(JSON.parse(api.calls[0]?.body ?? '{}')).toEqual({ registryIds: ['123456789012'] })
    // Signed with the keys from the environment, for ECR in the host's region.
    expect(api.calls[0]?.authorization).toMatch(
      /Credential=AKIAHOISTTESTEXAMPLE\/\d+\/us-east-1\/ecr\/aws4_request/
    )
    expect(
      await listTags(`127.0.0.1:${registry.port}`, repo, { user: 'AWS', password: token })
    ).toEqual(['1'])
    expect(pushed(result)[`${host}:${registry.port}`]).toMatchObject({ outcome: 'pushed' })
    expect(everything(result)).not.toContain(token)
    expect(everything(result)).not.toContain('hoist-test-secret')
  })
})

describe('Amazon ECR Public', () => {
  const host = 'public.ecr.aws'
  const token = `ecr-public-token-${Date.now()}`
  let registry: AuthRegistry
  let api: EcrApi

  beforeAll(async () => {
    await addHostsLine(host)
    registry = await startAuthRegistry('AWS', token)
    api = await startEcrApi(token)
  })
  afterAll(async () => {
    await api.close()
    await registry.close()
  })

  it('gets a token from ECR Public in us-east-1 and pushes with it', async () => {
    const repo = uniqueRepo('ecrpublic')
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      inputs: { tags: `${host}:${registry.port}/${repo}:1`, push: 'true' },
      env: {
        ...FAST_RETRIES,
        AWS_ENDPOINT_URL_ECR_PUBLIC: api.url,
        AWS_ACCESS_KEY_ID: 'AKIAHOISTTESTEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'hoist-test-secret',
        AWS_EC2_METADATA_DISABLED: 'true'
      }
    })

    expect(result.errors).toEqual([])
    expect(api.calls.map(call => call.target)).toEqual([
      'SpencerFrontendService.GetAuthorizationToken'
    ])
    expect(api.calls[0]?.authorization).toMatch(/\/us-east-1\/ecr-public\/aws4_request/)
    expect(
      await listTags(`127.0.0.1:${registry.port}`, repo, { user: 'AWS', password: token })
    ).toEqual(['1'])
    expect(everything(result)).not.toContain(token)
  })
})

describe('Google Artifact Registry', () => {
  const host = 'europe-west4-docker.pkg.dev'
  // The shape of a service-account key as google-github-actions/auth writes it.
  const key = JSON.stringify(
    {
      type: 'service_account',
      project_id: 'hoist-test',
      private_key_id: `id-${Date.now()}`,
      private_key:
        '-----BEGIN PRIVATE KEY-----\nMIIhoisttestnotarealkey\n-----END PRIVATE KEY-----\n',
      client_email: 'ci@hoist-test.iam.gserviceaccount.com'
    },
    null,
    2
  )
  let registry: AuthRegistry

  beforeAll(async () => {
    await addHostsLine(host)
    registry = await startAuthRegistry('_json_key', key)
  })
  afterAll(() => registry.close())

  it('logs in as _json_key with the key file google-github-actions/auth leaves', async () => {
    const keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'hoist-gcp-')), 'creds.json')
    writeFileSync(keyFile, key)
    const repo = uniqueRepo('gar')
    const tag = `${host}:${registry.port}/${repo}:1`
    const result = await runAction({
      cwd: makeContext({ Dockerfile: dockerfile() }),
      inputs: { tags: tag, push: 'true' },
      env: { ...FAST_RETRIES, GOOGLE_APPLICATION_CREDENTIALS: keyFile }
    })

    expect(result.errors).toEqual([])
    expect(result.log).toContain(
      `Logging in to ${host}:${registry.port} (Google Artifact Registry) with credentials from the service-account key in GOOGLE_APPLICATION_CREDENTIALS`
    )
    expect(
      await listTags(`127.0.0.1:${registry.port}`, repo, { user: '_json_key', password: key })
    ).toEqual(['1'])
    expect(everything(result)).not.toContain('MIIhoisttestnotarealkey')
  })

  it.each([
    ['', false],
    [", through the runner's proxy (HTTPS_PROXY)", true]
  ])(
    'trades the OIDC token for an access token with a workload identity federation file%s',
    async (_, viaProxy) => {
      const tokens = {
        requestToken: `request-${Date.now()}`,
        oidcToken: `oidc-${Date.now()}`,
        audience:
          '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/gh',
        stsToken: `sts-${Date.now()}`,
        serviceAccountToken: `ya29.sa-${Date.now()}`
      }
      const sts = await startGoogleSts(tokens)
      const wifRegistry = await startAuthRegistry('oauth2accesstoken', tokens.serviceAccountToken)
      // Through the proxy, Google's endpoints have a name only the proxy knows.
      const proxy = viaProxy
        ? await startConnectProxy({ 'sts.google.test': '127.0.0.1' })
        : undefined
      const stsUrl = proxy ? `http://sts.google.test:${new URL(sts.url).port}` : sts.url
      try {
        // What google-github-actions/auth writes for workload identity federation.
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'hoist-gcp-')), 'wif.json')
        writeFileSync(
          file,
          JSON.stringify({
            type: 'external_account',
            audience: tokens.audience,
            subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
            token_url: `${stsUrl}/v1/token`,
            service_account_impersonation_url: `${stsUrl}/v1/projects/-/serviceAccounts/ci@p.iam.gserviceaccount.com:generateAccessToken`,
            credential_source: {
              url: `${stsUrl}/oidc?audience=${encodeURIComponent(tokens.audience)}`,
              headers: { Authorization: `Bearer ${tokens.requestToken}` },
              format: { type: 'json', subject_token_field_name: 'value' }
            }
          })
        )
        const repo = uniqueRepo('wif')
        const result = await runAction({
          cwd: makeContext({ Dockerfile: dockerfile() }),
          inputs: { tags: `${host}:${wifRegistry.port}/${repo}:1`, push: 'true' },
          env: {
            ...FAST_RETRIES,
            GOOGLE_APPLICATION_CREDENTIALS: file,
            ...(proxy ? { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url } : {})
          }
        })

        expect(result.errors).toEqual([])
        if (proxy) expect(proxy.tunnels).toContain(`sts.google.test:${new URL(sts.url).port}`)
        expect(sts.calls).toEqual([
          'GET /oidc',
          'POST /v1/token',
          'POST /v1/projects/-/serviceAccounts/ci@p.iam.gserviceaccount.com:generateAccessToken'
        ])
        expect(
          await listTags(`127.0.0.1:${wifRegistry.port}`, repo, {
            user: 'oauth2accesstoken',
            password: tokens.serviceAccountToken
          })
        ).toEqual(['1'])
        for (const token of [
          tokens.requestToken,
          tokens.oidcToken,
          tokens.stsToken,
          tokens.serviceAccountToken
        ]) {
          expect(everything(result)).not.toContain(token)
        }
      } finally {
        await proxy?.close()
        await wifRegistry.close()
        await sts.close()
      }
    }
  )
})

describe('a flaky registry', () => {
  it('retries a login the registry answers with 503', async () => {
    // dockerd asks GET /v2/ twice per failed login (one endpoint, then its fallback).
    const proxy = await startFaultProxy(engine.authRegistry, { logins: 4 })
    try {
      const repo = uniqueRepo('flakylogin')
      const tag = `${proxy.host}/${repo}:1`
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile() }),
        inputs: { tags: tag, push: 'true', username: engine.user, password: engine.password },
        env: FAST_RETRIES
      })

      expect(result.errors).toEqual([])
      expect(result.warnings).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Login to ${proxy.host}: attempt 1 of 4 failed \\(.*503 Service Unavailable\\); retrying in 200 ms$`
          )
        ),
        expect.stringMatching(/attempt 2 of 4 failed .*; retrying in 400 ms$/)
      ])
      expect(
        await listTags(engine.authRegistry, repo, { user: engine.user, password: engine.password })
      ).toEqual(['1'])
      expect(everything(result)).not.toContain(engine.password)
    } finally {
      await proxy.close()
    }
  })

  it('still gets the image when uploads fail a few times, and the log shows the retries', async () => {
    const proxy = await startFaultProxy(engine.registry, { uploads: 1, manifests: 2 })
    try {
      const repo = uniqueRepo('flaky')
      const tag = `${proxy.host}/${repo}:1`
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile() }),
        inputs: { tags: tag, push: 'true' },
        env: FAST_RETRIES
      })

      expect(result.errors).toEqual([])
      expect(
        proxy.failed.filter(request => request.startsWith('PUT') && request.includes('/manifests/'))
      ).toHaveLength(2)
      // The classic store retries the failed upload inside one push: three attempts.
      // containerd's push fails the attempt at it, and writes the index, the image's and the
      // attestation's manifests in an order of its own: three attempts, or four.
      const attempts = Number(pushed(result)[proxy.host]?.attempts)
      expect(engine.can.imageStore === 'classic' ? [3] : [3, 4]).toContain(attempts)
      const delays = [200, 400, 800].slice(0, attempts - 1)
      expect(result.warnings).toEqual(
        delays.map((ms, i) =>
          expect.stringMatching(
            new RegExp(
              `^Push of ${tag}: attempt ${i + 1} of 4 failed \\(.*503 Service Unavailable.*\\); retrying in ${ms} ms$`
            )
          )
        )
      )
      // docker push's own retry of the failed upload (a push from the build says nothing of it).
      if (engine.can.imageStore === 'classic' && !engine.can.buildx) {
        expect(result.log).toMatch(/Retrying in \d+ seconds?/)
      }
      expect(pushed(result)[proxy.host]).toMatchObject({ outcome: 'pushed', attempts })
      expect(result.summary).toContain(`✅ pushed (${attempts} attempts)`)
      expect(await listTags(engine.registry, repo)).toEqual(['1'])
    } finally {
      await proxy.close()
    }
  })

  const tooManyRequests: [string, string][] = [
    [
      'an error code whose message says denied',
      JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'access denied: slow down' }] })
    ],
    ['a body that is not JSON', 'denied']
  ]

  it.each(tooManyRequests)('retries a 429 with %s', async (_, body) => {
    const proxy = await startFaultProxy(engine.registry, { manifests: 1, status: 429, body })
    try {
      const repo = uniqueRepo('ratelimit')
      const tag = `${proxy.host}/${repo}:1`
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile() }),
        inputs: { tags: tag, push: 'true' },
        env: FAST_RETRIES
      })

      expect(result.errors).toEqual([])
      expect(proxy.failed).toHaveLength(1)
      // containerd's own push waits out a 429 and asks again itself; the classic store's
      // gives up on it, and Hoist tries again.
      const retried = engine.can.imageStore === 'classic'
      expect(result.warnings).toEqual(
        retried
          ? [
              expect.stringMatching(
                new RegExp(
                  `^Push of ${tag}: attempt 1 of 4 failed \\((toomanyrequests|error parsing HTTP 429)`
                )
              )
            ]
          : []
      )
      expect(pushed(result)[proxy.host]).toMatchObject({
        outcome: 'pushed',
        attempts: retried ? 2 : 1
      })
      expect(await listTags(engine.registry, repo)).toEqual(['1'])
    } finally {
      await proxy.close()
    }
  })

  it('stops a push that shows no progress, tries once more, and gives up within the bound', async () => {
    const proxy = await startFaultProxy(engine.registry, { stallUploadsAfter: 0 })
    try {
      const repo = uniqueRepo('stall')
      const tag = `${proxy.host}/${repo}:1`
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile() }),
        inputs: { tags: tag, push: 'true', retries: '1' },
        env: { ...FAST_RETRIES, HOIST_PUSH_STALL_MS: '3000' }
      })

      expect(result.exitCode).toBe(1)
      expect(result.warnings).toEqual([
        expect.stringMatching(/: attempt 1 of 2 failed \(.*no progress for 3 s: timed out/)
      ])
      expect(result.errors).toEqual([
        expect.stringMatching(
          new RegExp(`^Push to ${proxy.host} failed after 2 attempt\\(s\\): .*no progress for 3 s`)
        )
      ])
      expect(result.seconds).toBeLessThan(90)
      expect(await listTags(engine.registry, repo)).toEqual([])
      expect(result.post?.exitCode).toBe(0)
    } finally {
      proxy.release()
      await proxy.close()
    }
  })

  it('gives up after the bound with a clear error when it always fails', async () => {
    const proxy = await startFaultProxy(engine.registry, { manifests: Infinity })
    try {
      const repo = uniqueRepo('down')
      const tag = `${proxy.host}/${repo}:1`
      const result = await runAction({
        cwd: makeContext({ Dockerfile: dockerfile() }),
        inputs: { tags: tag, push: 'true', retries: '2' },
        env: FAST_RETRIES
      })

      expect(result.exitCode).toBe(1)
      expect(result.warnings).toHaveLength(2)
      // docker's wording around the status differs by image store.
      expect(result.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Push to ${proxy.host} failed after 3 attempt\\(s\\): .*503 Service Unavailable$`
          )
        )
      ])
      expect(proxy.failed.length).toBeGreaterThanOrEqual(3)
      expect(pushed(result)[proxy.host]).toMatchObject({ outcome: 'failed', attempts: 3 })
      expect(await listTags(engine.registry, repo)).toEqual([])
      expect(result.post?.exitCode).toBe(0)
    } finally {
      await proxy.close()
    }
  })
})
