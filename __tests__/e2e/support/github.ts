/**
 * A local stand-in of GitHub's issue comment endpoints, the only part of
 * GitHub the action calls: list, create and update comments of one pull
 * request, and `GET /user`. As on GitHub, an installation token (`ghs_…`, the
 * Actions token) gets 403 from `GET /user` and comments as `github-actions[bot]`;
 * any other token is the user `users` names.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { listenLocally } from './listen.js'

export interface Comment {
  id: number
  body: string
  user: { login: string }
}

export interface GitHubStandIn {
  /** GITHUB_API_URL for the action. */
  readonly url: string
  readonly comments: Comment[]
  /** `METHOD path` of every request, in order. */
  readonly requests: string[]
  /** Authorization headers received. */
  readonly authorizations: string[]
  /** Answer every write with this status (e.g. 403, as for a fork's read-only token). */
  refuseWrites?: number
  /** A personal token → its user's login. */
  readonly users: Record<string, string>
  close(): Promise<void>
}

export async function startGitHub(repository: string, number: number): Promise<GitHubStandIn> {
  const comments: Comment[] = []
  const requests: string[] = []
  const authorizations: string[] = []
  let nextId = 1000
  const list = `/repos/${repository}/issues/${number}/comments`
  const one = new RegExp(`^/repos/${repository}/issues/comments/(\\d+)$`)

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      requests.push(`${req.method} ${url.pathname}`)
      authorizations.push(req.headers.authorization ?? '')
      const send = (status: number, body: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
      }
      const body = req.method === 'GET' ? {} : ((await readJson(req)) as { body?: string })
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '')
      const login = token.startsWith('ghs_') ? 'github-actions[bot]' : standIn.users[token]
      if (req.method === 'GET' && url.pathname === '/user') {
        if (token.startsWith('ghs_'))
          send(403, { message: 'Resource not accessible by integration' })
        else if (login) send(200, { login })
        else send(401, { message: 'Bad credentials' })
        return
      }
      if (req.method !== 'GET' && standIn.refuseWrites) {
        send(standIn.refuseWrites, { message: 'Resource not accessible by integration' })
        return
      }
      if (req.method === 'GET' && url.pathname === list) {
        const perPage = Number(url.searchParams.get('per_page') ?? 30)
        const page = Number(url.searchParams.get('page') ?? 1)
        send(200, comments.slice((page - 1) * perPage, page * perPage))
        return
      }
      if (req.method === 'POST' && url.pathname === list) {
        const comment = { id: nextId++, body: body.body ?? '', user: { login: login ?? '' } }
        comments.push(comment)
        send(201, comment)
        return
      }
      const match = one.exec(url.pathname)
      const existing = match && comments.find(c => c.id === Number(match[1]))
      if (req.method === 'PATCH' && existing) {
        existing.body = body.body ?? ''
        send(200, existing)
        return
      }
      send(404, { message: 'Not Found' })
    })()
  })
  const { port, close } = await listenLocally(server)
  const standIn: GitHubStandIn = {
    url: `http://127.0.0.1:${port}`,
    comments,
    requests,
    authorizations,
    users: {},
    close
  }
  return standIn
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? JSON.parse(text) : {}
}
