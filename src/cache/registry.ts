/**
 * The restored images, served to BuildKit as a registry on 127.0.0.1 instead
 * of loaded with `docker load`. BuildKit reads each image's manifest and
 * inline cache, then pulls only the layers a step it takes from the cache
 * needs: a builder stage whose output the final image already holds is never
 * pulled at all. `docker load` would unpack every layer of every image twice,
 * to a temp folder and then into the daemon, before the build could start.
 *
 * Only a daemon on this host reaches the address; elsewhere (a job container,
 * a remote daemon) the images are loaded instead.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import * as path from 'node:path'
import type { SavedImage } from '../engine/saved.js'
import { serveOnLoopback } from '../registry/loopback.js'
import { sha256 } from '../registry/repository.js'
import { parseImageConfig } from '../report/layers.js'
import { readSaveManifest } from './images.js'
import { describeLayer, type LayerFile, type StageLayers } from './stage-layers.js'

export interface ImageServer {
  /** `127.0.0.1:PORT`. */
  readonly address: string
  /** The images served, by their local names (`hoist-cache/ID:target`). */
  readonly images: readonly string[]
  /** The layers the build has pulled so far, of all the images hold. */
  read(): LayersRead
  /** Images not served after all: the cache no longer holds a stage's own layers. */
  withheld(): readonly string[]
  close(): Promise<void>
}

/** The stage entries (stage-layers.ts) behind the images' layers not yet here. */
export interface StageEntries {
  readonly entries: readonly StageLayers[]
  /** Whether the cache still holds the entry; asked once, as the build starts. */
  present(entry: StageLayers): Promise<boolean>
  /** Restores the entry's layers into the folder; false when it could not. */
  fetch(entry: StageLayers): Promise<boolean>
}

export interface LayersRead {
  readonly layers: number
  readonly bytes: number
  readonly ofLayers: number
  readonly ofBytes: number
}

interface Manifest {
  readonly body: string
  readonly digest: string
  /** The image's local name. */
  readonly image: string
  /** Its layer files. */
  readonly files: readonly string[]
}

/** What the registry serves: manifests by `name:tag` and by `name@digest`, blobs by digest. */
export interface RegistryContent {
  readonly manifests: ReadonlyMap<string, Manifest>
  readonly blobs: ReadonlyMap<string, string>
  /** Each layer's size, by digest. */
  readonly layers: ReadonlyMap<string, number>
  readonly images: readonly string[]
}

const MANIFEST_TYPE = 'application/vnd.oci.image.manifest.v1+json'

/**
 * Serves `docker save`'s unpacked folder; throws when the folder is not one.
 * A layer still in a stage's entry is restored when the build first asks for
 * it. An image whose entry the cache no longer holds is not served at all:
 * BuildKit gives up on a missing manifest at once, but retries a missing
 * layer for a minute.
 */
export async function serveImages(folder: string, stages: StageEntries): Promise<ImageServer> {
  const saved = readSaveManifest(folder)
  if (!saved) throw new Error('it holds no manifest.json of docker save')
  const content = registryContent(saved, {
    read: file => readFileSync(path.join(folder, file)),
    layer: file => describeLayer(folder, file, stages.entries)
  })
  const fetches = new Map<string, Promise<boolean>>()
  const pulled = new Set<string>()
  const withheld = new Set<string>()
  const available = async (manifest: Manifest): Promise<boolean> => {
    const absent = manifest.files.filter(file => !existsSync(path.join(folder, file)))
    const entries = stages.entries.filter(entry => absent.some(file => entry.layers[file]))
    const present = await Promise.all(entries.map(entry => stages.present(entry)))
    if (present.every(Boolean)) return true
    withheld.add(manifest.image)
    return false
  }
  const blobFile = async (digest: string): Promise<string | undefined> => {
    const file = content.blobs.get(digest)
    if (file === undefined) return undefined
    const entry = stages.entries.find(candidate => candidate.layers[file])
    if (entry && !existsSync(path.join(folder, file))) {
      if (!fetches.has(entry.key)) fetches.set(entry.key, stages.fetch(entry))
      await fetches.get(entry.key)
    }
    if (!existsSync(path.join(folder, file))) return undefined
    pulled.add(digest)
    return path.join(folder, file)
  }
  const server = await serveOnLoopback((request, response) =>
    answer(request, response, content.manifests, available, blobFile)
  )
  return {
    address: server.host,
    images: content.images,
    withheld: () => [...withheld],
    read: () => {
      const sizes = [...content.layers]
      const read = sizes.filter(([digest]) => pulled.has(digest))
      return {
        layers: read.length,
        bytes: sum(read.map(([, size]) => size)),
        ofLayers: sizes.length,
        ofBytes: sum(sizes.map(([, size]) => size))
      }
    },
    close: () => server.close()
  }
}

