import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { fileFindings, MIN_BYTES } from '../../src/advice/file-rules.js'
import { fileEntry, type FileEntry } from '../../src/advice/image-files.js'
import { parseInstructions } from '../../src/dockerfile/instructions.js'
import { ByteSource, walkTar } from '../../src/advice/tar-stream.js'
import { analyseWaste } from '../../src/advice/waste.js'

const file = (p: string, size: number): FileEntry => ({ path: p, size, kind: 'file' })
const dir = (p: string): FileEntry => ({ path: p, size: 0, kind: 'dir' })
const gone = (p: string): FileEntry => ({ path: p, size: 0, kind: 'whiteout' })

describe('fileEntry', () => {
  it.each<[string, string, number, FileEntry]>([
    ['usr/bin/app', '0', 10, file('usr/bin/app', 10)],
    ['usr/bin/', '5', 0, dir('usr/bin')],
    ['tmp/.wh.big', '0', 0, gone('tmp/big')],
    ['.wh.top', '0', 0, gone('top')],
    ['var/cache/.wh..wh..opq', '0', 0, { path: 'var/cache', size: 0, kind: 'opaque' }],
    ['bin/sh', '2', 0, { path: 'bin/sh', size: 0, kind: 'link' }]
  ])('%s (type %s)', (name, type, size, entry) => {
    expect(fileEntry(name, type, size)).toEqual(entry)
  })
})

describe('walkTar', () => {
  it('reads names past 100 characters and skips content it is not asked for', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'advice-tar-'))
    const long = `${'d'.repeat(120)}/${'f'.repeat(130)}.txt`
    mkdirSync(path.join(root, 'd'.repeat(120)))
    writeFileSync(path.join(root, long), 'x'.repeat(1000))
    writeFileSync(path.join(root, 'small'), 'hello')
    for (const format of ['gnu', 'pax']) {
      const archive = path.join(root, `${format}.tar`)
      execFileSync('tar', [`--format=${format}`, '-C', root, '-cf', archive, 'small', long])
      const seen: [string, number, string][] = []
      // Chunks of 7 bytes: headers and content cut anywhere.
      const bytes = readFileSync(archive)
      const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
        bytes.subarray(i * 7, i * 7 + 7)
      )
      await walkTar(new ByteSource(Readable.from(chunks)), async (header, body) => {
        const content = header.name === 'small' ? (await body.read()).toString() : ''
        seen.push([header.name, header.size, content])
      })
      expect(seen).toEqual([
        ['small', 5, 'hello'],
        [long, 1000, '']
      ])
    }
  })
})

describe('analyseWaste', () => {
  it('counts a file deleted later at its size, and dive’s figures with it', () => {
    const { wasted, efficiency } = analyseWaste([
      [dir('tmp'), file('bin/sh', 1000)],
      [file('tmp/big', 5000)],
      [gone('tmp/big')]
    ])
    expect(wasted).toEqual([
      { path: 'tmp/big', size: 5000, writtenIn: 1, removedIn: 2, how: 'deleted' }
    ])
    // dive: minimum sizes 1000 + 0, discovered 1000 + 5000; wasted: tmp/big's 5000.
    expect(efficiency).toEqual({ score: 1000 / 6000, wastedBytes: 5000 })
  })

  it('counts an overwritten file’s earlier version; dive counts both', () => {
    const { wasted, efficiency, final } = analyseWaste([
      [file('etc/conf', 300)],
      [file('etc/conf', 100)]
    ])
    expect(wasted).toEqual([
      { path: 'etc/conf', size: 300, writtenIn: 0, removedIn: 1, how: 'overwritten' }
    ])
    expect(efficiency).toEqual({ score: 100 / 400, wastedBytes: 400 })
    expect(final.get('etc/conf')).toEqual({ layer: 1, size: 100 })
  })

  it('counts every file of a deleted directory, and of an opaque one', () => {
    const { wasted, efficiency, final } = analyseWaste([
      [dir('a'), file('a/1', 10), dir('a/b'), file('a/b/2', 20), dir('c'), file('c/3', 30)],
      [gone('a'), { path: 'c', size: 0, kind: 'opaque' }, file('c/4', 40)]
    ])
    expect(wasted.map(w => [w.path, w.size]).sort()).toEqual([
      ['a/1', 10],
      ['a/b/2', 20],
      ['c/3', 30]
    ])
    // dive visits leaves only: a deleted directory's files and its whiteout (sized by what it
    // held) are each seen once, so dive counts no waste for them; the opaque directory's
    // c/3 likewise. Hoist's own count above has them.
    expect(efficiency).toEqual({ score: 1, wastedBytes: 0 })
    expect([...final.keys()]).toEqual(['c/4'])
  })

  it('wastes nothing when every path is written once', () => {
    expect(analyseWaste([[file('a', 1)], [file('b', 2)]]).efficiency).toEqual({
      score: 1,
      wastedBytes: 0
    })
  })
})

