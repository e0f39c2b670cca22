/**
 * @actions/cache, loaded when a run first needs it: with the Azure SDK it
 * weighs more than the rest of the action, and a run whose cache is off, or a
 * post step with nothing to save, should not spend its start-up loading it.
 */
export type CacheService = typeof import('@actions/cache')

/**
 * A runner without either address has no cache service, so the library need
 * not be loaded to learn that; where one is set, the library's own
 * `isFeatureAvailable` decides.
 */
export function cacheServiceConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)
}

let loading: Promise<CacheService> | undefined

/** Loads the library once; calling it early lets the load overlap other work. */
export function cacheService(): Promise<CacheService> {
  loading ??= import('@actions/cache')
  return loading
}
