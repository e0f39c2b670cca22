/** The size sections of the summary and of the pull request comment. Pure. */
import type { Comparison } from './compare.js'
import { codeCell, codeSpan } from './escape.js'
import { formatBytes, formatChange, table } from './format.js'
import type { HistoryRow, ImageLayers } from './layers.js'

/** The compared image's layers and where their blobs are: what a file-level diff reads. */
export interface ComparedImage {
  readonly reference: string
  readonly layers: ImageLayers
  readonly layerDigests: readonly string[]
}

export interface SizeReport {
  readonly rows: readonly HistoryRow[]
  readonly compared?: ComparedImage
  /** Undefined when not measured: an unpushed image that nothing compares or budgets. */
  readonly compressedSize?: number
  readonly uncompressedSize: number
  /** True when the compressed sizes are the registry's; false when computed locally. */
  readonly exact: boolean
  readonly comparison?: Comparison
  /** Why there is no comparison, when one was wanted (e.g. the base image is missing). */
  readonly comparisonNote?: string
  /** Exceeded budgets, one sentence each. */
  readonly budget?: readonly string[]
  readonly sizeCheck?: 'warn' | 'fail'
  /** What became of the pull request comment, when it did not go as asked. */
  readonly commentNote?: string
}

const UNMEASURED_NOTE =
  'Compressed sizes are measured when the image is pushed, compared with a base image or given a ' +
  'size budget: otherwise measuring would mean compressing every layer here.'

const LOCAL_NOTE =
  'Compressed sizes of layers the registry does not hold yet are measured here, as a push ' +
  'uploads them; the pushed sizes may differ by a few hundred bytes.'

export function renderSizes(report: SizeReport): string {
  const layers = report.rows.reduce(
    (count, row) => count + (row.baseLayers ?? (row.diffId !== undefined ? 1 : 0)),
    0
  )
  const parts = [
    '### 📦 Size',
    '',
    '| Compressed (pull) | Uncompressed | Layers |',
    '|--:|--:|--:|',
    `| ${compressedCell(report)} | ${formatBytes(report.uncompressedSize)} | ${layers} |`,
    ''
  ]
  if (report.comparison) parts.push(renderComparison(report.comparison))
  else if (report.comparisonNote) parts.push(`> ${report.comparisonNote}`, '')
  parts.push(...renderBudget(report))
  if (report.commentNote) parts.push(`> ${report.commentNote}`, '')
  parts.push(renderHistory(report.rows))
  if (report.compressedSize === undefined) parts.push(`<sub>${UNMEASURED_NOTE}</sub>`, '')
  else if (!report.exact) parts.push(`<sub>${LOCAL_NOTE}</sub>`, '')
  return parts.join('\n')
}

function compressedCell(report: SizeReport): string {
  return report.compressedSize === undefined ? '—' : formatBytes(report.compressedSize)
}

export function renderHistory(rows: readonly HistoryRow[]): string {
  const body = rows.map(row => [
    row.baseLayers !== undefined
      ? `${instructionCell(row.instruction)} base image, ${row.baseLayers} ${row.baseLayers === 1 ? 'layer' : 'layers'}`
      : instructionCell(row.instruction),
    row.uncompressed !== undefined ? formatBytes(row.uncompressed) : '',
    row.compressed !== undefined ? formatBytes(row.compressed) : '—',
    row.cached === undefined ? '' : row.cached ? '✅' : 'built'
  ])
  return table(
    `History: ${rows.length} instructions`,
    ['Instruction', 'Size', 'Compressed', 'Cached'],
    body
  )
}

/** An instruction from an image's history: untrusted text, cut to fit a cell. */
function instructionCell(instruction: string): string {
  return codeCell(instruction || '(no instruction recorded)', 80)
}

export function renderComparison(comparison: Comparison): string {
  const percent =
    comparison.percent !== undefined
      ? ` (${comparison.percent >= 0 ? '+' : ''}${comparison.percent.toFixed(1)}%)`
      : ''
  const lines = [
    `**Against ${codeSpan(comparison.baseReference)}**: ${formatBytes(comparison.baseTotal)} → ` +
      `${formatBytes(comparison.currentTotal)}, **${formatChange(comparison.change)}**${percent} compressed`,
    ''
  ]
  const body = comparison.rows.map(row => [
    instructionCell(row.instruction),
    formatBytes(row.base),
    formatBytes(row.current),
    row.change === 0 ? '0' : `**${formatChange(row.change)}**`
  ])
  body.push([
    '**Total**',
    formatBytes(comparison.baseTotal),
    formatBytes(comparison.currentTotal),
    `**${formatChange(comparison.change)}**`
  ])
  lines.push(table('Layers compared', ['Layer', 'Base', 'New', 'Change'], body))
  return lines.join('\n')
}

function renderBudget(report: SizeReport): string[] {
  if (!report.budget || report.budget.length === 0) return []
  const icon = report.sizeCheck === 'fail' ? '❌' : '⚠️'
  return [...report.budget.map(line => `> ${icon} **Size budget exceeded.** ${line}`), '']
}

/** The hidden line that finds this image's comment again on the next run. */
export function commentMarker(image: string): string {
  return `<!-- hoist:size-report ${image} -->`
}

export function renderComment(image: string, report: SizeReport): string {
  const parts = [commentMarker(image), `### 📦 Hoist: ${codeSpan(image)}`, '']
  if (report.comparison) parts.push(renderComparison(report.comparison))
  else {
    parts.push(`Compressed size: **${compressedCell(report)}**.`, '')
    if (report.comparisonNote) parts.push(`> ${report.comparisonNote}`, '')
  }
  parts.push(...renderBudget(report))
  return parts.join('\n')
}
