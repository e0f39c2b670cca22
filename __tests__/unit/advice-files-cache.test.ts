import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cachedLayers, storeLayers } from '../../src/advice/files-cache.js'
import type { FileEntry } from '../../src/advice/image-files.js'

const diffIds = ['sha256:aa', 'sha256:bb']
const layers: FileEntry[][] = [
  [
    { path: 'x', size: 10, kind: 'file' },
    { path: 'd', size: 0, kind: 'dir' }
  ],
  [{ path: 'x', size: 0, kind: 'whiteout' }]
]

describe('the layer files kept between runs', () => {
  it('give back what was stored, by diff ID', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'advice-cache-')), 'files')
    await storeLayers(dir, diffIds, layers)
    expect(await cachedLayers(dir, diffIds)).toEqual(layers)
    expect(await cachedLayers(dir, ['sha256:bb'])).toEqual([layers[1]])
  })

  it('are missing when one layer is', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'advice-cache-'))
    await storeLayers(dir, diffIds, layers)
    rmSync(path.join(dir, 'bb.files.json'))
    expect(await cachedLayers(dir, diffIds)).toBeUndefined()
  })

  it('cost nothing but a later docker save when they cannot be written', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'advice-cache-')), 'a-file')
    writeFileSync(file, 'not a directory')
    await expect(storeLayers(path.join(file, 'below'), diffIds, layers)).resolves.toBeUndefined()
    expect(await cachedLayers(path.join(file, 'below'), diffIds)).toBeUndefined()
  })
})
