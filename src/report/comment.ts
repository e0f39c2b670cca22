/**
 * One pull request comment per image, found again by its hidden marker and
 * updated in place (GitHub's REST API: issues comments). Only a comment the
 * token's own user wrote is ours: anyone can post the marker. Requests go
 * through the runner's proxy, where it names one (registry/http.ts).
 */
import { httpRequest } from '../registry/http.js'

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
  const api = target.apiUrl.replace(/\/$/, '')
  const base = `${api}/repos/${target.repository}/issues`
  const author = await ownLogin(target, api)
  const existing = await findComment(target, `${base}/${target.number}/comments`, marker, author)
  if (existing !== undefined) {
    await call(target, 'PATCH', `${base}/comments/${existing}`, { body })
    return 'updated'
  }
  await call(target, 'POST', `${base}/${target.number}/comments`, { body })
  return 'created'
}

/** The Actions token and other installation tokens comment as this app; `GET /user` refuses them. */
const ACTIONS_LOGIN = 'github-actions[bot]'

/** The login the token comments as. */
async function ownLogin(target: CommentTarget, api: string): Promise<string> {
  try {
    const user = (await call(target, 'GET', `${api}/user`)) as { login?: unknown }
    if (typeof user.login === 'string') return user.login
  } catch (error) {
    if (!(error instanceof CommentRefused) || error.status !== 403) throw error
  }
  return ACTIONS_LOGIN
}

async function findComment(
  target: CommentTarget,
  url: string,
  marker: string,
  author: string
): Promise<number | undefined> {
  for (let page = 1; page <= 50; page++) {
    const comments = (await call(target, 'GET', `${url}?per_page=100&page=${page}`)) as {
      id: number
      body?: string
      user?: { login?: string } | null
    }[]
    const mine = comments.find(
      comment => comment.body?.includes(marker) && comment.user?.login === author
    )
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
  const answer = await httpRequest(
    method,
    url,
    {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${target.token}`,
      'X-GitHub-Api-Version': '2022-11-28',
      ...(body ? { 'Content-Type': 'application/json' } : {})
    },
    body ? Buffer.from(JSON.stringify(body)) : undefined
  )
  if (answer.status === 403 || answer.status === 404 || answer.status === 401) {
    answer.discard()
    throw new CommentRefused(answer.status)
  }
  if (!answer.ok) {
    answer.discard()
    throw new Error(`${method} ${new URL(url).pathname} answered ${answer.status}`)
  }
  return answer.json()
}
