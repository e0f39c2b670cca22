/** The layer cache's part of the job summary. Pure. */
import { formatBytes } from './summary.js'

export interface CacheReport {
  readonly strategy: string
  /** This run's key; absent when Hoist keeps no cache of its own. */
  readonly key?: string
  readonly restoredKey?: string
  readonly restoredBytes: number
  readonly saved?: { saved: true; bytes: number } | { saved: false; reason: string }
  readonly steps: number
  readonly cachedSteps: number
}

export function renderCacheSection(report: CacheReport | undefined): string {
  if (!report) return ''
  const lines = ['### Layer cache', '', '| | |', '|---|---|']
  lines.push(`| Strategy | ${report.strategy} |`)
  if (report.key) lines.push(`| Key | \`${report.key}\` |`)
  if (report.key) {
    lines.push(
      report.restoredKey
        ? `| Restored | ${formatBytes(report.restoredBytes)} from \`${report.restoredKey}\` |`
        : '| Restored | nothing: a cold build |'
    )
  }
  if (report.saved) {
    lines.push(
      report.saved.saved
        ? `| Saved | ${formatBytes(report.saved.bytes)} |`
        : `| Saved | no: ${report.saved.reason} |`
    )
  }
  lines.push(`| Steps cached | ${report.cachedSteps} of ${report.steps} |`)
  return lines.join('\n') + '\n'
}
