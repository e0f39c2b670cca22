import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { entryCompression, indexTar, layerContentSize } from '../../src/engine/tar.js'

/** A layer tar (files of the sizes given, a symlink, a long name) inside an archive as docker save writes it. */
function savedLayer(compress: boolean): { archive: string; files: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-tar-'))
  const root = path.join(dir, 'root')
  mkdirSync(path.join(root, 'etc', 'a'.repeat(120)), { recursive: true })
  writeFileSync(path.join(root, 'etc', 'hello'), 'x'.repeat(27))
  writeFileSync(path.join(root, 'zeros'), Buffer.alloc(70_000))
  writeFileSync(path.join(root, 'etc', 'a'.repeat(120), 'deep'), 'y'.repeat(600))
  symlinkSync('hello', path.join(root, 'etc', 'link'))
  const layer = execFileSync('tar', ['-C', root, '-c', '.'])
  mkdirSync(path.join(dir, 'saved', 'blobs'), { recursive: true })
  writeFileSync(path.join(dir, 'saved', 'blobs', 'layer'), compress ? gzipSync(layer) : layer)
  const archive = path.join(dir, 'image.tar')
  execFileSync('tar', ['-C', path.join(dir, 'saved'), '-cf', archive, 'blobs/layer'])
  return { archive, files: 27 + 70_000 + 600 + 'hello'.length }
}

describe('layerContentSize', () => {
  it.each([
    ['a gzip blob, as the containerd store keeps it', true, 'gzip'],
    ['a plain tar, as the classic store saves it', false, 'none']
  ])('counts the bytes of the files in %s', async (_, compress, compression) => {
    const { archive, files } = savedLayer(compress)
    const entry = (await indexTar(archive)).get('blobs/layer')
    if (!entry) throw new Error('no layer entry')
    expect(await entryCompression(archive, entry)).toBe(compression)
    expect(await layerContentSize(archive, entry)).toBe(files)
  })

  it('rejects for an archive removed under it, and does not end the process', async () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'hoist-tar-')), 'image.tar')
    const stray: unknown[] = []
    const record = (error: unknown) => stray.push(error)
    process.on('uncaughtException', record)
    try {
      await expect(layerContentSize(missing, { offset: 512, size: 1024 })).rejects.toThrow(/ENOENT/)
      await new Promise(resolve => setTimeout(resolve, 50))
    } finally {
      process.off('uncaughtException', record)
    }
    // A stream's error with no listener would have ended the action's process.
    expect(stray).toEqual([])
  })
})
