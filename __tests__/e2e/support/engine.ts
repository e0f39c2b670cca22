import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
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
  }
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
