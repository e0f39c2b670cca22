/** The summary's registries section: where the image went, and how it went. Pure. */
import type { RegistryPush } from '../registry/pushed.js'
import { codeCell, textCell } from './escape.js'

export function registriesSection(results: readonly RegistryPush[]): string {
  if (results.length === 0) return ''
  const lines = [
    '### Registries',
    '',
    '| Registry | Tags | Digest | Outcome |',
    '|---|---|---|---|'
  ]
  for (const result of results) {
    const tags = result.tags.map(tag => codeCell(tag)).join('<br>')
    const digest = result.digest ? codeCell(result.digest) : ''
    const retried = result.attempts > result.tags.length ? ` (${result.attempts} attempts)` : ''
    const outcome =
      result.outcome === 'pushed'
        ? `✅ pushed${retried}`
        : `❌ failed${retried}: ${textCell(result.error ?? '')}`
    lines.push(`| ${textCell(result.registry)} | ${tags} | ${digest} | ${outcome} |`)
  }
  return lines.join('\n') + '\n'
}
