/**
 * @actions/cache, loaded when a run first needs it: with the Azure SDK it
 * weighs more than the rest of the action, and a run whose cache is off, or a
 * post step with nothing to save, should not spend its start-up loading it.
 */
export type CacheService = typeof import('@actions/cache')

export function cacheService(): Promise<CacheService> {
  return import('@actions/cache')
}
