/** The message of anything thrown, for a log line or an error that wraps it. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A mistake in the workflow's inputs: reported as `::error::` without a stack trace. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    reason: string
  ) {
    super(`Input "${input}": ${reason}`)
    this.name = 'InputError'
  }
}
