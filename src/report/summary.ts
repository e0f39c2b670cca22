/** The job summary, rendered from plain data. Pure. */

export interface ImageReport {
  readonly imageId: string
  readonly tags: readonly string[]
  readonly pushed: boolean
  readonly digest?: string
  /** Uncompressed bytes. */
  readonly size: number
  readonly builder: string
}

export function renderSummary(report: ImageReport): string {
  const lines = [`## 🏗️ Hoist: ${report.tags[0] ?? report.imageId}`, '']
  lines.push('| | |', '|---|---|')
  lines.push(`| Image ID | \`${report.imageId}\` |`)
  if (report.digest) lines.push(`| Digest | \`${report.digest}\` |`)
  lines.push(`| Size | ${formatBytes(report.size)} (uncompressed) |`)
  lines.push(`| Builder | ${report.builder} |`)
  lines.push('')
  lines.push(report.pushed ? '**Pushed tags**' : '**Tags** (not pushed)', '')
  for (const tag of report.tags) lines.push(`- \`${tag}\``)
  return lines.join('\n') + '\n'
}

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
