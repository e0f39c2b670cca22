/** Waits until `done` says so, or `ms` have passed (the assertion after it tells which). */
export async function until(done: () => boolean, ms = 1000): Promise<void> {
  for (const start = Date.now(); !done() && Date.now() - start < ms;) {
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}
