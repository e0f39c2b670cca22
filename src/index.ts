import * as nodeModule from 'node:module'
import { errorMessage } from './errors.js'
import { endOnceDone } from './exit.js'

// Node starts twice per step (main, then post): cache compiled code between
// the two where the runtime can (node 22.1 and later).
;(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.()

// One entry for both phases: main records that it ran, so the runner's second
// call of this file (the post step) sees the flag. Each phase loads only its
// own modules, after the compile cache is on; post loads @actions/core only
// when it has something to say.
if ((await import('./saved-state.js')).isPost()) {
  // Post is best-effort: whatever it could not do, it never fails the job.
  await (await import('./post.js')).runPost().catch(async (error: unknown) => {
    ;(await import('@actions/core')).warning(`Clean-up was incomplete: ${errorMessage(error)}`)
  })
} else {
  ;(await import('./cancel.js')).handleCancellation()
  // Asked of the daemon first, answered while the modules below (@actions/core
  // too) load: the request is written before they hold the event loop. An
  // engine other than docker (the engine input) leaves the answer unread.
  await (await import('./engine/docker-info.js')).startDockerInfo()
  const core = await import('@actions/core')
  try {
    await (await import('./main.js')).run()
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}
// Whatever either phase left open (a proxy's tunnel that was never answered)
// does not hold the step.
endOnceDone()
