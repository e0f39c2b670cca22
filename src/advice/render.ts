/**
 * The summary's Advice section. Pure. The Dockerfile's text and the image's
 * paths are untrusted: they appear only inside code spans, through `code`.
 */
import { codeCell } from '../report/escape.js'
import { FOLD_ROWS, formatBytes } from '../report/format.js'
import type { Advice } from './advice.js'
import type { Finding } from './finding.js'
import type { GrownLayer } from './grown.js'
import type { ImageFiles } from './image-files.js'

export interface AdviceSection {
  readonly advice: Advice
  /** The Dockerfile, as the annotations name it. */
  readonly file: string
  /** Exceeded `max-wasted`, one sentence each. */
  readonly exceeded: readonly string[]
  readonly sizeCheck: 'warn' | 'fail'
  /** Why the image's files are missing from the advice, when they are. */
  readonly note?: string
  /** `advice` as given: without it, only an exceeded budget is shown. */
  readonly enabled: boolean
  /** The image's files, when they were read: what the grown layers' files come from. */
  readonly image?: ImageFiles
  /** On a pull request, the files behind the layers that grew most. */
  readonly grown?: readonly GrownLayer[]
}

export function renderAdvice(section: AdviceSection): string {
  const { advice } = section
  const parts = ['### 💡 Advice', '']
  if (advice.efficiency && advice.wastedBytes !== undefined) {
    const { score, wastedBytes } = advice.efficiency
    parts.push(
      `**${formatBytes(advice.wastedBytes)}** ship in files a later layer deletes or overwrites. ` +
        `dive would score the image **${(score * 100).toFixed(1)} %** efficient, ` +
        `${formatBytes(wastedBytes)} wasted.`,
      ''
    )
  }
  const icon = section.sizeCheck === 'fail' ? '❌' : '⚠️'
  for (const line of section.exceeded)
    parts.push(`> ${icon} **Waste budget exceeded.** ${line}`, '')
  if (section.note) parts.push(`> ${section.note}`, '')
  if (advice.findings.length === 0) {
    parts.push(`Nothing to advise on ${codeCell(section.file, 80)}.`, '')
    return [...parts, ...renderGrown(section.grown ?? [])].join('\n')
  }
  const count = advice.findings.length
  const title = `${count} ${count === 1 ? 'finding' : 'findings'} on ${codeCell(section.file, 80)}`
  const lines = [
    '| Line | Advice | Instruction | At stake |',
    '|--:|---|---|--:|',
    ...advice.findings.map(finding => `| ${row(finding).join(' | ')} |`),
    ''
  ]
  if (advice.findings.length <= FOLD_ROWS) parts.push(`**${title}**`, '', ...lines)
  else parts.push('<details>', `<summary><b>${title}</b></summary>`, '', ...lines, '</details>', '')
  return [...parts, ...renderGrown(section.grown ?? [])].join('\n')
}

function renderGrown(grown: readonly GrownLayer[]): string[] {
  if (grown.length === 0) return []
  const lines = [
    '**What grew**: the files added or grown in the layers that grew most',
    '',
    '| Layer | File | Size | Change |',
    '|---|---|--:|--:|'
  ]
  for (const layer of grown) {
    const head = `${codeCell(layer.instruction, 60)} +${formatBytes(layer.change)} compressed`
    const note = layer.note ? ` (${layer.note})` : ''
    if (layer.files.length === 0) lines.push(`| ${head}${note} | | | |`)
    layer.files.forEach((file, i) => {
      lines.push(
        `| ${i === 0 ? head + note : ''} | ${codeCell(file.path, 60)} | ${formatBytes(file.size)} | +${formatBytes(file.change)} |`
      )
    })
  }
  return [...lines, '']
}

function row(finding: Finding): string[] {
  const icon = finding.level === 'warning' ? '⚠️' : 'ℹ️'
  const files = (finding.files ?? []).map(
    file => `${codeCell(file.path, 60)} ${formatBytes(file.size)}`
  )
  const stake = [
    finding.bytes !== undefined ? formatBytes(finding.bytes) : '',
    finding.seconds !== undefined ? `${finding.seconds.toFixed(1)} s` : ''
  ].filter(Boolean)
  return [
    String(finding.line),
    `${icon} **${finding.title}**: ${finding.detail.replace(/\|/g, '\\|')}` +
      (files.length ? `<br>${files.join(', ')}` : ''),
    finding.subject ? `${codeCell(finding.subject, 60)}` : '',
    stake.join(', ')
  ]
}

/** The annotation's text: the detail, and the files behind it. */
export function annotationText(finding: Finding): string {
  const files = (finding.files ?? []).map(file => `${file.path} (${formatBytes(file.size)})`)
  return files.length ? `${finding.detail} Largest: ${files.join(', ')}.` : finding.detail
}
