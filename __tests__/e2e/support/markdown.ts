/**
 * What a reader of the job summary or the pull request comment sees: the
 * Markdown rendered as GitHub-flavoured Markdown (marked, GFM), then what is
 * live in it. GitHub links `@user` and `#123` in rendered text outside code.
 */
import { marked } from 'marked'

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false })
}

/** The elements Hoist's own report uses; any other is markup that came from outside. */
const OWN_TAGS = new Set(
  'p h2 h3 ul li strong em code pre blockquote table thead tbody tr th td details summary b sub br'.split(
    ' '
  )
)

/** Decodes the entities marked writes. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** The text a reader sees outside code, tags removed, entities decoded. */
export function proseText(html: string): string {
  return decodeEntities(html.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]*>/g, ' '))
}

/** Everything live in rendered HTML: elements not Hoist's own (img, a, …) and mentions. */
export function liveMarkup(html: string): string[] {
  const foreign = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)]
    .map(match => match[1]?.toLowerCase() ?? '')
    .filter(tag => !OWN_TAGS.has(tag))
    .map(tag => `<${tag}>`)
  const references = proseText(html).match(/(?<![\w`])[@#][A-Za-z0-9]\S*/g) ?? []
  return [...foreign, ...references]
}
