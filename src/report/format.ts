/** Text formats shared by the report's sections. Pure. */

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB']

/** Decimal units, as registries and `docker images` report sizes. */
export function formatBytes(bytes: number): string {
  let value = Math.abs(bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit++
  }
  const sign = bytes < 0 ? '-' : ''
  const digits = unit === 0 ? 0 : value < 10 ? 2 : value < 100 ? 1 : 0
  return `${sign}${value.toFixed(digits)} ${UNITS[unit]}`
}

/** A change with its sign: `+5.24 MB`, `-12 kB`, `0 B`. */
export function formatChange(bytes: number): string {
  return bytes > 0 ? `+${formatBytes(bytes)}` : formatBytes(bytes)
}

/** A table longer than this folds into a `<details>` block. */
export const FOLD_ROWS = 10

/** A titled table; a long one folds, a short one stays open. */
export function table(title: string, header: string[], rows: string[][]): string {
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map(h => (h === header[0] ? '---' : '--:')).join('|')}|`,
    ...rows.map(row => `| ${row.join(' | ')} |`)
  ]
  if (rows.length <= FOLD_ROWS) return [`**${title}**`, '', ...lines, ''].join('\n')
  return [
    '<details>',
    `<summary><b>${title}</b></summary>`,
    '',
    ...lines,
    '',
    '</details>',
    ''
  ].join('\n')
}
