/**
 * A phase's end. Node ends the process once nothing holds its event loop, and
 * the runner waits for that: whatever a phase leaves open would hold the step
 * until the job's timeout. A proxy that never answers a tunnel's CONNECT does
 * (the request fails at its connect limit, but the tunnel's own socket is out
 * of reach and stays), so may a library's socket or a command not waited for
 * after a failure. Once the phase is done, the process is given a moment to
 * end by itself, then ended, with the exit code the phase set, once its output
 * is written. A cancel under way ends the process itself.
 */
import { cancelling } from './cancel.js'

/** Long enough for the last writes and sockets' closes; a process that ends sooner never waits. */
const GRACE_MS = 1000

export function endOnceDone(end: () => void = () => process.exit()): void {
  // Unref'd, as the ones below: it holds nothing itself.
  setTimeout(() => {
    if (cancelling()) return
    void tellOpen()
      .catch(() => undefined)
      .finally(() => {
        let ended = false
        const endOnce = (): void => {
          if (!ended) end()
          ended = true
        }
        // Output to a pipe may still be queued (POSIX): written first, or for a moment more.
        process.stdout.write('', endOnce)
        setTimeout(endOnce, GRACE_MS).unref()
      })
  }, GRACE_MS).unref()
}

async function tellOpen(): Promise<void> {
  // The kinds of what is open (TCPWRAP, ProcessWrap, Timeout...).
  const open = process.getActiveResourcesInfo()
  const core = await import('@actions/core')
  core.debug(`Still open once the phase was done: ${open.join(', ')}; ended`)
}
