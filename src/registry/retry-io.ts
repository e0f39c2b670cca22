/**
 * The clock and log of the action's retries (retry.ts): real waits, and each
 * retry a warning; or a line of the log, for a read that only a report needs.
 */
import * as core from '@actions/core'
import type { RetryIO } from './retry.js'

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

export const retryIO: RetryIO = { sleep, log: (message: string) => core.warning(message) }

export const quietRetryIO: RetryIO = { sleep, log: (message: string) => core.info(message) }
