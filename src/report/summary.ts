/**
 * The job summary, rendered from plain data. Pure.
 * Each part of the report renders as its own section; a part that a run
 * does not have is left out.
 */
import { renderAdvice, type AdviceSection } from '../advice/render.js'
import type { BuildStep } from '../engine/progress.js'
import type { RegistryPush } from '../registry/pushed.js'
import { renderCacheSection, type CacheReport } from './cache.js'
import { codeCell, codeSpan, textCell } from './escape.js'
import { formatBytes } from './format.js'
import { renderPlatforms, type PlatformsReport } from './platforms.js'
import { registriesSection } from './registries.js'
import { renderSizes, type SizeReport } from './sizes.js'

export interface Report {
  readonly imageId: string
  readonly tags: readonly string[]
  readonly pushed: boolean
  readonly digest?: string
  /** Pushed by digest: the `name@digest` each repository holds, with no tag. */
  readonly untagged?: readonly string[]
  /** Uncompressed bytes; absent when they could not be measured. */
  readonly size?: number
  /** What built it: the engine's description. */
  readonly engine: string
  readonly steps: readonly BuildStep[]
  /** Per-registry push results; empty or absent without push. */
  readonly registries?: readonly RegistryPush[]
  /** Sizes, history, comparison and budget; absent when they could not be measured. */
  readonly sizes?: SizeReport
  readonly cache?: CacheReport
  /** Several platforms: each one's sizes, instead of `sizes`. */
  readonly platforms?: PlatformsReport
  /** Advice on the Dockerfile; absent when switched off or when there is none to give. */
  readonly advice?: AdviceSection
}

export function renderSummary(report: Report): string {
  return [
    imageSection(report),
    registriesSection(report.registries ?? []),
    report.sizes ? renderSizes(report.sizes) : '',
    report.platforms ? renderPlatforms(report.platforms) : '',
    report.advice ? renderAdvice(report.advice) : '',
    stepsSection(report.steps),
    renderCacheSection(report.cache)
  ]
    .filter(Boolean)
    .join('\n')
}

function imageSection(report: Report): string {
  const lines = [`## 🏗️ Hoist: ${codeSpan(report.tags[0] ?? report.imageId)}`, '']
  lines.push('| | |', '|---|---|')
  lines.push(`| Image ID | ${codeCell(report.imageId)} |`)
  if (report.digest) lines.push(`| Digest | ${codeCell(report.digest)} |`)
  if (report.size !== undefined) lines.push(`| Size | ${formatBytes(report.size)} (uncompressed) |`)
  lines.push(`| Engine | ${textCell(report.engine)} |`)
  lines.push('')
  if (report.untagged) {
    lines.push('**Pushed by digest** (no tag)', '')
    for (const reference of report.untagged) lines.push(`- ${codeSpan(reference)}`)
    lines.push('')
  }
  lines.push(report.pushed && !report.untagged ? '**Pushed tags**' : '**Tags** (not pushed)', '')
  for (const tag of report.tags) lines.push(`- ${codeSpan(tag)}`)
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
    const stage = textCell(step.stage)
    const instruction = codeCell(step.instruction, 80)
    lines.push(`| ${stage} | ${instruction} | ${step.cached ? '✅' : ''} | ${time} |`)
  }
  lines.push('', '</details>')
  return lines.join('\n') + '\n'
}

export { formatBytes } from './format.js'
