/** A registry answered with an error status that a retry will not change. */
export class RegistryError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = 'RegistryError'
  }
}
