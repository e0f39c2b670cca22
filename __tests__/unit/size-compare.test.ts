import { describe, expect, it } from '@jest/globals'
import { compareImages } from '../../src/report/compare.js'
import type { ImageLayers } from '../../src/report/layers.js'

/** An image from [instruction, diff ID or undefined for an empty layer, compressed size]. */
function image(entries: [string, string | undefined, number][]): ImageLayers {
  const layers = entries.filter(([, diffId]) => diffId !== undefined)
  return {
    config: {
      os: 'linux',
      architecture: 'amd64',
      history: entries.map(([createdBy, diffId]) => ({
        createdBy,
        emptyLayer: diffId === undefined
      })),
      diffIds: layers.map(([, diffId]) => diffId ?? '')
    },
    compressed: layers.map(([, , size]) => size),
    exact: false
  }
}

const base = image([
  ['ADD rootfs.tar / # buildkit', 'sha256:a', 1_000_000],
  ['ENV A=1', undefined, 0],
  ['RUN /bin/sh -c apk add curl # buildkit', 'sha256:b', 300_000],
  ['COPY app / # buildkit', 'sha256:c', 50_000]
])

describe('compareImages', () => {
  it('shows 0 for layers with the same content, and a new layer in full', () => {
    const current = image([
      ['ADD rootfs.tar / # buildkit', 'sha256:a', 1_000_050], // measured locally: a bit off
      ['ENV A=1', undefined, 0],
      ['RUN /bin/sh -c apk add curl # buildkit', 'sha256:b', 300_010],
      ['COPY app / # buildkit', 'sha256:c', 50_000],
      ['RUN /bin/sh -c dd if=/dev/urandom of=/big # buildkit', 'sha256:d', 5_243_000]
    ])
    const result = compareImages('r.io/app:main', base, current)
    expect(result.rows).toEqual([
      { instruction: 'ADD rootfs.tar /', base: 1_000_000, current: 1_000_000, change: 0 },
      { instruction: 'RUN apk add curl', base: 300_000, current: 300_000, change: 0 },
      { instruction: 'COPY app /', base: 50_000, current: 50_000, change: 0 },
      {
        instruction: 'RUN dd if=/dev/urandom of=/big',
        base: 0,
        current: 5_243_000,
        change: 5_243_000
      }
    ])
    // Shared layers count at the registry's size: the total is the base plus the new layer.
    expect(result.currentTotal).toBe(1_350_000 + 5_243_000)
    expect(result.change).toBe(5_243_000)
    expect(result.percent).toBeCloseTo((5_243_000 / 1_350_000) * 100)
  })

  it('matches a changed layer to the base layer of the same instruction, and lists removed ones', () => {
    const current = image([
      ['ADD rootfs.tar / # buildkit', 'sha256:a', 1_000_000],
      ['COPY --chown=1 app / # buildkit', 'sha256:c2', 80_000]
    ])
    const result = compareImages('r.io/app:main', base, current)
    expect(result.rows).toEqual([
      { instruction: 'ADD rootfs.tar /', base: 1_000_000, current: 1_000_000, change: 0 },
      { instruction: 'COPY --chown=1 app /', base: 50_000, current: 80_000, change: 30_000 },
      { instruction: 'RUN apk add curl', base: 300_000, current: 0, change: -300_000 }
    ])
    expect(result.change).toBe(-270_000)
  })

  it('has no percent against an empty base', () => {
    const result = compareImages('r.io/app:main', image([]), base)
    expect(result.percent).toBeUndefined()
    expect(result.change).toBe(1_350_000)
  })
})
