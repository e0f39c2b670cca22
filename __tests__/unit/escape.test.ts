import { describe, expect, it } from '@jest/globals'
import {
  codeCell,
  codeSpan,
  plainText,
  tableCell,
  textCell,
  truncate
} from '../../src/report/escape.js'
import { decodeEntities, liveMarkup, proseText, renderMarkdown } from '../e2e/support/markdown.js'

const HOSTILE = [
  '@octocat <img src=https://e.example/x.png> [docs](https://e.example)',
  '![pic](https://e.example/p.png) <a href="https://e.example">x</a> &lt;b&gt;',
  'see #12 and octo/repo#3, mail me@e.example, https://e.example and www.e.example',
  '**bold** _em_ ~~gone~~ `code` <details><summary>x</summary></details> <!-- c -->',
  'a \\| b | c \\\\| d ``` ` ``'
]

/** The cells of the first table row in rendered HTML. */
function cells(html: string): string[] {
  return [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(match => match[1] ?? '')
}

describe('plainText', () => {
  it.each(HOSTILE)('renders %p as itself, with nothing live', text => {
    const html = renderMarkdown(`Grew most: ${plainText(text)}.`)
    expect(liveMarkup(html)).toEqual([])
    const shown = proseText(html).replaceAll('\u2060', '').trim()
    expect(shown).toBe(`Grew most: ${text.replace(/\s+/g, ' ')}.`)
  })
})

describe('codeSpan', () => {
  it.each([...HOSTILE, '`starts with a backtick', 'ends with two ``', 'a\nb\r\nc'])(
    'renders %p as code, literally',
    text => {
      const html = renderMarkdown(`Step ${codeSpan(text)} grew.`)
      expect(liveMarkup(html)).toEqual([])
      const code = /<code>([\s\S]*)<\/code>/.exec(html)?.[1] ?? ''
      expect(decodeEntities(code)).toBe(text.replace(/\s+/g, ' '))
    }
  )
})

describe('tableCell, codeCell, textCell', () => {
  it.each(HOSTILE)('keeps %p in one cell, as code or as text', text => {
    expect(codeCell(text)).toBe(tableCell(codeSpan(text)))
    expect(textCell(text)).toBe(tableCell(plainText(text)))
    const row = `| ${codeCell(text)} | ${textCell(text)} | end |`
    const html = renderMarkdown(`| a | b | c |\n|---|---|---|\n${row}\n`)
    expect(liveMarkup(html)).toEqual([])
    const [code, prose, end] = cells(html)
    expect(end).toBe('end')
    expect(
      proseText(prose ?? '')
        .replaceAll('\u2060', '')
        .trim()
    ).toBe(text)
    // A backslash before a pipe in code is the only loss: the pipe stays escaped.
    expect(decodeEntities(code ?? '').replace(/\\(?=\|)/g, '')).toBe(
      `<code>${text.replace(/\\(?=\|)/g, '')}</code>`
    )
  })

  it('cuts a code cell where asked, at a space', () => {
    expect(codeCell('RUN echo one | two three', 16)).toBe('`RUN echo one \\|…`')
  })
})

describe('truncate', () => {
  const token = 'ghp_' + 'a1B2c3D4e5'.repeat(4)
  it.each([
    ['short text as it is', 'RUN make', 80, 'RUN make'],
    ['whitespace as one space', 'RUN a \\\n    && b', 80, 'RUN a \\ && b'],
    ['a cut at the last space that fits', 'RUN echo one two three', 16, 'RUN echo one…'],
    ['a word longer than the cell, left out whole', 'x'.repeat(100), 80, '…']
  ])('%s', (_, text, max, cut) => {
    expect(truncate(text, max)).toBe(cut)
  })

  it.each([30, 40, 50, 60, 70, 79])(
    'never cuts a token in half, wherever the limit falls (%d)',
    max => {
      const text = `ENV NPM_TOKEN=${token} OTHER=1 MORE=2 AND=3`
      const cut = truncate(text, max)
      expect(cut.length).toBeLessThanOrEqual(max)
      // The token is whole, or none of it shows.
      expect(cut.includes(token) || !cut.includes(token.slice(0, 4))).toBe(true)
    }
  )
})
