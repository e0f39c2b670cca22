/**
 * Token and metadata requests (a registry's token realm, its manifests, ECR's
 * and Google's token endpoints): a service that stops answering fails the
 * request after this long instead of holding the job until the runner's own
 * timeout (for the registry clients, registry/http.ts: this long silent).
 */
export const REQUEST_TIMEOUT_MS = 30_000
/** Connecting is quick where the service is up: a dead address fails sooner. */
export const CONNECT_TIMEOUT_MS = 10_000

/**
 * A blob's transfer between registries, a cross-repository mount or a
 * manifest's PUT fails once its connection is silent this long: a registry
 * may take a while to check a large layer's digest, or copy a blob, or check
 * what a manifest names, before it answers (repository.ts, `transfer`).
 */
export const TRANSFER_IDLE_TIMEOUT_MS = 300_000
