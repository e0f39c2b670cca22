import { describe, expect, it } from '@jest/globals'
import { grownFiles, pairGrownLayers } from '../../src/advice/grown.js'
import type { FileEntry } from '../../src/advice/image-files.js'
import { renderAdvice } from '../../src/advice/render.js'
import { compareImages } from '../../src/report/compare.js'
import type { ImageLayers } from '../../src/report/layers.js'

const file = (p: string, size: number): FileEntry => ({ path: p, size, kind: 'file' })

function image(layers: [string, string, number][]): ImageLayers {
  return {
    config: {
      os: 'linux',
      architecture: 'amd64',
      history: layers.map(([createdBy]) => ({ createdBy, emptyLayer: false })),
      diffIds: layers.map(([, id]) => id)
    },
    compressed: layers.map(([, , size]) => size),
    exact: true
  }
}

describe('pairGrownLayers', () => {
  it('pairs each grown layer with the compared layer made by the same instruction', () => {
    const base = image([
      ['ADD file:1 in /', 'sha256:os', 1000],
      ['RUN /bin/sh -c make # buildkit', 'sha256:old', 500]
    ])
    const current = image([
      ['ADD file:1 in /', 'sha256:os', 1000],
      ['RUN /bin/sh -c make # buildkit', 'sha256:new', 900],
      ['COPY assets /assets # buildkit', 'sha256:assets', 300]
    ])
    const comparison = compareImages('r/app:main', base, current)
    const pairs = pairGrownLayers(
      comparison,
      { history: current.config.history, diffIds: current.config.diffIds },
      base
    )
    expect(pairs).toEqual([
      { instruction: 'RUN make', change: 400, layer: 1, baseLayer: 1 },
      { instruction: 'COPY assets /assets', change: 300, layer: 2 }
    ])
  })
})

describe('grownFiles', () => {
  it('lists files added or grown, the most first, and leaves out what shrank or stayed', () => {
    const before = [file('app/bin', 100), file('app/same', 50), file('app/shrunk', 80)]
    const after = [
      file('app/bin', 400),
      file('app/same', 50),
      file('app/shrunk', 10),
      file('app/new', 250)
    ]
    expect(grownFiles(before, after)).toEqual([
      { path: '/app/bin', size: 400, change: 300 },
      { path: '/app/new', size: 250, change: 250 }
    ])
  })

  it('takes every file as added without a compared layer', () => {
    expect(grownFiles(undefined, [file('a', 1), { path: 'd', size: 0, kind: 'dir' }])).toEqual([
      { path: '/a', size: 1, change: 1 }
    ])
  })
})

describe('the What grew table', () => {
  it('shows each layer once, then its files, untrusted text in code spans', () => {
    const markdown = renderAdvice({
      advice: { findings: [] },
      file: 'Dockerfile',
      exceeded: [],
      sizeCheck: 'warn',
      enabled: true,
      grown: [
        {
          instruction: 'RUN make <img src=x>',
          change: 400_000,
          files: [
            { path: '/app/bin|x', size: 400_000, change: 300_000 },
            { path: '/app/new', size: 250_000, change: 250_000 }
          ]
        }
      ]
    })
    expect(markdown).toContain(
      '**What grew**: the files added or grown in the layers that grew most'
    )
    expect(markdown).toContain(
      '| `RUN make <img src=x>` +400 kB compressed | `/app/bin\\|x` | 400 kB | +300 kB |'
    )
    expect(markdown).toContain('|  | `/app/new` | 250 kB | +250 kB |')
  })
})
