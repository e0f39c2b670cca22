import { describe, expect, it } from '@jest/globals'
import { FOLD_ROWS } from '../../src/report/format.js'
import type { HistoryRow } from '../../src/report/layers.js'
import {
  commentMarker,
  renderComment,
  renderSizes,
  type SizeReport
} from '../../src/report/sizes.js'

const rows: HistoryRow[] = [
  {
    instruction: 'Imported from -',
    uncompressed: 1_982_382,
    diffId: 'sha256:a',
    compressed: 1_064_790
  },
  { instruction: 'ENV A=1', uncompressed: 0 },
  { instruction: 'COPY a /a', uncompressed: 1, diffId: 'sha256:c', compressed: 90, cached: false },
  {
    instruction: 'RUN echo a | b',
    uncompressed: 3,
    diffId: 'sha256:b',
    compressed: 178,
    cached: true
  }
]

const report: SizeReport = {
  rows,
  compressedSize: 1_064_968,
  uncompressedSize: 1_982_385,
  exact: true,
  comparison: {
    baseReference: 'r.io/app:main',
    rows: [
      { instruction: 'Imported from -', base: 1_064_790, current: 1_064_790, change: 0 },
      { instruction: 'RUN big', base: 0, current: 5_243_500, change: 5_243_500 }
    ],
    baseTotal: 1_064_968,
    currentTotal: 6_308_468,
    change: 5_243_500,
    percent: 492.35
  },
  budget: ['The image grew by 5.24 MB.'],
  sizeCheck: 'fail'
}

describe('renderSizes', () => {
  const md = renderSizes(report)

  it('shows compressed and uncompressed size and the layer count', () => {
    expect(md).toContain('| 1.06 MB | 1.98 MB | 3 |')
  })

  it('has one history row per instruction, empty layers without a compressed size', () => {
    expect(md).toContain('| `Imported from -` | 1.98 MB | 1.06 MB |  |')
    expect(md).toContain('| `ENV A=1` | 0 B | — |  |')
    expect(md).toContain('| `COPY a /a` | 1 B | 90 B | built |')
    expect(md).toContain('| `RUN echo a \\| b` | 3 B | 178 B | ✅ |')
  })

  it('shows the comparison per layer, its total and percentage, and the exceeded budget', () => {
    expect(md).toContain('**+5.24 MB** (+492.4%) compressed')
    expect(md).toContain('| `Imported from -` | 1.06 MB | 1.06 MB | 0 |')
    expect(md).toContain('| `RUN big` | 0 B | 5.24 MB | **+5.24 MB** |')
    expect(md).toContain('| **Total** | 1.06 MB | 6.31 MB | **+5.24 MB** |')
    expect(md).toContain('> ❌ **Size budget exceeded.** The image grew by 5.24 MB.')
  })

  it('says when compressed sizes were computed locally', () => {
    expect(md).not.toContain('are measured here, as a push')
    expect(renderSizes({ ...report, exact: false })).toContain('are measured here, as a push')
  })

  it('says why there is nothing to compare with', () => {
    const note = 'Nothing to compare with: `r.io/app:main` is not in the registry yet.'
    expect(renderSizes({ ...report, comparison: undefined, comparisonNote: note })).toContain(
      `> ${note}`
    )
  })

  it('folds a long history and leaves a short one open', () => {
    expect(md).toContain('**History: 4 instructions**')
    const long = Array.from({ length: FOLD_ROWS + 1 }, (_, i) => ({ instruction: `ENV A=${i}` }))
    expect(renderSizes({ ...report, rows: long })).toContain(
      `<details>\n<summary><b>History: ${FOLD_ROWS + 1} instructions</b></summary>`
    )
  })
})

describe('renderComment', () => {
  it('starts with the marker of its image, and shows the comparison and budget', () => {
    const body = renderComment('r.io/app', report)
    expect(body.startsWith(commentMarker('r.io/app'))).toBe(true)
    expect(body).toContain('| **Total** | 1.06 MB | 6.31 MB | **+5.24 MB** |')
    expect(body).toContain('Size budget exceeded')
    expect(commentMarker('r.io/app')).not.toBe(commentMarker('r.io/other'))
  })
})
