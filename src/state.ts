import * as core from '@actions/core'
import type { PendingSave } from './cache/save.js'
import type { Frontend } from './engine/engine.js'
import { POST_FLAG, STATE_KEY } from './saved-state.js'

/** What the post step needs from main. Never a secret. */
export interface State {
  /** Temporary files of this run, removed by post. */
  readonly tempDir?: string
  /** This run's own docker config dir (credentials inside; the path only here). */
  readonly dockerConfig?: string
  /** The engine's frontend (engine.ts), whose tool logs out. */
  readonly frontend?: Frontend
  /** Registries logged in to, to log out of. */
  readonly registries?: readonly string[]
  /** The layer cache's directory, removed by post whether or not it saves it. */
  readonly cacheDir?: string
  /** The layer cache post saves; set only after a successful build. */
  readonly layerCache?: PendingSave
}

let saved: State = {}

/** Marks that main has run, so the same entry point runs post next time. */
export function markMain(): void {
  core.saveState(POST_FLAG, 'true')
}

/** Adds to the state main hands to post: each part of main saves its own fields. */
export function saveState(state: State): void {
  saved = { ...saved, ...state }
  core.saveState(STATE_KEY, JSON.stringify(saved))
}
