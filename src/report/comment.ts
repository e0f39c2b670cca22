/**
 * One pull request comment per image, found again by its hidden marker and
 * updated in place (GitHub's REST API: issues comments).
 */

export interface CommentTarget {
  readonly apiUrl: string
  /** `owner/name` */
  readonly repository: string
  readonly number: number
  readonly token: string
}

/** GitHub refused the comment: a read-only token (a fork's pull request) or no access. */
export class CommentRefused extends Error {
  constructor(readonly status: number) {
    super(`GitHub answered ${status}`)
    this.name = 'CommentRefused'
  }
}

export async function upsertComment(
  target: CommentTarget,
  marker: string,
  body: string
): Promise<'created' | 'updated'> {
  const base = `${target.apiUrl.replace(/\/$/, '')}/repos/${target.repository}/issues`
  const existing = await findComment(target, `${base}/${target.number}/comments`, marker)
  if (existing !== undefined) {
    await call(target, 'PATCH', `${base}/comments/${existing}`, { body })
    return 'updated'
  }
  await call(target, 'POST', `${base}/${target.number}/comments`, { body })
  return 'created'
}

async function findComment(
  target: CommentTarget,
  url: string,
  marker: string
): Promise<number | undefined> {
  for (let page = 1; page <= 50; page++) {
    const comments = (await call(target, 'GET', `${url}?per_page=100&page=${page}`)) as {
      id: number
      body?: string
    }[]
    const mine = comments.find(comment => comment.body?.includes(marker))
    if (mine) return mine.id
    if (comments.length < 100) return undefined
  }
  return undefined
}

async function call(
  target: CommentTarget,
  method: string,
  url: string,
  body?: unknown
): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${target.token}`,
      'X-GitHub-Api-Version': '2022-11-28',
      ...(body ? { 'Content-Type': 'application/json' } : {})
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(30_000)
  })
  if (response.status === 403 || response.status === 404 || response.status === 401) {
    await response.body?.cancel()
    throw new CommentRefused(response.status)
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw new Error(`${method} ${new URL(url).pathname} answered ${response.status}`)
  }
  return response.json()
}
