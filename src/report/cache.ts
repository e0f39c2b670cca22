/** The layer cache's part of the job summary. Pure. */
import { codeCell, codeSpan, plainText, textCell } from './escape.js'
import { formatBytes } from './format.js'

export interface CacheReport {
  readonly strategy: string
  /** This run's key; absent when Hoist keeps no cache of its own. */
  readonly key?: string
  readonly restoredKey?: string
  readonly restoredBytes: number
  /** Served to the daemon: the layers the build pulled, of all restored. */
  readonly read?: { layers: number; bytes: number; ofLayers: number }
  /** `in the post step`, or `no: <why>`. */
  readonly saved?: string
  readonly steps: number
  readonly cachedSteps: number
  /** Stages kept out of the cache, with the secret-looking build-args they receive. */
  readonly uncached?: readonly { readonly stage: string; readonly args: readonly string[] }[]
}

/** The post step's line: what was saved, or why not. */
export function renderCacheSaved(
  key: string,
  outcome: { saved: true; bytes: number } | { saved: false; reason: string }
): string {
  return outcome.saved
    ? `**Layer cache** saved: ${formatBytes(outcome.bytes)} as ${codeSpan(key)}\n`
    : // The reason may be the cache service's own words.
      `**Layer cache** not saved: ${plainText(outcome.reason)}\n`
}

export function renderCacheSection(report: CacheReport | undefined): string {
  if (!report) return ''
  const lines = ['### Layer cache', '', '| | |', '|---|---|']
  lines.push(`| Strategy | ${report.strategy} |`)
  if (report.key) lines.push(`| Key | ${codeCell(report.key)} |`)
  if (report.key) {
    lines.push(
      report.restoredKey
        ? `| Restored | ${formatBytes(report.restoredBytes)} from ${codeCell(report.restoredKey)} |`
        : '| Restored | nothing: a cold build |'
    )
  }
  if (report.read) {
    const { layers, bytes, ofLayers } = report.read
    lines.push(`| Pulled by the build | ${formatBytes(bytes)}: ${layers} of ${ofLayers} layers |`)
  }
  if (report.saved) lines.push(`| Saved | ${textCell(report.saved)} |`)
  for (const { stage, args } of report.uncached ?? []) {
    const names = args.map(name => codeCell(name)).join(', ')
    lines.push(
      `| Not cached | stage ${codeCell(stage)}: it receives ${names}, which look like secrets; ` +
        'pass them with the `secrets` input |'
    )
  }
  lines.push(`| Steps cached | ${report.cachedSteps} of ${report.steps} |`)
  return lines.join('\n') + '\n'
}
