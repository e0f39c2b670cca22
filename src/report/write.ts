import * as core from '@actions/core'
import { errorMessage } from '../errors.js'

/** Appends to the job summary. The summary is a report, never a reason to fail the job. */
export async function appendSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`The job summary could not be written: ${errorMessage(error)}`)
  }
}
