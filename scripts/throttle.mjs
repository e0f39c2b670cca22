// A link of limited speed in front of a registry on this machine, for the
// bench: each connection's bytes towards the registry go at most
// `bytesPerSecond`, as an upload to a registry elsewhere is bounded by its
// connection, not by this machine; answers come back at once.
import net from 'node:net'

const TICK_MS = 10
const MAX_QUEUED = 1024 * 1024

/** Listens on a free loopback port; `host` is `127.0.0.1:PORT`. */
export async function startThrottle(target, bytesPerSecond) {
  const [targetHost, targetPort] = target.split(':')
  const sockets = new Set()
  const server = net.createServer(client => {
    const upstream = net.connect(
      Number(targetPort),
      targetHost === 'localhost' ? '127.0.0.1' : targetHost
    )
    sockets.add(client).add(upstream)
    const burst = bytesPerSecond / 20
    let tokens = burst
    let queue = []
    let queued = 0
    const pump = () => {
      while (queue.length > 0 && tokens >= 1) {
        let chunk = queue[0]
        if (chunk.length > tokens) {
          queue[0] = chunk.subarray(Math.floor(tokens))
          chunk = chunk.subarray(0, Math.floor(tokens))
        } else queue.shift()
        tokens -= chunk.length
        queued -= chunk.length
        upstream.write(chunk)
      }
      if (queued < MAX_QUEUED) client.resume()
    }
    const timer = setInterval(() => {
      tokens = Math.min(tokens + (bytesPerSecond * TICK_MS) / 1000, burst)
      pump()
    }, TICK_MS)
    client.on('data', chunk => {
      queue.push(chunk)
      queued += chunk.length
      if (queued >= MAX_QUEUED) client.pause()
      pump()
    })
    upstream.on('data', chunk => client.write(chunk))
    const end = () => {
      clearInterval(timer)
      queue = []
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    for (const socket of [client, upstream]) socket.on('close', end).on('error', end)
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    host: `127.0.0.1:${server.address().port}`,
    stop: () => {
      for (const socket of sockets) socket.destroy()
      server.close()
    }
  }
}
