/**
 * Which kind of registry a host is, and what its name tells about it. Pure.
 * The kind decides where credentials come from when none are given.
 */

export type RegistryKind =
  'docker-hub' | 'ghcr' | 'ecr' | 'ecr-public' | 'gcr' | 'artifact-registry' | 'generic'

export interface RegistryInfo {
  /** The host as tags name it, with its port if any: `localhost:5000`. */
  readonly host: string
  readonly kind: RegistryKind
  /** ECR private: the 12-digit account; the region for ECR and Artifact Registry. */
  readonly accountId?: string
  readonly region?: string
}

const DOCKER_HUB_HOSTS = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com'
])

// <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn], and the dual-stack
// <account>.dkr-ecr[-fips].<region>.on.aws.
const ECR = /^(\d{12})\.dkr[.-]ecr(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|on\.aws)$/
const ARTIFACT_REGISTRY = /^([a-z0-9-]+)-docker\.pkg\.dev$/

export function registryKind(host: string): RegistryInfo {
  const name = hostname(host).toLowerCase()
  if (DOCKER_HUB_HOSTS.has(name)) return { host, kind: 'docker-hub' }
  if (name === 'ghcr.io') return { host, kind: 'ghcr' }
  if (name === 'public.ecr.aws') return { host, kind: 'ecr-public', region: 'us-east-1' }
  const ecr = ECR.exec(name)
  if (ecr) return { host, kind: 'ecr', accountId: ecr[1] ?? '', region: ecr[2] ?? '' }
  if (name === 'gcr.io' || name.endsWith('.gcr.io')) return { host, kind: 'gcr' }
  const ar = ARTIFACT_REGISTRY.exec(name)
  if (ar) return { host, kind: 'artifact-registry', region: ar[1] ?? '' }
  return { host, kind: 'generic' }
}

/** The host without its port; an IPv6 literal keeps its brackets. */
function hostname(host: string): string {
  const port = /:\d+$/.exec(host)
  return port && !host.endsWith(']') ? host.slice(0, port.index) : host
}

export const KIND_NAMES: Readonly<Record<RegistryKind, string>> = {
  'docker-hub': 'Docker Hub',
  ghcr: 'GitHub Container Registry',
  ecr: 'Amazon ECR',
  'ecr-public': 'Amazon ECR Public',
  gcr: 'Google Container Registry',
  'artifact-registry': 'Google Artifact Registry',
  generic: 'registry'
}
