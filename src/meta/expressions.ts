/**
 * Templates: `{{branch}}`, `{{tag}}`, `{{sha}}`, `{{base_ref}}`,
 * `{{is_default_branch}}`, `{{is_not_default_branch}}`, `{{date 'fmt' tz='Zone'}}`,
 * `{{commit_date 'fmt'}}`. Rendered as plain text (no HTML escaping). Pure, once
 * loadTemplates() has loaded the libraries.
 */
import type HandlebarsModule from 'handlebars'
import type MomentModule from 'moment-timezone'
import type { RefContext } from './refs.js'
import { errorMessage } from '../errors.js'

type Handlebars = typeof HandlebarsModule

interface TemplateLibraries {
  readonly handlebars: Handlebars
  readonly moment: typeof MomentModule
}

// Handlebars and moment-timezone are much of the bundle's size: a run whose
// values have no expression never loads them.
let libraries: TemplateLibraries | undefined

/** Loads what templates need; the functions below that render or check one need it first. */
export async function loadTemplates(): Promise<void> {
  const [handlebars, moment] = await Promise.all([import('handlebars'), import('moment-timezone')])
  libraries ??= { handlebars: handlebars.default, moment: moment.default }
}

function templateLibraries(): TemplateLibraries {
  if (!libraries) throw new Error('A template was read before loadTemplates()')
  return libraries
}

/** Text without `{{` is no template: Handlebars would give it back as it is. */
const isPlain = (template: string): boolean => !template.includes('{{')

/** Why a template cannot be parsed, or undefined when it can. */
export function checkTemplate(template: string): string | undefined {
  if (isPlain(template)) return undefined
  try {
    templateLibraries().handlebars.parse(template)
    return undefined
  } catch (error) {
    return oneLine(error)
  }
}

/** `/body/flags` or a bare pattern, with its number of capture groups; a string is the error. */
export function compileRegExp(source: string): { regexp: RegExp; groups: number } | string {
  const literal = /^\/(.+)\/([a-z]*)$/.exec(source)
  try {
    const regexp = literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(source)
    // An alternative that matches the empty string reveals how many groups there are.
    const groups = (new RegExp(`${regexp.source}|`).exec('')?.length ?? 1) - 1
    return { regexp, groups }
  } catch (error) {
    return oneLine(error)
  }
}

/** The names every value, prefix, suffix, enable and label may use. */
export function globalValues(ctx: RefContext): Record<string, string> {
  const isDefault = isDefaultBranch(ctx)
  return {
    branch: ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : '',
    tag: ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : '',
    sha: ctx.shortSha,
    base_ref: baseRef(ctx),
    is_default_branch: String(isDefault),
    is_not_default_branch: String(!isDefault)
  }
}

function baseRef(ctx: RefContext): string {
  if (ctx.ref.startsWith('refs/tags/')) {
    const base = ctx.payload.base_ref
    return typeof base === 'string' ? base.replace(/^refs\/heads\//, '') : ''
  }
  if (ctx.ref.startsWith('refs/pull/')) {
    const pr = ctx.payload.pull_request as { base?: { ref?: unknown } } | undefined
    return typeof pr?.base?.ref === 'string' ? pr.base.ref : ''
  }
  return ''
}

function isDefaultBranch(ctx: RefContext): boolean {
  if (ctx.ref === '') return false
  if (ctx.defaultBranch && ctx.ref.replace(/^refs\/heads\//, '') === ctx.defaultBranch) return true
  return /create|discussion|issues|schedule/.test(ctx.eventName)
}

/** A Handlebars environment whose only helpers are `date` and `commit_date`. */
function environment(ctx: RefContext): Handlebars {
  const { handlebars, moment } = templateLibraries()
  const hb = handlebars.create()
  const formatter =
    (instant: Date) =>
    (...args: unknown[]): string => {
      const options = args.pop() as { hash?: Record<string, unknown> }
      const format = typeof args[0] === 'string' ? args[0] : undefined
      const hash = options.hash ?? {}
      const unknown = Object.keys(hash).filter(key => key !== 'tz')
      if (unknown.length > 0) throw new Error(`unknown option "${unknown.join('", "')}"; only tz`)
      const zone = typeof hash.tz === 'string' ? hash.tz : 'UTC'
      if (!moment.tz.zone(zone)) throw new Error(`unknown time zone "${zone}"`)
      return moment(instant).tz(zone).format(format)
    }
  hb.registerHelper('date', formatter(ctx.now))
  hb.registerHelper('commit_date', formatter(ctx.commitDate))
  return hb
}

/**
 * Renders a template over `values`; throws an Error with the first line of
 * Handlebars' message when it fails (a helper error, a syntax error).
 */
export function render(template: string, ctx: RefContext, values: object): string {
  if (isPlain(template)) return template
  try {
    return environment(ctx).compile(template, { noEscape: true })(values)
  } catch (error) {
    throw new Error(oneLine(error))
  }
}

/** Handlebars' parse errors span lines (the template, a caret); a message needs one. */
function oneLine(error: unknown): string {
  const text = errorMessage(error)
  return text.trim().replace(/\s*\n\s*/g, ' ')
}
