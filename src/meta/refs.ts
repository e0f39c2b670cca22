/** The facts tags are computed from, derived from the run's event. Pure. */

/** What the run tells us (a subset of RunContext). */
export interface RunFacts {
  readonly eventName: string
  readonly ref: string
  readonly sha: string
  readonly payload: Readonly<Record<string, unknown>>
  /** DOCKER_METADATA_PR_HEAD_SHA: on pull requests, use the head commit, not the merge commit. */
  readonly prHeadSha: boolean
  /** DOCKER_METADATA_SHORT_SHA_LENGTH as written; empty means 7. */
  readonly shortShaLength: string
}

export interface RefContext {
  readonly eventName: string
  /** The ref, with `pull_request_target` runs moved to the PR's merge ref. */
  readonly ref: string
  readonly sha: string
  readonly shortSha: string
  /** The tag `semver` and `pep440` read: the tag ref's name, or a release's `tag_name`. */
  readonly tagName: string
  readonly defaultBranch: string
  readonly payload: Readonly<Record<string, unknown>>
  readonly now: Date
  readonly commitDate: Date
}

export function refContext(run: RunFacts, now: Date): RefContext {
  const payload = run.payload
  let ref = run.ref
  if (/pull_request_target/.test(run.eventName) && typeof payload.number === 'number') {
    ref = `refs/pull/${payload.number}/merge`
  }
  let sha = run.sha
  const pr = payload.pull_request as { head?: { sha?: unknown } } | undefined
  if (run.prHeadSha && /pull_request/.test(run.eventName) && typeof pr?.head?.sha === 'string') {
    sha = pr.head.sha
  }
  let length = 7
  if (run.shortShaLength !== '') {
    if (!/^\d+$/.test(run.shortShaLength)) {
      throw new Error(
        `DOCKER_METADATA_SHORT_SHA_LENGTH "${run.shortShaLength}" is not a number of characters`
      )
    }
    length = Number(run.shortShaLength)
  }
  const release = payload.release as { tag_name?: unknown } | undefined
  let tagName = ''
  if (ref.startsWith('refs/tags/')) tagName = ref.slice('refs/tags/'.length)
  else if (run.eventName === 'release' && typeof release?.tag_name === 'string') {
    tagName = release.tag_name
  }
  const repository = payload.repository as { default_branch?: unknown } | undefined
  return {
    eventName: run.eventName,
    ref,
    sha,
    shortSha: sha.slice(0, length),
    tagName,
    defaultBranch: typeof repository?.default_branch === 'string' ? repository.default_branch : '',
    payload,
    now,
    commitDate: commitDate(payload, sha) ?? now
  }
}

/** The commit's time from the payload (push events carry it); undefined when absent. */
function commitDate(payload: Readonly<Record<string, unknown>>, sha: string): Date | undefined {
  const commits = Array.isArray(payload.commits) ? (payload.commits as unknown[]) : []
  const candidates = [...commits, payload.head_commit] as (
    { id?: unknown; timestamp?: unknown } | undefined
  )[]
  for (const commit of candidates) {
    if (commit?.id === sha && typeof commit.timestamp === 'string') {
      const date = new Date(commit.timestamp)
      if (!Number.isNaN(date.getTime())) return date
    }
  }
  return undefined
}