describe('fileFindings', () => {
  const text = [
    'FROM base:1', // 1
    'RUN apt-get update', // 2
    'RUN make', // 3
    'RUN rm -rf /src', // 4
    'COPY x /x' // 5
  ].join('\n')
  const instructions = parseInstructions(text)
  const at = (line: number) => instructions.find(i => i.line === line)
  const from = instructions[0]!
  function findings(layers: FileEntry[][]) {
    const made = [undefined, at(2), at(3), at(4), at(5)]
    return fileFindings({ layers, made, from, waste: analyseWaste(layers), instructions }).map(
      f => [f.rule, f.line, f.bytes]
    )
  }

  it.each<[string, FileEntry[][], unknown[]]>([
    [
      'apt lists left in the layer that fetched them',
      [
        [],
        [file('var/lib/apt/lists/lock', 0), file('var/lib/apt/lists/x_Packages', 9000)],
        [],
        [],
        []
      ],
      [['package-cache', 2, 9000]]
    ],
    ['apt lists removed in the same RUN', [[], [dir('var/lib/apt/lists')], [], [], []], []],
    [
      'files deleted by the next RUN: merge them',
      [[], [], [file('src/a.o', 7000), file('src/b.o', 3000)], [gone('src')], []],
      [['merge-runs', 3, 10000]]
    ],
    [
      'a file the base holds, deleted later',
      [[file('usr/share/doc/big', 50_000)], [], [], [gone('usr/share/doc/big')], []],
      [['wasted-files', 4, 50_000]]
    ],
    [
      'overwritten by a COPY, two layers on',
      [[], [], [file('x', 8000)], [], [file('x', 10)]],
      [['wasted-files', 3, 8000]]
    ],
    [
      'waste below the noise floor',
      [[], [file('tmp/t', MIN_BYTES - 1)], [gone('tmp/t')], [], []],
      []
    ],
    [
      'a compiler in the final image',
      [
        [],
        [],
        [file('usr/bin/gcc-12', 900_000), file('usr/lib/gcc/x86_64/12/cc1', 2_000_000)],
        [],
        []
      ],
      [['build-only', 3, 2_900_000]]
    ],
    [
      'a compiler the base brings',
      [[file('usr/local/go/bin/go', 2_000_000)], [], [], [], []],
      [['build-only', 1, 2_000_000]]
    ]
  ])('%s', (_name, layers, expected) => {
    expect(findings(layers)).toEqual(expected)
  })
})

describe('ByteSource', () => {
  const source = (parts: string[]): AsyncIterable<Buffer> =>
    Readable.from(
      parts.map(part => Buffer.from(part)),
      { objectMode: true }
    )

  it('never hands on an empty chunk: a zero-length push would stall the stream it feeds', async () => {
    const bytes = new ByteSource(source(['abc', 'def']))
    expect((await bytes.read(3))?.toString()).toBe('abc')
    expect((await bytes.peek(0)).length).toBe(0)
    const chunks: Buffer[] = []
    for await (const chunk of bytes.take(3)) chunks.push(chunk)
    expect(chunks.every(chunk => chunk.length > 0)).toBe(true)
    expect(Buffer.concat(chunks).toString()).toBe('def')
  })

  it('feeds a gunzip stream to its end, however the bytes arrive', async () => {
    const { gzipSync, createGunzip } = await import('node:zlib')
    const zipped = gzipSync(Buffer.alloc(200_000, 7))
    // One byte at a time, after a peek at an empty buffer: the worst boundaries.
    const parts = [...zipped].map(byte => String.fromCharCode(byte))
    const bytes = new ByteSource(
      Readable.from(
        parts.map(part => Buffer.from(part, 'latin1')),
        { objectMode: true }
      )
    )
    await bytes.peek(0)
    const out = Readable.from(bytes.take(zipped.length)).pipe(createGunzip())
    let total = 0
    for await (const chunk of out) total += (chunk as Buffer).length
    expect(total).toBe(200_000)
  })
})
