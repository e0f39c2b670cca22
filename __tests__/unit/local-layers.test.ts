import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { EngineFamily } from '../../src/engine/family.js'
import { localLayers } from '../../src/engine/layers.js'

/** A saved image of one layer (a 700-byte file), as `docker save` writes it. */
function savedImage(dir: string): string {
  const root = path.join(dir, 'root')
  mkdirSync(root)
  writeFileSync(path.join(root, 'file'), 'x'.repeat(700))
  const saved = path.join(dir, 'saved')
  mkdirSync(saved)
  execFileSync('tar', ['-C', root, '-cf', path.join(saved, 'layer.tar'), 'file'])
  const config = { rootfs: { diff_ids: ['sha256:1'] }, history: [{ created_by: 'COPY file' }] }
  writeFileSync(path.join(saved, 'config.json'), JSON.stringify(config))
  const manifest = [{ Config: 'config.json', Layers: ['layer.tar'] }]
  writeFileSync(path.join(saved, 'manifest.json'), JSON.stringify(manifest))
  const archive = path.join(dir, 'image.tar')
  execFileSync('tar', ['-C', saved, '-cf', archive, '.'])
  return archive
}

describe('localLayers', () => {
  it('exports to an archive of its own per call: two at once share no file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-layers-'))
    const image = savedImage(dir)
    const calls = path.join(dir, 'calls')
    // A save that notes the archive it was asked to write, then writes it.
    const family = {
      command: 'sh',
      saveArgs: (_image: string, archive: string) => [
        '-c',
        'echo "$1" >> "$2" && cp "$3" "$1"',
        'sh',
        archive,
        calls,
        image
      ]
    } as unknown as EngineFamily
    const tempDir = path.join(dir, 'temp')
    mkdirSync(tempDir)
    const measured = await Promise.all(
      [1, 2].map(() => localLayers('sha256:abc', tempDir, { measure: false, family }))
    )

    expect(measured.map(layers => layers.uncompressed)).toEqual([[700], [700]])
    const archives = readFileSync(calls, 'utf8').trim().split('\n')
    expect(new Set(archives).size).toBe(2)
    expect(readdirSync(tempDir)).toEqual([])
  })
})
