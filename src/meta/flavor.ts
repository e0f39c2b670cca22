/** The `flavor` input: defaults for every tag rule. Pure. */
import { checkTemplate } from './expressions.js'
import { parseRecords, RuleError } from './records.js'

export interface Flavor {
  readonly latest: 'auto' | 'true' | 'false'
  readonly prefix: string
  readonly suffix: string
  readonly prefixOnLatest: boolean
  readonly suffixOnLatest: boolean
}

/** The `flavor` input; `onlatest` applies to the prefix or suffix before it on its line. */
export function parseFlavor(text: string): Flavor {
  const flavor = {
    latest: 'auto',
    prefix: '',
    suffix: '',
    prefixOnLatest: false,
    suffixOnLatest: false
  }
  for (const record of parseRecords('flavor', text)) {
    let last: 'prefix' | 'suffix' | undefined
    for (const field of record.fields) {
      const fail = (reason: string): never => {
        throw new RuleError('flavor', `"${field}" in "${record.source}": ${reason}`)
      }
      const parts = field.split('=')
      if (parts.length < 2) fail('is not of the form key=value')
      const key = (parts[0] ?? '').trim().toLowerCase()
      const value = (parts[1] ?? '').trim()
      if (key === 'latest') {
        if (!['auto', 'true', 'false'].includes(value)) fail('latest must be auto, true or false')
        flavor.latest = value
      } else if (key === 'prefix' || key === 'suffix') {
        const error = checkTemplate(value)
        if (error) fail(`not a valid expression: ${error}`)
        flavor[key] = value
        last = key
      } else if (key === 'onlatest') {
        if (!['true', 'false'].includes(value)) fail('onlatest must be true or false')
        if (last) flavor[last === 'prefix' ? 'prefixOnLatest' : 'suffixOnLatest'] = value === 'true'
      } else {
        fail('unknown key; use latest, prefix, suffix or onlatest')
      }
    }
  }
  return flavor as Flavor
}
