/** The summary's registries section: where the image went, and how it went. Pure. */
import type { RegistryPush } from '../registry/pushed.js'
import { codeSpan, plainText, tableCell } from './escape.js'

export function registriesSection(results: readonly RegistryPush[]): string {
  if (results.length === 0) return ''
  const lines = [
    '### Registries',
    '',
    '| Registry | Tags | Digest | Outcome |',
    '|---|---|---|---|'
  ]
  for (const result of results) {
    const tags = result.tags.map(tag => tableCell(codeSpan(tag))).join('<br>')
    const digest = result.digest ? tableCell(codeSpan(result.digest)) : ''
    const retried = result.attempts > result.tags.length ? ` (${result.attempts} attempts)` : ''
    const outcome =
      result.outcome === 'pushed'
        ? `✅ pushed${retried}`
        : `❌ failed${retried}: ${tableCell(plainText(result.error ?? ''))}`
    lines.push(`| ${tableCell(plainText(result.registry))} | ${tags} | ${digest} | ${outcome} |`)
  }
  return lines.join('\n') + '\n'
}
