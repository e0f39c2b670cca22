import { describe, expect, it, jest } from '@jest/globals'
import { output, runAction } from './support/action.js'
import { docker, engine, makeContext, uniqueRepo } from './support/engine.js'
import { getImageManifest } from './support/registry.js'

jest.setTimeout(300_000)

const ZEROS = 4 * 1024 * 1024
const NOTE = 'twenty-seven bytes of text\n'

/** A layer that compresses well (4 MiB of zeros) and one of 27 bytes. */
const dockerfile = [
  `FROM ${engine.baseImage}`,
  `RUN dd if=/dev/zero of=/zeros bs=1024 count=${ZEROS / 1024} 2>/dev/null`,
  'COPY note.txt /note.txt',
  ''
].join('\n')

const LAYER_TYPES = [
  'application/vnd.docker.image.rootfs.diff.tar.gzip',
  'application/vnd.oci.image.layer.v1.tar+gzip',
  'application/vnd.oci.image.layer.v1.tar+zstd'
]

/** The summary's history row for an instruction: its cells. */
function historyRow(summary: string, instruction: string): string[] {
  const row = summary.split('\n').find(line => line.startsWith(`| \`${instruction}`))
  if (!row) throw new Error(`no history row "${instruction}" in:\n${summary}`)
  return row.split('|').map(cell => cell.trim())
}

describe(`sizes on the ${engine.profile} engine (${engine.can.imageStore} image store)`, () => {
  it('mean the same on every store: the layers’ own bytes, and what the registry holds', async () => {
    const repository = uniqueRepo('sizes')
    const tag = `${engine.registry}/${repository}:1`
    const cwd = makeContext({ Dockerfile: dockerfile, 'note.txt': NOTE })

    // Not pushed: a budget makes the compressed size be measured here, as a push would give it.
    const built = await runAction({ cwd, inputs: { tags: tag, 'max-size': '1GB' } })
    expect(built.exitCode).toBe(0)
    expect(built.warnings).toEqual([])
    expect(built.log).toMatch(new RegExp(`Engine: .*${engine.can.imageStore} image store`))
    const size = Number(output(built, 'size'))
    const compressed = Number(output(built, 'compressed-size'))
    expect(size).toBeGreaterThanOrEqual(ZEROS + NOTE.length)
    expect(compressed).toBeGreaterThan(0)
    expect(compressed).toBeLessThan(size)
    // Each history row is its layer's own bytes: the 27-byte COPY is 27 B, not a disk block.
    expect(historyRow(built.summary, 'COPY note.txt')).toContain('27 B')
    expect(built.summary).toContain(`| Engine | `)

    // The push uploads what was measured, every layer compressed.
    docker('push', tag)
    const pushed = await getImageManifest(engine.registry, repository, '1')
    const uploaded = pushed.layers.reduce((sum, layer) => sum + layer.size, 0)
    expect(Math.abs(uploaded - compressed)).toBeLessThanOrEqual(256)
    for (const layer of pushed.layers as readonly { mediaType?: string }[]) {
      expect(LAYER_TYPES).toContain(layer.mediaType)
    }

    // Pushed by the action: the same figures, the compressed one now the registry's own.
    const again = await runAction({ cwd, inputs: { tags: tag, push: 'true' } })
    expect(again.exitCode).toBe(0)
    expect(Number(output(again, 'size'))).toBe(size)
    const manifest = await getImageManifest(engine.registry, repository, '1')
    expect(Number(output(again, 'compressed-size'))).toBe(
      manifest.layers.reduce((sum, layer) => sum + layer.size, 0)
    )
    for (const layer of manifest.layers as readonly { mediaType?: string }[]) {
      expect(LAYER_TYPES).toContain(layer.mediaType)
    }
  })
})
