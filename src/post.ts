import * as core from '@actions/core'
import { rmSync } from 'node:fs'
import { logoutRegistries } from './registry/session.js'
import { loadState } from './state.js'

/** Best-effort cleanup: each part warns on failure, and post never fails the job. */
export async function runPost(): Promise<void> {
  const state = loadState()
  await logoutRegistries(state)
  if (state.tempDir) {
    try {
      rmSync(state.tempDir, { recursive: true, force: true })
    } catch (error) {
      core.warning(`Could not remove ${state.tempDir}: ${String(error)}`)
    }
  }
}
