import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { archiveImages, mergeDockerArchives } from '../../src/engine/docker-archive.js'
import { indexTar, readEntry } from '../../src/engine/tar.js'

/** A docker archive of one image as `buildah push docker-archive:` writes it: files named by digest. */
function archive(
  dir: string,
  name: string,
  config: string,
  layers: Record<string, string>
): string {
  const root = path.join(dir, `${name}.d`)
  mkdirSync(root, { recursive: true })
  writeFileSync(path.join(root, `${config}.json`), `{"config":"${config}"}`)
  for (const [layer, content] of Object.entries(layers)) {
    writeFileSync(path.join(root, `${layer}.tar`), content)
  }
  const manifest = [
    { Config: `${config}.json`, RepoTags: [], Layers: Object.keys(layers).map(l => `${l}.tar`) }
  ]
  writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest))
  writeFileSync(path.join(root, 'repositories'), '{}')
  const file = path.join(dir, `${name}.tar`)
  execFileSync('tar', ['-C', root, '-cf', file, '.'])
  return file
}

describe('mergeDockerArchives', () => {
  it('holds every image, in order, and each shared layer once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-archive-'))
    const base = 'b'.repeat(64)
    const step = 's'.repeat(64)
    const parts = [
      archive(dir, 'first', 'c1', { [base]: 'base layer' }),
      archive(dir, 'second', 'c2', { [base]: 'base layer', [step]: 'step layer' }),
      archive(dir, 'third', 'c3', { [base]: 'base layer', [step]: 'step layer' })
    ]
    const into = path.join(dir, 'images.tar')
    const work = path.join(dir, 'work')
    mkdirSync(work)
    await mergeDockerArchives(parts, into, work)

    expect((await archiveImages(into))?.map(image => [image.Config, image.Layers])).toEqual([
      ['c1.json', [`${base}.tar`]],
      ['c2.json', [`${base}.tar`, `${step}.tar`]],
      ['c3.json', [`${base}.tar`, `${step}.tar`]]
    ])
    const listing = execFileSync('tar', ['-tf', into], { encoding: 'utf8' }).split('\n')
    expect(listing.filter(entry => entry === `${base}.tar`)).toHaveLength(1)
    expect(listing).not.toContain('repositories')
    const entries = await indexTar(into)
    const layer = entries.get(`${step}.tar`)
    expect(layer && (await readEntry(into, layer)).toString()).toBe('step layer')
    expect(existsSync(path.join(work, 'merged'))).toBe(false)
  })

  it('refuses a file that is not a docker archive, naming it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-archive-'))
    writeFileSync(path.join(dir, 'notes.txt'), 'hello')
    const notArchive = path.join(dir, 'notes.tar')
    execFileSync('tar', ['-C', dir, '-cf', notArchive, 'notes.txt'])
    const good = archive(dir, 'good', 'c1', { ['b'.repeat(64)]: 'base' })
    const into = path.join(dir, 'images.tar')
    await expect(mergeDockerArchives([good, notArchive], into, dir)).rejects.toThrow(
      'notes.tar is not a docker archive'
    )
    expect(existsSync(into)).toBe(false)
    expect(existsSync(path.join(dir, 'merged'))).toBe(false)
    expect(readFileSync(good).length).toBeGreaterThan(0)
  })
})

describe('archiveImages', () => {
  it('is undefined for a tar without a manifest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-archive-'))
    writeFileSync(path.join(dir, 'a'), 'a')
    const file = path.join(dir, 'a.tar')
    execFileSync('tar', ['-C', dir, '-cf', file, 'a'])
    expect(await archiveImages(file)).toBeUndefined()
  })
})
