import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

function required(name: string): string {
  const value = process.env[name]
  if (!value) {
    throw new Error(
      `${name} is not set: run end-to-end tests with \`npm test\` (scripts/with-engine.sh)`
    )
  }
  return value
}

/** The engine and registries that scripts/engine.sh started (or found). */
export const engine = {
  get registry(): string {
    return required('HOIST_REGISTRY')
  },
  /** A second open registry, for images pushed to two registries. */
  get registry2(): string {
    return required('HOIST_REGISTRY_2')
  },
  get authRegistry(): string {
    return required('HOIST_AUTH_REGISTRY')
  },
  get user(): string {
    return required('HOIST_AUTH_USER')
  },
  get password(): string {
    return required('HOIST_AUTH_PASS')
  },
  get baseImage(): string {
    return required('HOIST_BASE_IMAGE')
  },
  /** legacy, runner or containerd (scripts/engine.sh); `host` for a daemon found running. */
  get profile(): string {
    return required('HOIST_ENGINE_PROFILE')
  },
  /** What the engine can do, as the action finds it out; asked of the daemon once. */
  get can(): EngineTraits {
    traits ??= probeTraits()
    return traits
  }
}

export interface EngineTraits {
  /** buildx is installed (else the daemon's BuildKit, through a 20.10 client). */
  readonly buildx: boolean
  readonly imageStore: 'classic' | 'containerd'
  /** Hoist's layer cache here: a buildx local export where the engine can export one. */
  readonly cacheStrategy: 'inline' | 'local'
}

let traits: EngineTraits | undefined

function probeTraits(): EngineTraits {
  const buildx = (() => {
    try {
      docker('buildx', 'version')
      return true
    } catch {
      return false
    }
  })()
  const status = docker('info', '--format', '{{json .DriverStatus}}')
  const imageStore = status.includes('io.containerd.snapshotter.v1') ? 'containerd' : 'classic'
  const cacheStrategy = buildx && imageStore === 'containerd' ? 'local' : 'inline'
  return { buildx, imageStore, cacheStrategy }
}

/** The `registry-auth` input that logs in to `host` (the htpasswd registry's) as the test user. */
export function registryAuth(host: string = engine.authRegistry): string {
  return [
    `- registry: ${host}`,
    `  username: ${engine.user}`,
    `  password: ${engine.password}`
  ].join('\n')
}

/** A repository name no other test uses. */
export function uniqueRepo(prefix: string): string {
  return `e2e/${prefix}-${randomBytes(4).toString('hex')}`
}

/** A build context in a temporary directory: file name → content. */
export function makeContext(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-ctx-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

export function docker(...args: string[]): string {
  return execFileSync('docker', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}

/**
 * A file of an image, copied out of a container that never starts. What a
 * short-lived `docker run` prints can be lost when the machine is loaded (its
 * output races the attach), so an image's content is not read that way.
 */
export function fileIn(image: string, file: string, platform?: string): string {
  const container = docker('create', ...(platform ? ['--platform', platform] : []), image, 'true')
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-file-'))
  try {
    // A link is followed, as `cat` would.
    docker('cp', '--follow-link', `${container}:${file}`, path.join(dir, 'file'))
    return readFileSync(path.join(dir, 'file'), 'utf8').trim()
  } finally {
    try {
      docker('rm', '--force', container)
    } catch {
      // The read's own failure, if any, is the one to see.
    }
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A user's own docker config dir with these logins (`auths`), as
 * docker/login-action leaves one. The engine's CLI plugins (buildx, where the
 * profile installs it in its config dir, as setup-buildx-action does) are linked in.
 */
export function userDockerConfig(auths: Record<string, { auth: string }>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-docker-config-'))
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auths }))
  const plugins = process.env.DOCKER_CONFIG && path.join(process.env.DOCKER_CONFIG, 'cli-plugins')
  if (plugins && existsSync(plugins)) symlinkSync(plugins, path.join(dir, 'cli-plugins'))
  return dir
}