/**
 * An OCI manifest for each image `docker save` wrote. A layer it writes as
 * `<id>/layer.tar` is the layer uncompressed, so its digest is the diff ID the
 * image's config lists; one it writes as `blobs/sha256/<digest>` (docker 25
 * and later) is named by its digest, and may be compressed (the containerd
 * image store keeps layers as pulled). BuildKit checks every blob against its
 * digest as it pulls.
 */
export function registryContent(
  saved: readonly SavedImage[],
  files: {
    read(file: string): Buffer
    /** A layer's size and media type; undefined when it is in no file nor stage entry. */
    layer(file: string): LayerFile | undefined
  }
): RegistryContent {
  const manifests = new Map<string, Manifest>()
  const blobs = new Map<string, string>()
  const layerSizes = new Map<string, number>()
  const images: string[] = []
  for (const image of saved) {
    const config = files.read(image.Config)
    const { diffIds } = parseImageConfig(JSON.parse(config.toString('utf8')))
    if (diffIds.length !== image.Layers.length) {
      throw new Error(`${image.Config} does not list one diff ID for each of its layers`)
    }
    const layers = image.Layers.map((file, index) => {
      const named = /(?:^|\/)blobs\/sha256\/([0-9a-f]{64})$/.exec(file)?.[1]
      const layer = files.layer(file)
      return layer && { file, digest: named ? `sha256:${named}` : (diffIds[index] ?? ''), ...layer }
    })
    // An image with a layer nowhere to be had is left out: its stage is built again.
    if (!layers.every(layer => layer !== undefined)) continue
    const configDigest = sha256(config)
    blobs.set(configDigest, image.Config)
    for (const { file, digest, size } of layers) {
      blobs.set(digest, file)
      layerSizes.set(digest, size)
    }
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST_TYPE,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: configDigest,
        size: config.length
      },
      layers: layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size }))
    })
    const manifest = {
      body,
      digest: sha256(Buffer.from(body)),
      image: image.RepoTags?.[0] ?? '',
      files: image.Layers
    }
    for (const name of image.RepoTags ?? []) {
      manifests.set(name, manifest)
      manifests.set(`${name.slice(0, name.lastIndexOf(':'))}@${manifest.digest}`, manifest)
      images.push(name)
    }
  }
  return { manifests, blobs, layers: layerSizes, images }
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  manifests: ReadonlyMap<string, Manifest>,
  available: (manifest: Manifest) => Promise<boolean>,
  blobFile: (digest: string) => Promise<string | undefined>
): Promise<void> {
  const head = request.method === 'HEAD'
  if (!head && request.method !== 'GET') return notFound(response, 405)
  const url = (request.url ?? '').split('?')[0] ?? ''
  if (url === '/v2/' || url === '/v2') {
    response.writeHead(200, { 'Content-Type': 'application/json' })
    return void response.end(head ? undefined : '{}')
  }
  const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url)
  if (manifest) {
    const [, repository = '', reference = ''] = manifest
    const separator = reference.startsWith('sha256:') ? '@' : ':'
    const found = manifests.get(`${repository}${separator}${reference}`)
    if (!found || !(await available(found))) return notFound(response)
    response.writeHead(200, {
      'Content-Type': MANIFEST_TYPE,
      'Content-Length': Buffer.byteLength(found.body),
      'Docker-Content-Digest': found.digest
    })
    return void response.end(head ? undefined : found.body)
  }
  const blob = /^\/v2\/.+\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url)
  const file = blob ? await blobFile(blob[1] ?? '') : undefined
  if (!blob || !file) return notFound(response)
  response.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'Docker-Content-Digest': blob[1]
  })
  if (head) return void response.end()
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response)
}

function notFound(response: ServerResponse, status = 404): void {
  response.writeHead(status, { 'Content-Type': 'application/json' })
  response.end(
    JSON.stringify({ errors: [{ code: 'NOT_FOUND', message: 'not in the layer cache' }] })
  )
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
