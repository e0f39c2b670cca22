/** The image version and tags from the rules, in metadata-action's order. Pure. */
import { globalValues, render } from './expressions.js'
import type { RefContext } from './refs.js'
import type { Flavor } from './flavor.js'
import { RuleError } from './records.js'
import type { TagRule } from './rules.js'
import { ruleValue } from './values.js'
import { errorMessage } from '../errors.js'

export interface Version {
  /** The first tag produced; empty when no rule produced one. */
  readonly main: string
  /** The other tags, in rule order, each once, `latest` last when it is earned. */
  readonly tagNames: readonly string[]
  readonly warnings: readonly string[]
}

const MAX_TAG = 128

/**
 * A tag as the registry takes it: runs of other characters become `-`, a
 * leading `.` or `-` goes, and it is cut to 128 characters.
 */
export function sanitizeTag(value: string): string {
  return value
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_TAG)
}

/** Evaluates the rules (already in priority order); `latest` is decided by the first that produces. */
export function computeVersion(
  rules: readonly TagRule[],
  flavor: Flavor,
  ctx: RefContext
): Version {
  const globals = globalValues(ctx)
  const renderIn = (input: string, source: string, template: string): string => {
    try {
      return render(template, ctx, globals)
    } catch (error) {
      const reason = errorMessage(error)
      throw new RuleError(input, `${source}: "${template}" cannot be rendered: ${reason}`)
    }
  }
  const flavorPrefix = renderIn('flavor', `prefix`, flavor.prefix)
  const flavorSuffix = renderIn('flavor', `suffix`, flavor.suffix)

  const names: string[] = []
  const warnings: string[] = []
  let latest: boolean | undefined
  for (const rule of rules) {
    const where = `rule "${rule.source}"`
    const enable = renderIn('tags', where, rule.attrs.enable ?? 'true')
    if (enable !== 'true' && enable !== 'false') {
      throw new RuleError('tags', `${where}: enable gave "${enable}"; it must give true or false`)
    }
    if (enable === 'false') continue
    let result
    try {
      result = ruleValue(rule, ctx)
    } catch (error) {
      const reason = errorMessage(error)
      throw new RuleError('tags', `${where} cannot be rendered: ${reason}`)
    }
    if (result.warning) warnings.push(result.warning)
    if (!result.value) continue
    const prefix =
      rule.attrs.prefix !== undefined ? renderIn('tags', where, rule.attrs.prefix) : flavorPrefix
    const suffix =
      rule.attrs.suffix !== undefined ? renderIn('tags', where, rule.attrs.suffix) : flavorSuffix
    const full = `${prefix}${result.value.value}${suffix}`
    if (full === '') continue
    const name = sanitizeTag(full)
    if (name === '') {
      warnings.push(`Tag rule "${rule.source}": "${full}" leaves no valid tag characters`)
      continue
    }
    latest ??= flavor.latest === 'auto' ? result.value.latest : flavor.latest === 'true'
    names.push(name)
  }
  if (latest) {
    const prefix = flavor.prefixOnLatest ? flavor.prefix : ''
    const suffix = flavor.suffixOnLatest ? flavor.suffix : ''
    const name = sanitizeTag(`${prefix}latest${suffix}`)
    if (name) names.push(name)
  }
  const tagNames = [...new Set(names)]
  return { main: tagNames[0] ?? '', tagNames, warnings }
}

/** `image:tag` for each image and tag, image by image, each once. */
export function imageTags(images: readonly string[], tagNames: readonly string[]): string[] {
  return [...new Set(images.flatMap(image => tagNames.map(tag => `${image}:${tag}`)))]
}
