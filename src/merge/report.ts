/** The job summary of a merge: the index, its tags and registries, and every platform's sizes. Pure. */
import type { RegistryPush } from '../registry/pushed.js'
import type { RawManifest } from '../registry/repository.js'
import { codeCell, codeSpan, truncate } from '../report/escape.js'
import { renderPlatforms, type PlatformsReport } from '../report/platforms.js'
import { registriesSection } from '../report/registries.js'

export interface MergeReport {
  readonly tags: readonly string[]
  readonly index: RawManifest
  /** The merge lines, as written (each a digest or a `name@digest` reference). */
  readonly sources: readonly string[]
  /** False when a size budget stopped the tags from being written. */
  readonly pushed: boolean
  readonly registries: readonly RegistryPush[]
  readonly platforms?: PlatformsReport
}

export function renderMerge(report: MergeReport): string {
  const { index } = report
  const lines = [
    `## 🏗️ Hoist: ${codeSpan(report.tags[0] ?? index.digest)}`,
    '',
    `Merged from ${report.sources.length} image(s) pushed by digest (no build).`,
    '',
    '| | |',
    '|---|---|',
    `| Digest | ${codeCell(index.digest)} |`,
    `| Manifest | ${codeCell(index.mediaType)} |`,
    '',
    report.pushed ? '**Pushed tags**' : '**Tags** (not pushed)',
    '',
    ...report.tags.map(tag => `- ${codeSpan(tag)}`),
    '',
    '**Merged**',
    '',
    ...report.sources.map(source => `- ${codeSpan(truncate(source))}`),
    ''
  ]
  return [
    lines.join('\n'),
    registriesSection(report.registries),
    report.platforms ? renderPlatforms(report.platforms) : ''
  ]
    .filter(Boolean)
    .join('\n')
}
