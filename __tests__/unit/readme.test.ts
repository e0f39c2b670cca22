import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const root = path.join(import.meta.dirname, '..', '..')
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

/** The first column (a `name`) and the last of each row of the table under `heading`. */
function table(heading: string): [string, string][] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? ''
  return section
    .split('\n')
    .filter(line => /^\| `/.test(line))
    .map(line => {
      const cells = line.split(/(?<!\\)\|/).map(cell => cell.trim())
      return [cells[1]?.replace(/`/g, '') ?? '', cells.at(-2) ?? '']
    })
}

describe('README', () => {
  it('lists every input of action.yml, in order, with its default', () => {
    const rows = table('Inputs')
    expect(rows.map(([name]) => name)).toEqual(Object.keys(action.inputs))
    for (const [name, shown] of rows) {
      const fallback = action.inputs[name]?.default
      expect([name, shown.replace(/`/g, '')]).toEqual([name, fallback ?? ''])
    }
  })

  it('lists every output of action.yml, in order', () => {
    expect(table('Outputs').map(([name]) => name)).toEqual(Object.keys(action.outputs))
  })
})
