import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { readSaveManifest, saveImages } from '../../src/cache/images.js'
import { registryContent, serveImages, type ImageServer } from '../../src/cache/registry.js'
import { stageLayersKey } from '../../src/cache/keys.js'
import {
  describeLayer,
  readStageLayers,
  splitStageLayers,
  writeStageLayers,
  type StageLayers
} from '../../src/cache/stage-layers.js'
import { failedCacheImports } from '../../src/engine/progress.js'
import { parseSaveManifest, type SavedImage } from '../../src/engine/saved.js'

const sha256 = (data: string | Buffer) =>
  `sha256:${createHash('sha256').update(data).digest('hex')}`

/**
 * A folder as `docker save | tar -x` leaves it: two images sharing a base
 * layer, which docker writes once and links from the second image.
 */
function savedFolder(): {
  folder: string
  layers: { base: string; builder: string; final: string }
} {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'hoist-saved-'))
  const layers = { base: 'base layer', builder: 'builder layer', final: 'final layer' }
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true })
    writeFileSync(path.join(folder, file), content)
  }
  write('b/layer.tar', layers.base)
  write('u/layer.tar', layers.builder)
  write('f/layer.tar', layers.final)
  mkdirSync(path.join(folder, 'b2'))
  symlinkSync('../b/layer.tar', path.join(folder, 'b2/layer.tar'))
  const config = (diffs: string[]) => JSON.stringify({ rootfs: { diff_ids: diffs.map(sha256) } })
  write('builder.json', config([layers.base, layers.builder]))
  write('final.json', config([layers.base, layers.final]))
  const manifest: SavedImage[] = [
    {
      Config: 'builder.json',
      RepoTags: ['hoist-cache/abc:stage-builder'],
      Layers: ['b/layer.tar', 'u/layer.tar']
    },
    {
      Config: 'final.json',
      RepoTags: ['hoist-cache/abc:target'],
      Layers: ['b2/layer.tar', 'f/layer.tar']
    }
  ]
  write('manifest.json', JSON.stringify(manifest))
  return { folder, layers }
}

const NO_STAGES = {
  entries: [],
  present: () => Promise.resolve(true),
  fetch: () => Promise.resolve(false)
}

let saved: ReturnType<typeof savedFolder>
beforeEach(() => {
  saved = savedFolder()
})
afterEach(() => {
  rmSync(saved.folder, { recursive: true, force: true })
})

