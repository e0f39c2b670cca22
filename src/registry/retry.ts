/**
 * Retrying what a flaky registry breaks: which failures are worth another
 * try, and how long to wait. The decisions are pure; `withRetries` takes its
 * clock and its log from the caller.
 */
import { errorMessage } from '../errors.js'

export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number
  /** The first wait; each later one doubles, up to `maxDelayMs`. */
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  /** A push that shows no progress for this long is stopped, and counts as a failed attempt. */
  readonly stallMs: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 2_000,
  maxDelayMs: 30_000,
  stallMs: 600_000
}

export type FailureKind = 'transient' | 'fatal'

/**
 * The distribution spec's error codes, as docker prints them (`toomanyrequests:
 * …`, `name unknown: …`): lower case, `_` as a space, then the message.
 */
const TRANSIENT_CODES = ['toomanyrequests', 'unavailable']
const FATAL_CODES = [
  'unauthorized',
  'denied',
  'name unknown',
  'name invalid',
  'manifest unknown',
  'manifest invalid',
  'manifest unverified',
  'manifest blob unknown',
  'blob unknown',
  'blob upload unknown',
  'blob upload invalid',
  'digest invalid',
  'size invalid',
  'tag invalid',
  'unsupported'
]
const ERROR_CODE = new RegExp(`^(${[...TRANSIENT_CODES, ...FATAL_CODES].join('|')}):`, 'i')

/**
 * How a status is named: docker's `HTTP 429 response body`, `status: 503 …`,
 * and containerd's (the containerd image store's pushes) `unexpected status
 * from HEAD request to https://…: 500 Internal Server Error`.
 */
const STATUS =
  /\bHTTP(?:\/[\d.]+)? (\d{3})\b|\bstatus(?: code)?(?: from [A-Z]+ request to \S+)?:? (\d{3})\b/i

/** A wait or refusal that asking again may end: timeout, rate limit, server trouble. */
const TRANSIENT_STATUS = (status: number): boolean =>
  status === 408 || status === 429 || status >= 500

// Without a status or code, the wording: checked first, the registry said no.
const FATAL = [
  /\b401\b|unauthori[sz]ed|authentication required|no basic auth credentials/i,
  /\b403\b|forbidden|denied/i,
  /incorrect username or password|invalid (?:username|password|credentials)/i,
  /no such host/i,
  /manifest invalid|blob unknown|name unknown|unsupported/i
]

const TRANSIENT = [
  /too ?many ?requests|rate limit|service unavailable|bad gateway|gateway time-?out/i,
  /connection (?:reset|refused|closed)|broken pipe|\bEOF\b/i,
  /(?:host|network) (?:is )?unreachable|no route to host/i,
  /time(?:d)? ?out|deadline exceeded|request canceled/i,
  /temporary failure|try again|server misbehaving/i
]

/** What a failed command said: docker prints its error last on stderr. */
export function failureText(result: {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}): string {
  const last = (text: string): string | undefined =>
    text
      .split('\n')
      .map(line => line.trim())
      .filter(Boolean)
      .at(-1)
  return last(result.stderr) ?? last(result.stdout) ?? `exit code ${result.exitCode}`
}

/**
 * A failed docker command, read from what it printed: retry, or give up now.
 * What the registry said decides, its error code, else its HTTP status; a
 * message's wording ("access denied" in a 429's body) only where neither is
 * there, as for a connection that broke.
 */
export function classifyFailure(text: string): FailureKind {
  const code = ERROR_CODE.exec(text.replace(/^Error response from daemon: /, ''))?.[1]
  if (code) return TRANSIENT_CODES.includes(code.toLowerCase()) ? 'transient' : 'fatal'
  const status = STATUS.exec(text)
  if (status) return TRANSIENT_STATUS(Number(status[1] ?? status[2])) ? 'transient' : 'fatal'
  if (FATAL.some(pattern => pattern.test(text))) return 'fatal'
  return TRANSIENT.some(pattern => pattern.test(text)) ? 'transient' : 'fatal'
}

/** The waits before the 2nd, 3rd… try: base, 2·base, 4·base…, each at most maxDelayMs. */
export function backoffDelays(policy: RetryPolicy): number[] {
  const delays: number[] = []
  for (let retry = 0; retry < policy.attempts - 1; retry++) {
    delays.push(Math.min(policy.baseDelayMs * 2 ** retry, policy.maxDelayMs))
  }
  return delays
}

export type AttemptResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string }

export type Outcome<T> =
  | { readonly ok: true; readonly value: T; readonly attempts: number }
  | {
      readonly ok: false
      readonly error: string
      readonly attempts: number
      readonly kind: FailureKind
    }

/** `run` as one attempt for `withRetries`: what it throws is a failed attempt. */
export async function attempt<T>(run: () => Promise<T>): Promise<AttemptResult<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    return { ok: false, error: errorMessage(error) }
  }
}

export interface RetryIO {
  readonly sleep: (ms: number) => Promise<void>
  readonly log: (message: string) => void
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the policy's tries are
 * spent. `firstFailure` is a first try made elsewhere (a push from the build)
 * that failed: it counts as the first.
 */
export async function withRetries<T>(
  what: string,
  policy: RetryPolicy,
  attempt: () => Promise<AttemptResult<T>>,
  io: RetryIO,
  firstFailure?: string
): Promise<Outcome<T>> {
  const delays = backoffDelays(policy)
  for (let tries = 1; ; tries++) {
    const result: AttemptResult<T> =
      tries === 1 && firstFailure !== undefined
        ? { ok: false, error: firstFailure }
        : await attempt()
    if (result.ok) return { ok: true, value: result.value, attempts: tries }
    const kind = classifyFailure(result.error)
    const delay = delays[tries - 1]
    if (kind === 'fatal' || delay === undefined) {
      return { ok: false, error: result.error, attempts: tries, kind }
    }
    io.log(
      `${what}: attempt ${tries} of ${policy.attempts} failed (${result.error}); ` +
        `retrying in ${formatDelay(delay)}`
    )
    await io.sleep(delay)
  }
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`
}
