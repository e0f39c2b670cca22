/** A minimal reader of the registry HTTP API, for checking what was pushed. */

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

export interface Basic {
  readonly user: string
  readonly password: string
}

function headers(auth?: Basic): Record<string, string> {
  const h: Record<string, string> = { Accept: MANIFEST_TYPES }
  if (auth)
    h.Authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`
  return h
}

export interface Manifest {
  readonly digest: string
  readonly mediaType: string
  readonly config: { digest: string; size: number }
  readonly layers: readonly { digest: string; size: number }[]
}

export async function getManifest(
  registry: string,
  repository: string,
  reference: string,
  auth?: Basic
): Promise<Manifest | undefined> {
  const response = await fetch(`http://${registry}/v2/${repository}/manifests/${reference}`, {
    headers: headers(auth)
  })
  if (response.status === 404) return undefined
  if (!response.ok) throw new Error(`GET manifest ${repository}:${reference}: ${response.status}`)
  const body = (await response.json()) as Omit<Manifest, 'digest'>
  return { ...body, digest: response.headers.get('docker-content-digest') ?? '' }
}

export async function listTags(
  registry: string,
  repository: string,
  auth?: Basic
): Promise<string[]> {
  const response = await fetch(`http://${registry}/v2/${repository}/tags/list`, {
    headers: headers(auth)
  })
  if (response.status === 404) return []
  if (!response.ok) throw new Error(`GET tags ${repository}: ${response.status}`)
  const body = (await response.json()) as { tags: string[] | null }
  return [...(body.tags ?? [])].sort()
}

/**
 * The image manifest of one platform under a reference: the reference's own,
 * or its index's entry for that platform (the containerd image store pushes an
 * index, with an attestation manifest beside the image).
 */
export async function getImageManifest(
  registry: string,
  repository: string,
  reference: string,
  auth?: Basic,
  architecture = 'amd64'
): Promise<Manifest> {
  const top = await getManifest(registry, repository, reference, auth)
  if (!top) throw new Error(`${repository}:${reference} is not in ${registry}`)
  const entries = (
    top as { manifests?: { digest: string; platform?: { architecture?: string } }[] }
  ).manifests
  if (!entries) return top
  const entry = entries.find(e => e.platform?.architecture === architecture)
  const image = entry && (await getManifest(registry, repository, entry.digest, auth))
  if (!image) throw new Error(`no ${architecture} image in ${repository}:${reference}`)
  return image
}

/** What a reference holds: every manifest under it (nested indexes too) and their distinct blobs. */
export interface Content {
  /** The digests of the manifests under the reference, itself left out. */
  readonly children: readonly string[]
  /** The digests of every config and layer those manifests name, once each. */
  readonly blobs: readonly string[]
}

/**
 * The content under a reference, as a registry holds it: one image manifest on
 * the classic store; on the containerd store an index, with an attestation
 * manifest beside the image.
 */
export async function contentOf(
  registry: string,
  repository: string,
  reference: string,
  auth?: Basic
): Promise<Content> {
  const children: string[] = []
  const blobs = new Set<string>()
  const visit = async (ref: string): Promise<void> => {
    const manifest = await getManifest(registry, repository, ref, auth)
    if (!manifest) throw new Error(`${repository}@${ref} is not in ${registry}`)
    const {
      config,
      layers = [],
      manifests = []
    } = manifest as Partial<Manifest> & {
      manifests?: { digest: string }[]
    }
    for (const blob of [...(config ? [config] : []), ...layers]) blobs.add(blob.digest)
    for (const entry of manifests) {
      children.push(entry.digest)
      await visit(entry.digest)
    }
  }
  await visit(reference)
  return { children, blobs: [...blobs] }
}
