import { describe, expect, it } from '@jest/globals'
import {
  backoffDelays,
  classifyFailure,
  failureText,
  withRetries,
  type AttemptResult
} from '../../src/registry/retry.js'

describe('classifyFailure', () => {
  it.each([
    ['received unexpected HTTP status: 503 Service Unavailable', 'transient'],
    [
      'Error response from daemon: login attempt to http://r/v2/ failed with status: 502 Bad Gateway',
      'transient'
    ],
    ['toomanyrequests: You have reached your pull rate limit', 'transient'],
    ['429 Too Many Requests', 'transient'],
    ['Get "https://r/v2/": dial tcp 10.0.0.1:443: connect: connection refused', 'transient'],
    ['read tcp 10.0.0.2:5000: read: connection reset by peer', 'transient'],
    ['dial tcp 10.0.0.2:443: connect: no route to host', 'transient'],
    ['dial tcp 10.0.0.2:443: connect: network is unreachable', 'transient'],
    ['Get "https://r/v2/": net/http: TLS handshake timeout', 'transient'],
    ['Put "https://r/v2/a/blobs/uploads/x": unexpected EOF', 'transient'],
    ['context deadline exceeded', 'transient'],
    [
      'Error response from daemon: login attempt to http://r/v2/ failed with status: 401 Unauthorized',
      'fatal'
    ],
    ['no basic auth credentials', 'fatal'],
    ['denied: requested access to the resource is denied', 'fatal'],
    ['unauthorized: authentication required', 'fatal'],
    ['dial tcp: lookup nope.example on 1.1.1.1:53: no such host', 'fatal'],
    ['An image does not exist locally with the tag: r/a', 'fatal'],
    ['manifest invalid: manifest invalid', 'fatal'],
    // What docker push prints for a 429 (checked against a real registry behind a proxy).
    ['toomanyrequests: access denied: too many requests', 'transient'],
    [
      `error parsing HTTP 429 response body: invalid character 'd' looking for beginning of value: "denied"`,
      'transient'
    ],
    ['error parsing HTTP 503 response body: unexpected end of JSON input: ""', 'transient'],
    ['unavailable: unauthorized upstream', 'transient'],
    ['unauthorized: rate limit exceeded, try again', 'fatal'],
    ['error parsing HTTP 404 response body: invalid character', 'fatal'],
    ['Error response from daemon: denied: try again later', 'fatal'],
    ['received unexpected HTTP status: 500 Internal Server Error (denied)', 'transient'],
    // containerd's wording, on the containerd image store: a registry racing its own tag write.
    [
      'unexpected status from HEAD request to http://r/v2/a/manifests/2.4: 500 Internal Server Error',
      'transient'
    ],
    [
      'failed commit on ref "manifest-sha256:5036": unexpected status: 500 Internal Server Error',
      'transient'
    ],
    ['unexpected status from PUT request to https://r/v2/a/manifests/1: 403 Forbidden', 'fatal']
  ])('%s → %s', (text, kind) => {
    expect(classifyFailure(text)).toBe(kind)
  })
})

describe('backoffDelays', () => {
  it.each([
    [{ attempts: 1, baseDelayMs: 2000, maxDelayMs: 30000, stallMs: 1000 }, []],
    [{ attempts: 4, baseDelayMs: 2000, maxDelayMs: 30000, stallMs: 1000 }, [2000, 4000, 8000]],
    [
      { attempts: 7, baseDelayMs: 2000, maxDelayMs: 30000, stallMs: 1000 },
      [2000, 4000, 8000, 16000, 30000, 30000]
    ]
  ])('%j', (policy, delays) => {
    expect(backoffDelays(policy)).toEqual(delays)
  })
})

describe('failureText', () => {
  it('is the last line docker wrote to stderr', () => {
    expect(
      failureText({ exitCode: 1, stdout: 'abc: Pushed\n', stderr: 'warn\nreceived 503\n\n' })
    ).toBe('received 503')
  })
  it('falls back to stdout, then the exit code', () => {
    expect(failureText({ exitCode: 1, stdout: 'oops\n', stderr: '' })).toBe('oops')
    expect(failureText({ exitCode: 2, stdout: '', stderr: '' })).toBe('exit code 2')
  })
})

describe('withRetries', () => {
  const policy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, stallMs: 1000 }

  async function run(results: AttemptResult<string>[], firstFailure?: string) {
    const slept: number[] = []
    const logged: string[] = []
    const queue = [...results]
    let tried = 0
    const outcome = await withRetries(
      'Push of r/a:1',
      policy,
      () => {
        tried++
        return Promise.resolve(queue.shift() ?? { ok: false, error: 'no more' })
      },
      {
        sleep: ms => {
          slept.push(ms)
          return Promise.resolve()
        },
        log: message => logged.push(message)
      },
      firstFailure
    )
    return { outcome, slept, logged, tried }
  }

  it('counts a failed push from the build as the first attempt', async () => {
    const { outcome, slept, logged, tried } = await run(
      [{ ok: true, value: 'done' }],
      'received unexpected HTTP status: 503 Service Unavailable'
    )
    expect(outcome).toEqual({ ok: true, value: 'done', attempts: 2 })
    expect(tried).toBe(1)
    expect(slept).toEqual([100])
    expect(logged).toEqual([
      'Push of r/a:1: attempt 1 of 3 failed (received unexpected HTTP status: 503 Service Unavailable); retrying in 100 ms'
    ])
    const refused = await run([{ ok: true, value: 'never' }], 'no basic auth credentials')
    expect(refused.outcome).toMatchObject({ ok: false, attempts: 1, kind: 'fatal' })
    expect(refused.tried).toBe(0)
  })

  it('retries transient failures with backoff, saying so', async () => {
    const { outcome, slept, logged } = await run([
      { ok: false, error: 'status: 503 Service Unavailable' },
      { ok: false, error: 'connection reset by peer' },
      { ok: true, value: 'done' }
    ])
    expect(outcome).toEqual({ ok: true, value: 'done', attempts: 3 })
    expect(slept).toEqual([100, 200])
    expect(logged).toEqual([
      'Push of r/a:1: attempt 1 of 3 failed (status: 503 Service Unavailable); retrying in 100 ms',
      'Push of r/a:1: attempt 2 of 3 failed (connection reset by peer); retrying in 200 ms'
    ])
  })

  it('gives up after the bound', async () => {
    const error = { ok: false, error: 'status: 503 Service Unavailable' } as const
    const { outcome, slept } = await run([error, error, error, { ok: true, value: 'late' }])
    expect(outcome).toEqual({ ok: false, error: error.error, attempts: 3, kind: 'transient' })
    expect(slept).toHaveLength(2)
  })

  it('stops at once on a fatal failure', async () => {
    const { outcome, slept, logged } = await run([{ ok: false, error: '401 Unauthorized' }])
    expect(outcome).toEqual({ ok: false, error: '401 Unauthorized', attempts: 1, kind: 'fatal' })
    expect(slept).toEqual([])
    expect(logged).toEqual([])
  })
})
