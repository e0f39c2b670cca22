/**
 * The size report of a multi-platform image: each platform's sizes, history
 * and comparison with the same platform of the base image, and its budget.
 * Attestation manifests are counted apart: never a platform, never in a size. Pure.
 */
import type { Budget } from './budget.js'
import { checkBudget } from './budget.js'
import { compareImages, type Comparison } from './compare.js'
import { codeCell, codeSpan, plainText } from './escape.js'
import { formatBytes, formatChange } from './format.js'
import { historyRows, totalCompressed, type HistoryRow, type ImageLayers } from './layers.js'
import { renderComparison, renderHistory } from './sizes.js'
import type { BuildStep } from '../engine/progress.js'

export interface PlatformSizes {
  /** `linux/arm64`. */
  readonly platform: string
  /** The platform's image manifest digest. */
  readonly digest: string
  readonly compressedSize: number
  /** Undefined when a layer's content could not be read. */
  readonly uncompressedSize?: number
  readonly rows: readonly HistoryRow[]
  readonly comparison?: Comparison
  /** Why this platform has no comparison, when one was wanted. */
  readonly comparisonNote?: string
}

export interface PlatformsReport {
  readonly platforms: readonly PlatformSizes[]
  /** Attestation manifests in the index (provenance, SBOM). */
  readonly attestations: number
  /** Exceeded budgets, one sentence each, naming the platform. */
  readonly budget: readonly string[]
  readonly sizeCheck: 'warn' | 'fail'
  /** Why nothing was compared, for every platform at once. */
  readonly comparisonNote?: string
}

export interface PlatformBase {
  readonly reference: string
  /** The base image's layers for this platform; undefined when it has no such platform. */
  readonly layers?: ImageLayers
}

export function platformSizes(
  image: { readonly platform: string; readonly digest: string; readonly layers: ImageLayers },
  steps: readonly BuildStep[],
  base?: PlatformBase
): PlatformSizes {
  const { layers } = image
  const comparison = base?.layers ? compareImages(base.reference, base.layers, layers) : undefined
  const uncompressed = layers.uncompressed?.reduce((sum, size) => sum + size, 0)
  return {
    platform: image.platform,
    digest: image.digest,
    compressedSize: totalCompressed(layers) ?? 0,
    ...(uncompressed !== undefined ? { uncompressedSize: uncompressed } : {}),
    rows: historyRows(layers, steps),
    ...(comparison ? { comparison } : {}),
    ...(base && !base.layers
      ? { comparisonNote: `${codeSpan(base.reference)} has no ${plainText(image.platform)} image.` }
      : {})
  }
}

/** Every platform's budget: each platform must fit on its own. */
export function platformBudget(budget: Budget, platforms: readonly PlatformSizes[]): string[] {
  return platforms.flatMap(sizes =>
    checkBudget(budget, sizes.compressedSize, sizes.comparison).exceeded.map(
      line => `${sizes.platform}: ${line}`
    )
  )
}

export function renderPlatforms(report: PlatformsReport): string {
  const parts = [
    `### 📦 Size: ${report.platforms.length} platforms`,
    '',
    '| Platform | Compressed (pull) | Uncompressed | Layers | Change |',
    '|---|--:|--:|--:|--:|'
  ]
  for (const sizes of report.platforms) {
    const layers = sizes.rows.filter(row => row.diffId !== undefined).length
    const change = sizes.comparison ? formatChange(sizes.comparison.change) : '—'
    const uncompressed =
      sizes.uncompressedSize !== undefined ? formatBytes(sizes.uncompressedSize) : '—'
    parts.push(
      `| ${codeCell(sizes.platform)} | ${formatBytes(sizes.compressedSize)} | ${uncompressed} | ${layers} | ${change} |`
    )
  }
  parts.push('')
  if (report.attestations > 0) {
    parts.push(
      `Attestations: ${report.attestations} manifest${report.attestations === 1 ? '' : 's'} ` +
        '(provenance, SBOM) beside the platforms, counted in no size.',
      ''
    )
  }
  if (report.comparisonNote) parts.push(`> ${report.comparisonNote}`, '')
  const icon = report.sizeCheck === 'fail' ? '❌' : '⚠️'
  for (const line of report.budget) parts.push(`> ${icon} **Size budget exceeded.** ${line}`, '')
  for (const sizes of report.platforms) {
    parts.push(
      '<details>',
      `<summary><b>${plainText(sizes.platform)}</b>: history and comparison</summary>`,
      ''
    )
    if (sizes.comparison) parts.push(renderComparison(sizes.comparison))
    else if (sizes.comparisonNote) parts.push(`> ${sizes.comparisonNote}`, '')
    parts.push(renderHistory(sizes.rows), '</details>', '')
  }
  return parts.join('\n')
}
