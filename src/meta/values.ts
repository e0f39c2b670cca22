/** What each tag rule produces for a ref, before prefix, suffix and sanitising. Pure. */
import * as pep440 from '@renovatebot/pep440'
import * as semver from 'semver'
import { compileRegExp, globalValues, render } from './expressions.js'
import type { RefContext } from './refs.js'
import type { TagRule } from './rules.js'

export interface RuleValue {
  readonly value: string
  /** Whether this value earns `latest` under `flavor: latest=auto`. */
  readonly latest: boolean
}

export interface RuleResult {
  readonly value?: RuleValue
  readonly warning?: string
}

const RAW_ONLY = /^\{\{\s*raw\s*\}\}$/

/** The value a rule gives for this ref, if any; `render` errors propagate. */
export function ruleValue(rule: TagRule, ctx: RefContext): RuleResult {
  const attrs = rule.attrs
  const globals = globalValues(ctx)
  const ref = ctx.ref
  switch (rule.type) {
    case 'schedule':
      if (!/schedule/.test(ctx.eventName)) return {}
      return { value: { value: render(attrs.pattern ?? '', ctx, {}), latest: false } }
    case 'semver':
    case 'pep440':
    case 'match': {
      const given = attrs.value ? render(attrs.value, ctx, globals) : ''
      const source = given || ctx.tagName
      if (!source) return {}
      if (rule.type === 'match') return matchValue(rule, source)
      return versionValue(rule, ctx, source)
    }
    case 'edge': {
      const branch = attrs.branch || ctx.defaultBranch
      if (!branch) {
        return {
          warning: `Tag rule "${rule.source}": the event does not name the default branch; give branch=…`
        }
      }
      if (!ref.startsWith('refs/heads/') || ref.slice('refs/heads/'.length) !== branch) return {}
      return { value: { value: 'edge', latest: false } }
    }
    case 'ref':
      if (attrs.event === 'branch' && ref.startsWith('refs/heads/')) {
        return { value: { value: ref.slice('refs/heads/'.length), latest: false } }
      }
      if (attrs.event === 'tag' && ref.startsWith('refs/tags/')) {
        return { value: { value: ref.slice('refs/tags/'.length), latest: true } }
      }
      if (attrs.event === 'pr' && ref.startsWith('refs/pull/')) {
        return {
          value: { value: ref.slice('refs/pull/'.length).replace(/\/merge$/, ''), latest: false }
        }
      }
      return {}
    case 'raw':
      return { value: { value: render(attrs.value ?? '', ctx, globals), latest: false } }
    case 'sha':
      if (!ctx.sha) return {}
      return { value: { value: attrs.format === 'long' ? ctx.sha : ctx.shortSha, latest: false } }
  }
}

function versionValue(rule: TagRule, ctx: RefContext, source: string): RuleResult {
  let version = source
  let warning: string | undefined
  if (rule.attrs.match) {
    const compiled = compileRegExp(rule.attrs.match)
    const found = typeof compiled === 'string' ? null : compiled.regexp.exec(version)
    if (found?.[1] !== undefined) version = found[1]
    else
      warning = `Tag rule "${rule.source}": match "${rule.attrs.match}" does not match "${version}"`
  }
  version = version.replace(/\//g, '-')
  const pattern = rule.attrs.pattern ?? ''
  if (rule.type === 'semver') {
    const parsed = semver.valid(version) ? semver.parse(version, { loose: true }) : null
    if (!parsed) {
      return { warning: `Tag rule "${rule.source}": "${version}" is not a semantic version` }
    }
    const prerelease = parsed.prerelease.length > 0
    const values = {
      raw: parsed.raw,
      version: parsed.version,
      major: parsed.major,
      minor: parsed.minor,
      patch: parsed.patch,
      prerelease: parsed.prerelease,
      build: parsed.build
    }
    const template = prerelease && !RAW_ONLY.test(pattern) ? '{{version}}' : pattern
    return {
      value: { value: render(template, ctx, values), latest: !prerelease },
      ...(warning ? { warning } : {})
    }
  }
  if (!pep440.valid(version)) {
    return { warning: `Tag rule "${rule.source}": "${version}" is not a PEP 440 version` }
  }
  const explained = pep440.explain(version)
  const special = Boolean(
    explained?.is_prerelease || explained?.is_postrelease || explained?.is_devrelease
  )
  const clean = pep440.clean(version) ?? version
  if (special) {
    return { value: { value: RAW_ONLY.test(pattern) ? version : clean, latest: false } }
  }
  const values = {
    raw: version,
    version: clean,
    major: pep440.major(version),
    minor: pep440.minor(version),
    patch: pep440.patch(version)
  }
  return {
    value: { value: render(pattern, ctx, values), latest: true },
    ...(warning ? { warning } : {})
  }
}

function matchValue(rule: TagRule, source: string): RuleResult {
  const compiled = compileRegExp(rule.attrs.pattern ?? '')
  const found = typeof compiled === 'string' ? null : compiled.regexp.exec(source)
  const group = Number(rule.attrs.group ?? '0')
  if (!found) {
    return { warning: `Tag rule "${rule.source}": pattern does not match "${source}"` }
  }
  const captured = found[group]
  if (captured === undefined) {
    return { warning: `Tag rule "${rule.source}": group ${group} matched nothing in "${source}"` }
  }
  return { value: { value: captured, latest: true } }
}
