import { describe, expect, it } from '@jest/globals'
import { renderTags } from '../../src/report/registries.js'

const A = 'sha256:' + 'a'.repeat(64)
const B = 'sha256:' + 'b'.repeat(64)

describe('renderTags', () => {
  it('groups pushed tags by registry and repository, each with its digest', () => {
    expect(
      renderTags(
        ['ghcr.io/o/app:1.2.3', 'ghcr.io/o/app:latest', 'localhost:5000/app:1.2.3', 'app:1'],
        true,
        { 'ghcr.io/o/app:1.2.3': A, 'ghcr.io/o/app:latest': A, 'localhost:5000/app:1.2.3': B }
      )
    ).toEqual([
      '**Pushed tags**',
      '',
      '| Registry | Tags | Digest |',
      '|---|---|---|',
      `| ghcr.io | \`ghcr.io/o/app:1.2.3\`, \`ghcr.io/o/app:latest\` | \`${A}\` |`,
      `| localhost:5000 | \`localhost:5000/app:1.2.3\` | \`${B}\` |`,
      '| docker.io | `app:1` | — |'
    ])
  })

  it.each([
    ['not pushed', false, { 'r.io/a:1': A }, '**Tags** (not pushed)'],
    ['pushed without known digests', true, {}, '**Pushed tags**']
  ])('lists the tags when %s', (_, pushed, digests, title) => {
    expect(renderTags(['r.io/a:1', 'r.io/a:2'], pushed, digests)).toEqual([
      title,
      '',
      '- `r.io/a:1`',
      '- `r.io/a:2`'
    ])
  })
})
