import { describe, expect, it } from '@jest/globals'
import { formatBytes, renderSummary } from '../../src/report/summary.js'

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.00 kB'],
    [1_982_386, '1.98 MB'],
    [52_400_000, '52.4 MB'],
    [-5_000_000, '-5.00 MB'],
    [3e12, '3.00 TB']
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})

describe('renderSummary', () => {
  it('lists the tags, the digest and the size', () => {
    const md = renderSummary({
      imageId: 'sha256:abc',
      tags: ['r.io/a:1', 'r.io/a:latest'],
      pushed: true,
      digest: 'sha256:def',
      size: 2_000_000,
      engine: 'docker buildx 0.13.1 (docker driver), Docker 26.1.5, classic image store',
      steps: [
        { stage: 'build 1/2', instruction: 'FROM x', cached: true, seconds: 0, failed: false },
        {
          stage: 'build 2/2',
          instruction: 'RUN a | b',
          cached: false,
          seconds: 2.04,
          failed: false
        }
      ]
    })
    expect(md).toContain('## 🏗️ Hoist: `r.io/a:1`')
    expect(md).toContain('| Digest | `sha256:def` |')
    expect(md).toContain('| Size | 2.00 MB (uncompressed) |')
    expect(md).toContain('**Pushed tags**\n\n- `r.io/a:1`\n- `r.io/a:latest`')
    expect(md).toContain('<summary><b>Build steps</b>: 2, 1 cached</summary>')
    expect(md).toContain('| build 2/2 | `RUN a \\| b` |  | 2.0 s |')
  })
})
