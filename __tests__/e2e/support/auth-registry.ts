/**
 * A real registry (docker-registry, htpasswd auth) with credentials a test
 * chooses, e.g. user AWS and the password an ECR token carries.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { listenLocally } from './listen.js'

export interface AuthRegistry {
  readonly port: number
  close(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer()
  const { port, close } = await listenLocally(server)
  await close()
  return port
}

export async function startAuthRegistry(user: string, password: string): Promise<AuthRegistry> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-auth-registry-'))
  // bcrypt reads 72 bytes of a password, and htpasswd refuses long ones (a JSON key).
  const hashed = Buffer.from(password).subarray(0, 72).toString('utf8')
  const htpasswd = execFileSync('htpasswd', ['-Bbn', user, hashed], { encoding: 'utf8' })
  writeFileSync(path.join(dir, 'htpasswd'), htpasswd)
  const port = await freePort()
  writeFileSync(
    path.join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log: {level: warn}',
      `storage: {filesystem: {rootdirectory: ${dir}/data}}`,
      `http: {addr: 127.0.0.1:${port}}`,
      `auth: {htpasswd: {realm: hoist-test, path: ${dir}/htpasswd}}`,
      ''
    ].join('\n')
  )
  const child: ChildProcess = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], {
    stdio: 'ignore'
  })
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/v2/`).then(
      () => true,
      () => false
    )
    if (up) break
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  return {
    port,
    close: () =>
      new Promise<void>(resolve => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill()
      })
  }
}

/**
 * Makes `name` resolve to 127.0.0.1 (tests run as root, as CI does). Go
 * programs such as dockerd cache /etc/hosts for 5 seconds, so after a change
 * this waits until the file is 6 seconds old before the daemon can be asked
 * to use the name. The change may be another profile's, made a moment ago
 * (CI runs the profiles side by side): the wait holds for a line found too.
 */
export async function addHostsLine(name: string): Promise<void> {
  const hosts = readFileSync('/etc/hosts', 'utf8')
  if (!new RegExp(`^127\\.0\\.0\\.1\\s+${name.replace(/\./g, '\\.')}\\s*$`, 'm').test(hosts)) {
    appendFileSync('/etc/hosts', `${hosts.endsWith('\n') ? '' : '\n'}127.0.0.1 ${name}\n`)
  }
  const age = Date.now() - statSync('/etc/hosts').mtimeMs
  if (age < 6_000) await new Promise(resolve => setTimeout(resolve, 6_000 - age))
}
