/**
 * Text from outside (a Dockerfile, a base image's history, build output, a
 * registry's message) as Markdown that GitHub renders as that very text, with
 * nothing live in it: no HTML, no link or image, no @mention or issue
 * reference. One function per place such text lands in the summary and the
 * pull request comment. Pure.
 */

/**
 * The punctuation that can start emphasis, code, a link, an image, HTML or an
 * entity: CommonMark renders `\X` as X for each. `|` is the table's business
 * (see `tableCell`).
 */
const MARKUP = /[\\`*_[\]()<>&!~{}]/g
/** What GFM links by itself: `https://…`, `www.…`. */
const AUTOLINK = /(:)(?=\/\/)|(?<=\bwww)(\.)/gi

/**
 * GitHub links `@user` and `#123` in rendered text, escaped or not; a word
 * joiner after the sign, invisible, leaves nothing to link.
 */
const WORD_JOINER = '\u2060'

/** Whitespace runs as one space: a line break would end a table row or a paragraph. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Plain text in a sentence or a table cell (wrap it in `tableCell` there). */
export function plainText(text: string): string {
  return oneLine(text)
    .replace(MARKUP, sign => `\\${sign}`)
    .replace(AUTOLINK, sign => `\\${sign}`)
    .replace(/([@#])/g, `$1${WORD_JOINER}`)
}

/**
 * Text as inline code: literal, nothing in it is Markdown or HTML. The fence
 * is longer than any run of backticks inside, and spaced when the text starts
 * or ends with a backtick, as CommonMark reads code spans.
 */
export function codeSpan(text: string): string {
  const flat = oneLine(text)
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/**
 * Inline Markdown (from `plainText` or `codeSpan`) as one table cell: GFM
 * splits a row at every `|` not escaped by an odd run of backslashes, code
 * spans included, so each `|` gets one.
 */
export function tableCell(markdown: string): string {
  return markdown.replace(/(\\*)\|/g, (_, slashes: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`
  )
}

/** Text as inline code in one table cell, cut to `max` characters when given. */
export function codeCell(text: string, max?: number): string {
  return tableCell(codeSpan(max === undefined ? text : truncate(text, max)))
}

/** Plain text in one table cell. */
export function textCell(text: string): string {
  return tableCell(plainText(text))
}

/**
 * At most `max` characters, cut at a space: the runner masks a secret only
 * whole, so a cut inside a word (a token, `NAME=value`) could leave most of
 * one visible. Whitespace runs become one space.
 */
export function truncate(text: string, max = 80): string {
  const flat = oneLine(text)
  if (flat.length <= max) return flat
  const space = flat.lastIndexOf(' ', max - 1)
  return `${space > 0 ? flat.slice(0, space) : ''}…`
}
