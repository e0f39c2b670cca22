/**
 * Writing to a registry over its HTTP API, for setting up images no builder
 * here can make: an OCI index over images pushed by docker, an attestation.
 */
import { createHash } from 'node:crypto'
import type { Basic } from './registry.js'

export interface Written {
  readonly digest: string
  readonly size: number
}

function authorization(auth?: Basic): Record<string, string> {
  return auth
    ? { Authorization: `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}` }
    : {}
}

function digestOf(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

export async function putBlob(
  registry: string,
  repository: string,
  content: Buffer
): Promise<Written> {
  const start = await fetch(`http://${registry}/v2/${repository}/blobs/uploads/`, {
    method: 'POST'
  })
  if (start.status !== 202) throw new Error(`POST upload to ${repository}: ${start.status}`)
  const url = new URL(start.headers.get('location') ?? '', `http://${registry}`)
  const digest = digestOf(content)
  url.searchParams.set('digest', digest)
  const put = await fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: content
  })
  if (put.status !== 201) throw new Error(`PUT blob to ${repository}: ${put.status}`)
  return { digest, size: content.length }
}

export async function putManifest(
  registry: string,
  repository: string,
  reference: string,
  manifest: { readonly mediaType: string },
  auth?: Basic
): Promise<Written> {
  const bytes = Buffer.from(JSON.stringify(manifest))
  const response = await fetch(`http://${registry}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: { 'Content-Type': manifest.mediaType, ...authorization(auth) },
    body: bytes
  })
  if (response.status !== 201) {
    throw new Error(
      `PUT manifest ${repository}:${reference}: ${response.status} ${await response.text()}`
    )
  }
  return { digest: digestOf(bytes), size: bytes.length }
}
