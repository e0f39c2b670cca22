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

describe('README migration table', () => {
  const migration = readme.split('\n## Moving from ')[1]?.split('\n## ')[0] ?? ''
  /** Each table under a `###` heading: its header's first cell → its rows' two cells. */
  const tables = new Map<string, [string, string][]>()
  let current = ''
  for (const line of migration.split('\n')) {
    const cells = line.split(/(?<!\\)\|/).map(cell => cell.trim())
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue
    if (!cells[1]?.startsWith('`')) {
      current = cells[1] ?? ''
      tables.set(current, [])
    } else tables.get(current)?.push([cells[1], cells[2] ?? ''])
  }
  const names = (header: string) =>
    (tables.get(header) ?? []).flatMap(([cell]) => cell.match(/[\w-]+(?=`)/g) ?? [])

  it('lists every input and output of build-push-action v6/v7, login-action and metadata-action', () => {
    expect(names('build-push-action input')).toEqual(
      'add-hosts allow annotations attests build-args build-contexts builder cache-from cache-to call cgroup-parent context file labels load network no-cache no-cache-filters outputs platforms provenance pull push sbom secrets secret-envs secret-files shm-size ssh tags target ulimit github-token'.split(
        ' '
      )
    )
    expect(names('build-push-action output')).toEqual(['imageid', 'digest', 'metadata'])
    expect(names('login-action input')).toEqual([
      'registry',
      'username',
      'password',
      'ecr',
      'logout',
      'scope',
      'registry-auth'
    ])
    expect(names('metadata-action input')).toEqual(
      'context images tags flavor labels annotations sep-tags sep-labels sep-annotations bake-target github-token'.split(
        ' '
      )
    )
    expect(names('metadata-action output')).toEqual(
      'version tags tag-names labels annotations json bake-file-tags bake-file-labels bake-file-annotations bake-file'.split(
        ' '
      )
    )
  })

  it("names only Hoist's own inputs and outputs as equivalents", () => {
    for (const [header, known] of [
      ['build-push-action input', action.inputs],
      ['login-action input', action.inputs],
      ['metadata-action input', action.inputs],
      ['build-push-action output', action.outputs],
      ['metadata-action output', action.outputs]
    ] as const) {
      for (const [, hoist] of tables.get(header) ?? []) {
        const equivalent = /^`([\w-]+)`/.exec(hoist)?.[1]
        if (equivalent)
          expect([header, equivalent, equivalent in known]).toEqual([header, equivalent, true])
        else expect([header, hoist]).toEqual([header, expect.stringMatching(/^(—|_not yet_)/)])
      }
    }
  })
})
