/**
 * A phase's end. Node ends the process once nothing holds its event loop, and
 * the runner waits for that: whatever a phase leaves open would hold the step
 * until the job's timeout. A proxy that never answers a tunnel's CONNECT does
 * (the request fails at its connect limit, but the tunnel's own socket is out
 * of reach and stays), so may a library's socket or a command not waited for
 * after a failure. Once the phase is done, the process is given a moment to
 * end by itself, then ended, with the exit code the phase set.
 */

/** Long enough for the last writes and sockets' closes; a process that ends sooner never waits. */
export const END_GRACE_MS = 1000

export function endOnceDone(graceMs = END_GRACE_MS): void {
  // Unref'd: it holds nothing itself.
  setTimeout(() => void endNow(), graceMs).unref()
}

async function endNow(): Promise<void> {
  // The kinds of what is open (TCPWRAP, ProcessWrap, Timeout...), for a debug log.
  const open = process.getActiveResourcesInfo()
  const core = await import('@actions/core')
  core.debug(`Still open once the phase was done: ${open.join(', ')}; ended`)
  process.exit()
}
