/**
 * What a promotion reports: the outputs a build would set (sizes as the
 * registry records them) and the job summary. Rendering is pure.
 */
import * as core from '@actions/core'
import { pushedOutput, type RegistryPush } from '../registry/pushed.js'
import { codeCell, codeSpan } from '../report/escape.js'
import { formatBytes } from '../report/format.js'
import { registriesSection } from '../report/registries.js'
import type { ImageSummary, SourceImage } from './content.js'

export interface PromotionReport {
  readonly source: string
  readonly tags: readonly string[]
  readonly image: SourceImage
  readonly registries: readonly RegistryPush[]
}

/** The image a runner of this architecture would pull: its platform's, else the first. */
export function primaryImage(
  images: readonly ImageSummary[],
  arch: string = process.arch
): ImageSummary | undefined {
  const runnable = images.filter(image => !image.attestation)
  const wanted = `linux/${arch === 'x64' ? 'amd64' : arch}`
  return runnable.find(image => image.platform === wanted) ?? runnable[0]
}

export function setPromotionOutputs(
  image: SourceImage,
  tags: readonly string[],
  registries: readonly RegistryPush[]
): void {
  const primary = primaryImage(image.images)
  core.setOutput('imageid', primary?.configDigest ?? '')
  core.setOutput('digest', image.root.digest)
  core.setOutput('tags', tags.join('\n'))
  // A registry records compressed sizes only.
  core.setOutput('size', '')
  core.setOutput('compressed-size', primary ? String(primary.compressed) : '')
  core.setOutput('size-delta', '')
  core.setOutput('pushed', pushedOutput(registries))
  core.setOutput('cache-hit', 'false')
}

export function renderPromotion(report: PromotionReport): string {
  const { image } = report
  const primary = primaryImage(image.images)
  const lines = [
    `## 🏗️ Hoist: ${codeSpan(report.tags[0] ?? report.source)}`,
    '',
    `Promoted from ${codeSpan(report.source)} (no build).`,
    '',
    '| | |',
    '|---|---|',
    `| Digest | ${codeCell(image.root.digest, 80)} |`,
    `| Manifest | ${codeCell(image.root.mediaType, 80)} |`
  ]
  if (primary) {
    const platform = primary.platform ? ` (${codeCell(primary.platform, 80)})` : ''
    lines.push(`| Compressed (pull) | ${formatBytes(primary.compressed)}${platform} |`)
  }
  lines.push('', '**Promoted tags**', '', ...report.tags.map(tag => `- ${codeSpan(tag)}`), '')
  return [lines.join('\n'), registriesSection(report.registries), imagesSection(image.images)]
    .filter(Boolean)
    .join('\n')
}

function imagesSection(images: readonly ImageSummary[]): string {
  if (images.length < 2) return ''
  const lines = [
    '### Manifests',
    '',
    '| Platform | Manifest | Layers | Compressed |',
    '|---|---|--:|--:|'
  ]
  for (const image of images) {
    const platform = image.attestation ? 'attestation' : codeCell(image.platform || 'unknown', 80)
    lines.push(
      `| ${platform} | ${codeCell(image.digest, 80)} | ${image.layers} | ${formatBytes(image.compressed)} |`
    )
  }
  return lines.join('\n') + '\n'
}
