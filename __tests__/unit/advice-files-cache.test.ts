import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cachedImageFiles, storeImageFiles } from '../../src/advice/files-cache.js'
import type { ImageFiles } from '../../src/advice/image-files.js'

const config = {
  rootfs: { type: 'layers', diff_ids: ['sha256:aa', 'sha256:bb'] },
  history: [{ created_by: 'ADD x /' }, { created_by: 'RUN rm /x' }]
}
const files: ImageFiles = {
  config,
  layers: [[{ path: 'x', size: 10, kind: 'file' }], [{ path: 'x', size: 0, kind: 'whiteout' }]],
  truncated: false
}

describe('the layer files kept between runs', () => {
  it('give back what was stored, by image ID', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'advice-cache-')), 'files')
    await storeImageFiles(dir, 'sha256:1d', files)
    expect(await cachedImageFiles(dir, 'sha256:1d')).toEqual(files)
    expect(await cachedImageFiles(dir, 'sha256:2e')).toBeUndefined()
  })

  it('are missing when one layer is', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'advice-cache-'))
    await storeImageFiles(dir, 'sha256:1d', files)
    rmSync(path.join(dir, 'bb.files.json'))
    expect(await cachedImageFiles(dir, 'sha256:1d')).toBeUndefined()
  })

  it('never keep a partial listing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'advice-cache-'))
    await storeImageFiles(dir, 'sha256:1d', { ...files, truncated: true })
    expect(await cachedImageFiles(dir, 'sha256:1d')).toBeUndefined()
  })
})
