/** The clock and log of the action's retries (retry.ts): real waits, and each retry a warning. */
import * as core from '@actions/core'
import type { RetryIO } from './retry.js'

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

export const retryIO: RetryIO = { sleep, log: (message: string) => core.warning(message) }
