import { describe, expect, it } from '@jest/globals'
import type { Advice } from '../../src/advice/advice.js'
import { checkWasted } from '../../src/advice/budget.js'
import type { Finding } from '../../src/advice/finding.js'
import { annotationText, renderAdvice } from '../../src/advice/render.js'
import { groupBase } from '../../src/report/base-rows.js'
import { FOLD_ROWS } from '../../src/report/format.js'
import type { HistoryRow } from '../../src/report/layers.js'
import { renderHistory, renderSizes } from '../../src/report/sizes.js'

const hostile = 'RUN echo "</details><img src=x onerror=alert(1)>" | tee `x` # **bold**'

const finding: Finding = {
  rule: 'package-cache',
  level: 'warning',
  line: 3,
  title: 'apt package lists left in the layer',
  subject: hostile,
  detail:
    '3.07 MB of apt package lists ship in this layer: end the same RUN with `rm -rf /var/lib/apt/lists/*`.',
  bytes: 3_070_000,
  files: [{ path: '/var/lib/apt/lists/<script>|x', size: 3_070_000 }]
}

const advice: Advice = {
  findings: [finding],
  efficiency: { score: 0.579, wastedBytes: 4_190_000 },
  wastedBytes: 4_190_000,
  addedBytes: 8_000_000
}

/** The markdown with its code spans taken out: what could become markup. */
/** The text outside code spans, whose fences are as long as CommonMark allows (`` a`b ``). */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, '')
}

describe('renderAdvice', () => {
  const markdown = renderAdvice({
    advice,
    file: 'app/Dockerfile',
    exceeded: [],
    sizeCheck: 'warn',
    enabled: true
  })

  it('shows the line, the finding, the instruction and the bytes at stake, with dive’s score', () => {
    expect(markdown).toContain('### 💡 Advice')
    expect(markdown).toContain('**4.19 MB** ship in files a later layer deletes or overwrites.')
    expect(markdown).toContain('dive would score the image **57.9 %** efficient, 4.19 MB wasted.')
    expect(markdown).toContain('**1 finding on `app/Dockerfile`**')
    const row = markdown.split('\n').find(line => line.startsWith('| 3 |'))
    expect(row).toContain('⚠️ **apt package lists left in the layer**')
    expect(row).toMatch(/\| 3\.07 MB \|$/)
  })

  it('keeps the Dockerfile’s text and the image’s paths inside code spans, one cell each', () => {
    const outside = outsideCode(markdown)
    expect(outside).not.toMatch(/<img|<script|<\/details>|\*\*bold/)
    const row = markdown.split('\n').find(line => line.startsWith('| 3 |')) ?? ''
    // Four cells: the pipes of the untrusted text are escaped.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4)
  })

  it('folds a long list of findings', () => {
    const many = { ...advice, findings: Array.from({ length: FOLD_ROWS + 1 }, () => finding) }
    const folded = renderAdvice({
      advice: many,
      file: 'Dockerfile',
      exceeded: [],
      sizeCheck: 'warn',
      enabled: true
    })
    expect(folded).toContain(
      `<summary><b>${FOLD_ROWS + 1} findings on \`Dockerfile\`</b></summary>`
    )
  })

  it('says an exceeded waste budget, and why the files are missing', () => {
    const text = renderAdvice({
      advice: { findings: [] },
      file: 'Dockerfile',
      exceeded: ['The image wastes 5 MB, over max-wasted 1 MB.'],
      sizeCheck: 'fail',
      enabled: true,
      note: 'The image has too many files to read them all: advice from the Dockerfile only.'
    })
    expect(text).toContain(
      '> ❌ **Waste budget exceeded.** The image wastes 5 MB, over max-wasted 1 MB.'
    )
    expect(text).toContain('> The image has too many files')
    expect(text).toContain('Nothing to advise on `Dockerfile`.')
  })

  it('gives the annotation the detail and the largest files', () => {
    expect(annotationText(finding)).toBe(
      `${finding.detail} Largest: /var/lib/apt/lists/<script>|x (3.07 MB).`
    )
  })
})

describe('checkWasted', () => {
  it.each<[string, Parameters<typeof checkWasted>[1], string[]]>([
    ['no limit', undefined, []],
    ['under a byte limit', { bytes: 5_000_000 }, []],
    [
      'over a byte limit',
      { bytes: 1_000_000 },
      ['The image wastes 4.19 MB, over max-wasted 1.00 MB.']
    ],
    [
      'over a share of the added layers',
      { percent: 50 },
      ['The image wastes 4.19 MB, 52.4% of the 8.00 MB its Dockerfile added, over max-wasted 50%.']
    ],
    ['under a share', { percent: 60 }, []]
  ])('%s', (_name, limit, exceeded) => {
    expect(checkWasted(advice, limit)).toEqual(exceeded)
  })

  it('checks nothing when the files were not read', () => {
    expect(checkWasted({ findings: [] }, { bytes: 0 })).toEqual([])
  })
})

describe('groupBase', () => {
  const rows: HistoryRow[] = [
    { instruction: 'ADD file:1 in /', diffId: 'sha256:a', uncompressed: 1000, compressed: 400 },
    { instruction: 'CMD ["sh"]', uncompressed: 0 },
    { instruction: 'RUN apk add curl', diffId: 'sha256:b', uncompressed: 3000, compressed: 1200 },
    {
      instruction: 'COPY . /app',
      diffId: 'sha256:c',
      uncompressed: 50,
      compressed: 30,
      cached: false
    }
  ]

  it('makes the base image’s entries one row: its name, its layer count, their sizes summed', () => {
    expect(groupBase(rows, 3, 'alpine:3.20')).toEqual([
      { instruction: 'alpine:3.20', baseLayers: 2, uncompressed: 4000, compressed: 1600 },
      rows[3]
    ])
  })

  it('leaves a size out when a layer of the base was not measured', () => {
    const unmeasured = rows.map(({ compressed: _dropped, ...row }) => row)
    expect(groupBase(unmeasured, 3, 'alpine:3.20')[0]).toEqual({
      instruction: 'alpine:3.20',
      baseLayers: 2,
      uncompressed: 4000
    })
  })

  it('renders as the base image’s name in a code span, with its layer count', () => {
    const table = renderHistory(groupBase(rows, 3, 'alpine:3.20`<b>x</b>'))
    expect(table).toContain(
      '| ``alpine:3.20`<b>x</b>`` base image, 2 layers | 4.00 kB | 1.60 kB |  |'
    )
  })

  it('counts the base row’s layers among the image’s', () => {
    const sizes = renderSizes({
      rows: groupBase(rows, 3, 'alpine:3.20'),
      compressedSize: 1630,
      uncompressedSize: 4050,
      exact: true
    })
    expect(sizes).toContain('| 1.63 kB | 4.05 kB | 3 |')
  })
})
