import * as core from '@actions/core'
import { execCommand, lastErrorLine } from '../exec.js'

/** Pushes each tag in turn; the first failure stops the push and names the tag. */
export async function pushTags(tags: readonly string[]): Promise<void> {
  for (const tag of tags) {
    core.info(`Pushing ${tag}`)
    const result = await execCommand('docker', ['push', tag])
    if (result.exitCode !== 0) {
      throw new Error(`Push of ${tag} failed: ${lastErrorLine(result)}`)
    }
  }
}
