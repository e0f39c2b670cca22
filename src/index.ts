import * as core from '@actions/core'
import { run } from './main.js'
import { runPost } from './post.js'
import { isPost } from './state.js'

// One entry for both phases: main records that it ran, so the runner's second
// call of this file (the post step) sees the flag.
const phase = isPost() ? runPost() : run()
phase.catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error))
})
