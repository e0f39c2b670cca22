import type { AddressInfo, Server } from 'node:net'

export interface Listening {
  readonly port: number
  readonly close: () => Promise<void>
}

/** Starts a stand-in server on a free port of 127.0.0.1. */
export async function listenLocally(server: Server): Promise<Listening> {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { port, close: () => new Promise<void>(resolve => server.close(() => resolve())) }
}
