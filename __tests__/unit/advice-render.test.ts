import { describe, expect, it } from '@jest/globals'
import type { Advice } from '../../src/advice/advice.js'
import { checkWasted } from '../../src/advice/budget.js'
import type { Finding } from '../../src/advice/finding.js'
import { annotationText, renderAdvice } from '../../src/advice/render.js'
import { FOLD_ROWS } from '../../src/report/format.js'

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
function outsideCode(markdown: string): string {
  return markdown.replace(/`[^`\n]*`/g, '')
}

describe('renderAdvice', () => {
  const markdown = renderAdvice({ advice, file: 'app/Dockerfile', exceeded: [], sizeCheck: 'warn' })

  it('shows the line, the finding, the instruction and the bytes at stake, with dive’s score', () => {
    expect(markdown).toContain('### 💡 Advice')
    expect(markdown).toContain('**4.19 MB** ship in files a later layer deletes or overwrites.')
    expect(markdown).toContain('dive would score the image **57.9 %** efficient, 4.19 MB wasted.')
    expect(markdown).toContain('**1 findings on `app/Dockerfile`**')
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
      sizeCheck: 'warn'
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
