import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { parseInputList, type ListSyntax } from '../../src/input-list.js'

describe("parseInputList: build-push-action's list syntax", () => {
  it.each<[string, string, ListSyntax, string[]]>([
    ['empty', '  \n', {}, []],
    [
      'lines and commas',
      'a:1.1.1.1, b:2.2.2.2\nc:3.3.3.3\n\n',
      {},
      ['a:1.1.1.1', 'b:2.2.2.2', 'c:3.3.3.3']
    ],
    ['a quoted item keeps its commas', '"x,y",z', {}, ['x,y', 'z']],
    [
      'whole lines keep their commas',
      'type=local,dest=out\ntype=tar,dest=o.tar',
      { wholeLines: true },
      ['type=local,dest=out', 'type=tar,dest=o.tar']
    ],
    [
      'whole lines, quotes kept',
      'type=local,dest="a b"',
      { wholeLines: true, noQuotes: true },
      ['type=local,dest="a b"']
    ],
    ['items are trimmed', '  nofile=1024:2048  ', { wholeLines: true }, ['nofile=1024:2048']]
  ])('%s', (_, raw, syntax, items) => {
    expect(parseInputList(raw, syntax)).toEqual(items)
  })

  it.each([
    'a\nb',
    '  a  \r\n\r\n b\r\n',
    'x\ry',
    'a\r\nb\nc',
    '\n\n  \n# not a comment\nlast',
    "it's\n\ttabbed\t"
  ])('reads a list without quotes or commas as the CSV parser does: %j', raw => {
    const parsed = parse(raw, {
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true
    })
    const items = parsed
      .flat()
      .map(item => item.trim())
      .filter(item => item !== '')
    expect(parseInputList(raw)).toEqual(items)
    expect(parseInputList(raw, { wholeLines: true, noQuotes: true })).toEqual(items)
  })

  it('says why a list cannot be read', () => {
    expect(() => parseInputList('"open', {})).toThrow(/cannot be read as a list/)
  })
})
