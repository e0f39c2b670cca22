/**
 * The clock and log of the action's retries (retry.ts): real waits, and each
 * retry a warning; or a line of the log, for a read that only a report needs.
 */
import * as core from '@actions/core'
import type { RetryIO } from './retry.js'

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

export const retryIO: RetryIO = { sleep, log: (message: string) => core.warning(message) }

export const quietRetryIO: RetryIO = { sleep, log: (message: string) => core.info(message) }

/**
 * `quietRetryIO` for a read made ahead, while another step's log group is
 * open (the Build's): what it logs is held until the read is taken
 * (`release`), and written then, in the group of the step that takes it.
 * Retries made while a command's output is fenced (the relay's, during the
 * engine's push) are held the same way, as warnings (`write`).
 */
export function heldRetryIO(write: (message: string) => void = core.info): {
  readonly io: RetryIO
  readonly release: () => void
} {
  let held: string[] | undefined = []
  return {
    io: {
      sleep,
      log: (message: string) => (held ? void held.push(message) : write(message))
    },
    release: () => {
      for (const line of held ?? []) write(line)
      held = undefined
    }
  }
}
