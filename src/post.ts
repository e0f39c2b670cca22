import { rmSync } from 'node:fs'
import { loadState } from './saved-state.js'
import { errorMessage } from './errors.js'

/**
 * Best-effort cleanup: each part warns on failure, and post never fails the
 * job. A post with only this run's folders to remove loads no more than this
 * module: the cache library, the logout and @actions/core itself load only
 * for the work that needs them.
 */
export async function runPost(): Promise<void> {
  const state = loadState()
  if (state.layerCache) {
    const pending = state.layerCache
    const [core, { saveLayerCache }, { renderCacheSaved }, { appendSummary }] = await Promise.all([
      import('@actions/core'),
      import('./cache/save.js'),
      import('./report/cache.js'),
      import('./report/write.js')
    ])
    const outcome = await core.group('Cache save', () => saveLayerCache(pending))
    await appendSummary(renderCacheSaved(pending.key, outcome))
  }
  if (state.dockerConfig) await (await import('./registry/session.js')).logoutRegistries(state)
  const unremoved: string[] = []
  for (const dir of [state.tempDir, state.cacheDir]) {
    if (!dir) continue
    try {
      rmSync(dir, { recursive: true, force: true })
    } catch (error) {
      unremoved.push(`Could not remove ${dir}: ${errorMessage(error)}`)
    }
  }
  if (unremoved.length) {
    const core = await import('@actions/core')
    for (const warning of unremoved) core.warning(warning)
  }
}