describe('registryContent', () => {
  const files = (folder: string) => ({
    read: (file: string) => readFileSync(path.join(folder, file)),
    layer: (file: string) => describeLayer(folder, file, [])
  })

  it('gives each image an OCI manifest whose layers are its diff IDs, by tag and by digest', () => {
    const content = registryContent(readSaveManifest(saved.folder) ?? [], files(saved.folder))
    expect(content.images).toEqual(['hoist-cache/abc:stage-builder', 'hoist-cache/abc:target'])
    const target = content.manifests.get('hoist-cache/abc:target')
    const body = JSON.parse(target?.body ?? '{}') as {
      config: { digest: string; size: number }
      layers: { mediaType: string; digest: string; size: number }[]
    }
    expect(target?.digest).toBe(sha256(target?.body ?? ''))
    expect(content.manifests.get(`hoist-cache/abc@${target?.digest ?? ''}`)).toBe(target)
    const config = readFileSync(path.join(saved.folder, 'final.json'))
    expect(body.config).toMatchObject({ digest: sha256(config), size: config.length })
    expect(body.layers).toEqual([
      {
        mediaType: 'application/vnd.oci.image.layer.v1.tar',
        digest: sha256(saved.layers.base),
        size: saved.layers.base.length
      },
      {
        mediaType: 'application/vnd.oci.image.layer.v1.tar',
        digest: sha256(saved.layers.final),
        size: saved.layers.final.length
      }
    ])
    expect(content.blobs.get(sha256(saved.layers.builder))).toBe('u/layer.tar')
    expect(content.blobs.get(sha256(config))).toBe('final.json')
  })

  it("takes a blob's digest from its name in docker 25's layout, and tells a compressed one", () => {
    // The containerd image store saves layers as pulled: gzip here, its digest not the diff ID.
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01])
    const plain = Buffer.from('plain layer')
    const folder = mkdtempSync(path.join(os.tmpdir(), 'hoist-oci-'))
    try {
      mkdirSync(path.join(folder, 'blobs/sha256'), { recursive: true })
      const blob = (data: Buffer) => {
        const file = `blobs/sha256/${sha256(data).slice('sha256:'.length)}`
        writeFileSync(path.join(folder, file), data)
        return file
      }
      const config = Buffer.from(
        JSON.stringify({ rootfs: { diff_ids: [sha256('unpacked'), sha256(plain)] } })
      )
      const saved: SavedImage[] = [
        {
          Config: blob(config),
          RepoTags: ['hoist-cache/abc:target'],
          Layers: [blob(gzip), blob(plain)]
        }
      ]
      const content = registryContent(saved, files(folder))
      const manifest = JSON.parse(
        content.manifests.get('hoist-cache/abc:target')?.body ?? '{}'
      ) as {
        layers: { mediaType: string; digest: string }[]
      }
      expect(manifest.layers).toEqual([
        expect.objectContaining({
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: sha256(gzip)
        }),
        expect.objectContaining({
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: sha256(plain)
        })
      ])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('refuses a config that does not list one diff ID per layer', () => {
    writeFileSync(path.join(saved.folder, 'final.json'), JSON.stringify({ rootfs: {} }))
    expect(() =>
      registryContent(readSaveManifest(saved.folder) ?? [], files(saved.folder))
    ).toThrow('final.json does not list one diff ID for each of its layers')
  })
})

describe('serveImages', () => {
  let server: ImageServer
  beforeEach(async () => {
    server = await serveImages(saved.folder, NO_STAGES)
  })
  afterEach(async () => {
    await server.close()
  })
  const get = (url: string, method = 'GET') =>
    fetch(`http://${server.address}${url}`, { method, headers: { Connection: 'close' } })

  it('answers on 127.0.0.1 as a registry: the API root, manifests, blobs', async () => {
    expect(server.address).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(server.images).toEqual(['hoist-cache/abc:stage-builder', 'hoist-cache/abc:target'])
    expect((await get('/v2/')).status).toBe(200)

    const head = await get('/v2/hoist-cache/abc/manifests/target', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('application/vnd.oci.image.manifest.v1+json')
    const digest = head.headers.get('docker-content-digest') ?? ''
    const byDigest = await get(`/v2/hoist-cache/abc/manifests/${digest}`)
    expect(sha256(await byDigest.text())).toBe(digest)

    // A layer another image's entry links to is served from the file linked.
    const all = Object.values(saved.layers).join('').length
    expect(server.read()).toEqual({ layers: 0, bytes: 0, ofLayers: 3, ofBytes: all })
    await get(`/v2/hoist-cache/abc/blobs/${sha256(saved.layers.base)}`, 'HEAD')
    const blob = await get(`/v2/hoist-cache/abc/blobs/${sha256(saved.layers.base)}`)
    expect(blob.headers.get('content-length')).toBe(String(saved.layers.base.length))
    expect(await blob.text()).toBe(saved.layers.base)
    // Only a GET pulls a layer; a config is not one.
    expect(server.read()).toEqual({
      layers: 1,
      bytes: saved.layers.base.length,
      ofLayers: 3,
      ofBytes: all
    })
  })

  it('answers 404 for what it does not hold, and 405 for writes', async () => {
    expect((await get('/v2/hoist-cache/abc/manifests/other')).status).toBe(404)
    expect((await get(`/v2/hoist-cache/abc/blobs/${sha256('nothing')}`)).status).toBe(404)
    expect((await get('/v2/hoist-cache/abc/blobs/uploads/', 'POST')).status).toBe(405)
  })

  it('refuses a folder that docker save did not write', async () => {
    rmSync(path.join(saved.folder, 'manifest.json'))
    await expect(serveImages(saved.folder, NO_STAGES)).rejects.toThrow(
      'no manifest.json of docker save'
    )
  })
})

describe('stage layers: the layers only a stage image holds, in an entry of their own', () => {
  const builderLayer = (): StageLayers['layers'] => ({
    'u/layer.tar': {
      size: saved.layers.builder.length,
      mediaType: 'application/vnd.oci.image.layer.v1.tar'
    }
  })
  const cacheDir = () => `${saved.folder}-cache`
  afterEach(() => {
    rmSync(`${cacheDir()}-stage-builder`, { recursive: true, force: true })
  })

  it("moves a stage's own layers to its directory, named by their digests", () => {
    const [entry, ...others] = splitStageLayers(saved.folder, cacheDir(), 'abc', [])
    expect(others).toEqual([])
    expect(entry).toEqual({
      key: stageLayersKey('abc', [sha256(saved.layers.builder)]),
      dir: `${cacheDir()}-stage-builder`,
      layers: builderLayer()
    })
    const moved = path.join(entry?.dir ?? '', 'images/u/layer.tar')
    expect(readFileSync(moved, 'utf8')).toBe(saved.layers.builder)
    // The base layer, which the target holds too, stays with the target's.
    expect(existsSync(path.join(saved.folder, 'u/layer.tar'))).toBe(false)
    expect(existsSync(path.join(saved.folder, 'b/layer.tar'))).toBe(true)
  })

  it('leaves an entry already stored as it is, whether or not its layers were fetched', () => {
    const key = stageLayersKey('abc', [sha256(saved.layers.builder)])
    const stored = [{ key, dir: `${cacheDir()}-stage-builder`, layers: builderLayer() }]
    rmSync(path.join(saved.folder, 'u/layer.tar')) // never needed, never fetched
    expect(splitStageLayers(saved.folder, cacheDir(), 'abc', stored)).toEqual(stored)
    expect(existsSync(`${cacheDir()}-stage-builder`)).toBe(false)
  })

  it('gives no entry for a layer neither saved nor stored: the stage is built again', () => {
    rmSync(path.join(saved.folder, 'u/layer.tar'))
    expect(splitStageLayers(saved.folder, cacheDir(), 'abc', [])).toEqual([])
    const content = registryContent(readSaveManifest(saved.folder) ?? [], {
      read: file => readFileSync(path.join(saved.folder, file)),
      layer: file => describeLayer(saved.folder, file, [])
    })
    expect(content.images).toEqual(['hoist-cache/abc:target'])
  })

  it('serves a layer still in its entry once fetched, fetching each entry once', async () => {
    const key = stageLayersKey('abc', [sha256(saved.layers.builder)])
    const entry = { key, dir: `${cacheDir()}-stage-builder`, layers: builderLayer() }
    const aside = `${saved.folder}-aside`
    rmSync(aside, { force: true })
    renameSync(path.join(saved.folder, 'u/layer.tar'), aside)
    let fetches = 0
    const fetch = () => {
      fetches++
      renameSync(aside, path.join(saved.folder, 'u/layer.tar'))
      return Promise.resolve(true)
    }
    const server = await serveImages(saved.folder, {
      entries: [entry],
      present: () => Promise.resolve(true),
      fetch
    })
    try {
      const url = `http://${server.address}/v2/hoist-cache/abc/blobs/${sha256(saved.layers.builder)}`
      const [one, two] = await Promise.all([fetch_(url), fetch_(url)])
      expect([await one?.text(), await two?.text()]).toEqual([
        saved.layers.builder,
        saved.layers.builder
      ])
      expect(fetches).toBe(1)
    } finally {
      await server.close()
    }
  })

  it('withholds the manifest of an image whose entry the cache no longer holds', async () => {
    rmSync(path.join(saved.folder, 'u/layer.tar'))
    const key = stageLayersKey('abc', [sha256(saved.layers.builder)])
    const entry = { key, dir: `${cacheDir()}-stage-builder`, layers: builderLayer() }
    let fetches = 0
    const server = await serveImages(saved.folder, {
      entries: [entry],
      present: () => Promise.resolve(false),
      fetch: () => Promise.resolve(++fetches > 0)
    })
    try {
      // BuildKit gives up on a missing manifest at once; on a missing layer, after a minute.
      const manifest = (tag: string) =>
        `http://${server.address}/v2/hoist-cache/abc/manifests/${tag}`
      expect((await fetch_(manifest('stage-builder'))).status).toBe(404)
      expect((await fetch_(manifest('target'))).status).toBe(200)
      expect(server.withheld()).toEqual(['hoist-cache/abc:stage-builder'])
      expect(fetches).toBe(0)
    } finally {
      await server.close()
    }
  })
})

const fetch_ = (url: string) => fetch(url, { headers: { Connection: 'close' } })

describe('saveImages, keeping restored images', () => {
  it("copies a kept image's entry and files, following docker save's links", async () => {
    const next = `${saved.folder}.next`
    await saveImages(next, [], { restored: saved.folder, images: ['hoist-cache/abc:target'] })
    try {
      expect(readSaveManifest(next)).toEqual([(readSaveManifest(saved.folder) ?? [])[1]])
      expect(readFileSync(path.join(next, 'b2/layer.tar'), 'utf8')).toBe(saved.layers.base)
      expect(readFileSync(path.join(next, 'f/layer.tar'), 'utf8')).toBe(saved.layers.final)
      // The restored folder goes once the save is written: the copy must not depend on it.
      rmSync(saved.folder, { recursive: true })
      expect(readFileSync(path.join(next, 'b2/layer.tar'), 'utf8')).toBe(saved.layers.base)
    } finally {
      rmSync(next, { recursive: true, force: true })
    }
  })

  it('fails when a kept image is not in the restored folder', async () => {
    const next = `${saved.folder}.next`
    await expect(
      saveImages(next, [], { restored: saved.folder, images: ['hoist-cache/abc:stage-other'] })
    ).rejects.toThrow('hoist-cache/abc:stage-other: not in the restored cache')
    rmSync(next, { recursive: true, force: true })
  })
})

describe('parseSaveManifest', () => {
  it.each([
    ['not JSON', '{'],
    ['no image', '[]'],
    ['an image without a config', '[{"Layers":[]}]'],
    ['a layer that is not a path', '[{"Config":"c.json","Layers":[1]}]'],
    ['a layer out of the folder', '[{"Config":"c.json","Layers":["a/../../etc/shadow"]}]'],
    ['an absolute config', '[{"Config":"/etc/passwd","Layers":[]}]'],
    ['a layer tar would read as an option', '[{"Config":"c.json","Layers":["--to-command=sh"]}]']
  ])('refuses %s', (_, text) => {
    expect(parseSaveManifest(text)).toBeUndefined()
  })

  it('reads the images', () => {
    const text = '[{"Config":"c.json","RepoTags":["a:1"],"Layers":["l/layer.tar"]}]'
    expect(parseSaveManifest(text)).toEqual([
      { Config: 'c.json', RepoTags: ['a:1'], Layers: ['l/layer.tar'] }
    ])
  })
})

describe('readStageLayers', () => {
  it("keeps only the entries whose directory is this cache's and whose files stay inside", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'hoist-index-'))
    const cacheDir = path.join(root, 'hoist-layer-cache-abc')
    mkdirSync(cacheDir)
    const layers = { 'l1/layer.tar': { size: 1, mediaType: 'application/x-tar' } }
    const good = { key: 'k', dir: `${cacheDir}-stage-builder`, layers }
    writeStageLayers(cacheDir, [
      good,
      { key: 'home', dir: os.homedir(), layers },
      { key: 'sibling', dir: path.join(root, 'other-stage'), layers },
      { key: 'itself', dir: `${cacheDir}-`, layers },
      { key: 'nested', dir: path.join(`${cacheDir}-x`, '..', '..'), layers },
      { key: 'out', dir: `${cacheDir}-stage-x`, layers: { '../../x': layers['l1/layer.tar'] } }
    ])
    expect(readStageLayers(cacheDir)).toEqual([good])
    rmSync(root, { recursive: true, force: true })
  })
})

describe('failedCacheImports', () => {
  it('names the cache sources BuildKit could not read', () => {
    const log = [
      '#4 importing cache manifest from 127.0.0.1:5000/hoist-cache/abc:target',
      '#4 ERROR: failed to do request: connection refused',
      '#5 importing cache manifest from 127.0.0.1:5000/hoist-cache/abc:stage-builder',
      '#5 DONE 0.0s',
      '#6 [builder 2/2] RUN make',
      '#6 ERROR: process "/bin/sh -c make" did not complete successfully'
    ].join('\n')
    expect(failedCacheImports(log)).toEqual(['127.0.0.1:5000/hoist-cache/abc:target'])
  })
})
