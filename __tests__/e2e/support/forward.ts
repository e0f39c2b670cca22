import http from 'node:http'

/**
 * Passes a request on to `target` (a host and port, or a unix socket), headers
 * and all, and its answer back unchanged: what the test proxies do with every
 * request they do not answer themselves.
 */
export function forward(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  target: { readonly host: string; readonly port: string } | { readonly socketPath: string }
): void {
  const upstream = http.request(
    { ...target, method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers },
    response => {
      res.writeHead(response.statusCode ?? 502, response.headers)
      response.pipe(res)
    }
  )
  upstream.on('error', () => res.destroy())
  req.pipe(upstream)
}
