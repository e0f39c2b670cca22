/**
 * A cancelled run: the runner sends SIGINT, then SIGTERM, to the step's
 * process. Node's default would end this process at once and leave what it
 * started running (a build, a push, the cache's registry). Each part that
 * starts something registers how to stop it; on the signal, all of them run,
 * then the step ends as failed. The post step still runs, and cleans up.
 */
import { errorMessage } from './errors.js'

type Stop = () => Promise<void>

const stops = new Set<Stop>()
let cancelled = false

/** A cancel is under way: its handler ends the process once what it stops has stopped. */
export function cancelling(): boolean {
  return cancelled
}

/** Registers what stops a thing this process started; the returned function unregisters it. */
export function onCancel(stop: Stop): () => void {
  stops.add(stop)
  return () => stops.delete(stop)
}

/** Main's handler of the runner's cancel signals; the returned function removes it. */
export function handleCancellation(
  exit: (code: number) => void = code => process.exit(code)
): () => void {
  const cancel = (signal: NodeJS.Signals): void => {
    if (cancelled) return
    cancelled = true
    // Failed from now on, whatever ends the process.
    process.exitCode = 1
    void cancelAll(signal)
      .catch(() => undefined)
      .finally(() => exit(1))
  }
  process.on('SIGINT', cancel)
  process.on('SIGTERM', cancel)
  return () => {
    process.off('SIGINT', cancel)
    process.off('SIGTERM', cancel)
  }
}

/**
 * Runs every stop. @actions/core is loaded here, not with this module: the
 * entry point starts `docker info` before the rest of the action loads.
 */
async function cancelAll(signal: NodeJS.Signals): Promise<void> {
  const stopped = Promise.allSettled([...stops].map(stop => stop()))
  const core = await import('@actions/core')
  core.info(`Cancelled (${signal}): stopping the commands and servers this step started`)
  const results = await stopped
  for (const result of results) {
    if (result.status === 'rejected') core.warning(`Could not stop: ${errorMessage(result.reason)}`)
  }
  // After the stops: the build's output no longer holds the runner's commands off.
  core.error(`Cancelled (${signal}): the commands and servers this step started are stopped`)
}
