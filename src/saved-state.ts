/**
 * What main saved for post, read as the runner hands it over: each saved
 * value is the post step's `STATE_<name>` variable (what `core.getState`
 * reads). Read here without @actions/core, whose HTTP client takes longer to
 * load than a post with nothing to report takes to run.
 */
import type { State } from './state.js'

export const STATE_KEY = 'hoist'
export const POST_FLAG = 'isPost'

function savedValue(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

export function isPost(): boolean {
  return savedValue(POST_FLAG) === 'true'
}

export function loadState(): State {
  const raw = savedValue(STATE_KEY)
  if (!raw) return {}
  try {
    return JSON.parse(raw) as State
  } catch {
    return {}
  }
}
