import * as core from '@actions/core'
import { rmSync } from 'node:fs'
import { logoutRegistries } from './registry/session.js'
import { loadState } from './state.js'
import { errorMessage } from './errors.js'

/** Best-effort cleanup: each part warns on failure, and post never fails the job. */
export async function runPost(): Promise<void> {
  const state = loadState()
  if (state.layerCache) {
    const pending = state.layerCache
    // The cache library is large: a job without a layer cache to save never loads it.
    const [{ saveLayerCache }, { renderCacheSaved }, { appendSummary }] = await Promise.all([
      import('./cache/save.js'),
      import('./report/cache.js'),
      import('./report/write.js')
    ])
    const outcome = await core.group('Cache save', () => saveLayerCache(pending))
    await appendSummary(renderCacheSaved(pending.key, outcome))
  }
  await logoutRegistries(state)
  for (const dir of [state.tempDir, state.cacheDir]) {
    if (!dir) continue
    try {
      rmSync(dir, { recursive: true, force: true })
    } catch (error) {
      core.warning(`Could not remove ${dir}: ${errorMessage(error)}`)
    }
  }
}
