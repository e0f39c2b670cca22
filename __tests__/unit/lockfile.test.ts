import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const root = path.join(import.meta.dirname, '..', '..')

describe('package-lock.json', () => {
  // npm ci refuses a lock file that lacks any package package.json needs, optional
  // platform builds included, which npm install would quietly add.
  it('is complete: npm ci accepts it on a fresh clone', async () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'hoist-lockfile-'))
    try {
      for (const file of ['package.json', 'package-lock.json']) {
        copyFileSync(path.join(root, file), path.join(clone, file))
      }
      const ci = await promisify(execFile)(
        'npm',
        ['ci', '--dry-run', '--ignore-scripts', '--offline', '--no-audit', '--no-fund'],
        { cwd: clone, encoding: 'utf8' }
      ).catch((error: Error & { stderr?: string }) => ({ failed: error.stderr ?? error.message }))
      expect(ci).not.toHaveProperty('failed')
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  }, 60_000)
})
