import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createServer } from 'node:tls'
import { listenLocally } from './listen.js'

/**
 * The engine's daemon behind TLS on 127.0.0.1, as docker:dind serves it: the
 * client must show a certificate of the same CA. `env` is what such a job
 * sets (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH). Every connection
 * is passed on to the daemon's socket byte for byte, upgraded ones too.
 */
export async function tlsDaemon(): Promise<{
  env: Record<string, string>
  close: () => Promise<void>
}> {
  const daemon = (process.env.DOCKER_HOST ?? '').replace(/^unix:\/\//, '')
  const certs = makeCertificates()
  const server = createServer({
    key: readFileSync(path.join(certs, 'server-key.pem')),
    cert: readFileSync(path.join(certs, 'server-cert.pem')),
    ca: readFileSync(path.join(certs, 'ca.pem')),
    requestCert: true,
    rejectUnauthorized: true
  })
  // Every connection, a handshake not finished too, is closed with the server.
  const open = new Set<Socket>()
  const track = (socket: Socket): void => {
    open.add(socket)
    socket.on('close', () => open.delete(socket))
  }
  server.on('connection', track)
  server.on('secureConnection', client => {
    const upstream = connect(daemon)
    track(upstream)
    client.pipe(upstream).pipe(client)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  const listening = await listenLocally(server)
  return {
    env: {
      DOCKER_HOST: `tcp://127.0.0.1:${listening.port}`,
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: certs
    },
    close: async () => {
      for (const socket of open) socket.destroy()
      await listening.close()
      rmSync(certs, { recursive: true, force: true })
    }
  }
}

/** A CA, the server's certificate for 127.0.0.1 and a client's, in the files the docker CLI reads. */
function makeCertificates(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-tls-daemon-'))
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' })
  }
  const key = (file: string): void =>
    openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file)
  key('ca-key.pem')
  openssl(
    'req',
    '-x509',
    '-new',
    '-key',
    'ca-key.pem',
    '-subj',
    '/CN=hoist test CA',
    '-days',
    '2',
    '-out',
    'ca.pem'
  )
  const sign = (name: string, keyFile: string, certFile: string, extensions: string): void => {
    key(keyFile)
    writeFileSync(path.join(dir, `${name}.ext`), extensions)
    openssl('req', '-new', '-key', keyFile, '-subj', `/CN=${name}`, '-out', `${name}.csr`)
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca-key.pem',
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
      '-out',
      certFile
    )
  }
  sign(
    'server',
    'server-key.pem',
    'server-cert.pem',
    'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n'
  )
  sign('client', 'key.pem', 'cert.pem', 'extendedKeyUsage=clientAuth\n')
  return dir
}
