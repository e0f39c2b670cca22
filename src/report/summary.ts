/**
 * The job summary, rendered from plain data. Pure.
 * Each part of the report renders as its own section; a part that a run
 * does not have is left out.
 */
import type { BuildStep } from '../engine/progress.js'
import { renderCacheSection, type CacheReport } from './cache.js'

export interface Report {
  readonly imageId: string
  readonly tags: readonly string[]
  readonly pushed: boolean
  readonly digest?: string
  /** Uncompressed bytes. */
  readonly size: number
  readonly builder: string
  readonly steps: readonly BuildStep[]
  readonly cache?: CacheReport
}

export function renderSummary(report: Report): string {
  return [imageSection(report), stepsSection(report.steps), renderCacheSection(report.cache)]
    .filter(Boolean)
    .join('\n')
}

function imageSection(report: Report): string {
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

function stepsSection(steps: readonly BuildStep[]): string {
  if (steps.length === 0) return ''
  const cached = steps.filter(step => step.cached).length
  const lines = [
    '<details>',
    `<summary><b>Build steps</b>: ${steps.length}, ${cached} cached</summary>`,
    '',
    '| Stage | Instruction | Cached | Time |',
    '|---|---|---|---|'
  ]
  for (const step of steps) {
    const time = step.cached ? '' : `${step.seconds.toFixed(1)} s`
    lines.push(
      `| ${step.stage} | \`${cell(step.instruction)}\` | ${step.cached ? '✅' : ''} | ${time} |`
    )
  }
  lines.push('', '</details>')
  return lines.join('\n') + '\n'
}

/** Table cells cannot hold a `|` or a newline; long instructions are cut. */
export function cell(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/`/g, "'")
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
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
