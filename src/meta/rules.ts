/**
 * The `tags` input parsed into typed rules, with docker/metadata-action's
 * syntax. Pure: errors are thrown as RuleError, doubts returned as warnings.
 */
import { checkTemplate, compileRegExp } from './expressions.js'
import { parseRecords, RuleError, type InputRecord } from './records.js'

export const TAG_TYPES = [
  'schedule',
  'semver',
  'pep440',
  'match',
  'edge',
  'ref',
  'raw',
  'sha'
] as const
export type TagType = (typeof TAG_TYPES)[number]

const PRIORITY: Record<TagType, number> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100
}

const ATTRIBUTES = new Set([
  'type',
  'pattern',
  'value',
  'match',
  'group',
  'event',
  'branch',
  'format',
  'enable',
  'priority',
  'prefix',
  'suffix'
])

export interface TagRule {
  readonly type: TagType
  /** Attributes as written, keys lower-cased; a bare field is `value`. */
  readonly attrs: Readonly<Record<string, string>>
  readonly priority: number
  /** The rule as written. */
  readonly source: string
}

export interface Parsed<T> {
  readonly value: T
  readonly warnings: readonly string[]
}

export const DEFAULT_TAG_RULES = [
  'type=schedule',
  'type=ref,event=branch',
  'type=ref,event=tag',
  'type=ref,event=pr'
].join('\n')

/** The `tags` input as rules, highest priority first (ties keep their order). */
export function parseTagRules(text: string): Parsed<TagRule[]> {
  const warnings: string[] = []
  const records = parseRecords('tags', text.trim() === '' ? DEFAULT_TAG_RULES : text)
  const rules = records.map(record => {
    const rule = parseTagRule(record)
    for (const key of Object.keys(rule.attrs).filter(key => !ATTRIBUTES.has(key))) {
      warnings.push(`Tag rule "${record.source}": unknown attribute "${key}" is ignored`)
    }
    return rule
  })
  return { value: rules.sort((a, b) => b.priority - a.priority), warnings }
}

function parseTagRule(record: InputRecord): TagRule {
  const fail = (reason: string): never => {
    throw new RuleError('tags', `rule "${record.source}": ${reason}`)
  }
  const attrs: Record<string, string> = {}
  for (const field of record.fields) {
    const eq = field.indexOf('=')
    if (eq < 0) attrs.value = field
    else attrs[field.slice(0, eq).trim().toLowerCase()] = field.slice(eq + 1).trim()
  }
  const typeName = attrs.type ?? 'raw'
  const type = TAG_TYPES.find(t => t === typeName)
  if (!type) return fail(`unknown type "${typeName}"; use one of ${TAG_TYPES.join(', ')}`)
  attrs.type = type
  attrs.enable ??= 'true'

  let priority = PRIORITY[type]
  if (attrs.priority !== undefined) {
    if (!/^-?\d+$/.test(attrs.priority)) fail(`priority "${attrs.priority}" is not a whole number`)
    priority = Number(attrs.priority)
  }
  for (const key of ['value', 'prefix', 'suffix', 'enable'] as const) {
    const template = attrs[key]
    if (template === undefined) continue
    const error = checkTemplate(template)
    if (error) fail(`${key} "${template}" is not a valid expression: ${error}`)
  }
  const needPattern = (): string => {
    if (!attrs.pattern) fail(`type=${type} needs a pattern attribute, e.g. pattern={{version}}`)
    const error = checkTemplate(attrs.pattern ?? '')
    if (error) fail(`pattern "${attrs.pattern}" is not a valid template: ${error}`)
    return attrs.pattern ?? ''
  }
  const checkRegExp = (name: string, source: string, minGroups: number): void => {
    const compiled = compileRegExp(source)
    if (typeof compiled === 'string')
      fail(`${name} "${source}" is not a valid regular expression: ${compiled}`)
    else if (compiled.groups < minGroups) {
      fail(
        `${name} "${source}" has ${compiled.groups} capture group(s); it needs at least ${minGroups}`
      )
    }
  }

  switch (type) {
    case 'schedule':
      attrs.pattern ??= 'nightly'
      needPattern()
      break
    case 'semver':
    case 'pep440':
      needPattern()
      if (attrs.match) checkRegExp('match', attrs.match, 1)
      break
    case 'match': {
      const pattern = needPattern()
      attrs.group ??= '0'
      if (!/^\d+$/.test(attrs.group)) fail(`group "${attrs.group}" is not a number`)
      checkRegExp('pattern', pattern, Number(attrs.group))
      break
    }
    case 'ref':
      if (!attrs.event)
        fail('type=ref needs an event attribute: event=branch, event=tag or event=pr')
      if (!['branch', 'tag', 'pr'].includes(attrs.event ?? '')) {
        fail(`event "${attrs.event}" is not one of branch, tag, pr`)
      }
      if (attrs.event === 'pr') attrs.prefix ??= 'pr-'
      break
    case 'raw':
      if (!attrs.value) fail('type=raw needs a value attribute, e.g. value=latest')
      break
    case 'sha':
      attrs.format ??= 'short'
      if (!['short', 'long'].includes(attrs.format)) {
        fail(`format "${attrs.format}" is not short or long`)
      }
      attrs.prefix ??= 'sha-'
      break
    case 'edge':
      break
  }
  return { type, attrs, priority, source: record.source }
}
