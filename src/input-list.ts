/**
 * List inputs in build-push-action's syntax: one item per line, or several
 * on a line separated by commas, with CSV quoting so that a quoted item keeps
 * its commas. Pure.
 */
import { parse } from 'csv-parse/sync'
import { errorMessage } from './errors.js'

export interface ListSyntax {
  /**
   * A line is one item, commas and all (`type=local,dest=out`): the lists
   * whose items are themselves comma-separated attributes.
   */
  readonly wholeLines?: boolean
  /** Quotes are ordinary characters (build-push-action's `outputs`). */
  readonly noQuotes?: boolean
}

/** The items of a list input; throws with the reason when the text is not valid CSV. */
export function parseInputList(raw: string, syntax: ListSyntax = {}): string[] {
  if (raw.trim() === '') return []
  // Without a quote, a comma or a carriage return, each line is one item: the
  // parser, slow to set up, is not needed (most lists: tags, build-args, labels).
  if (!/[",\r]/.test(raw)) return trimmedItems(raw.split('\n'))
  let records: string[][]
  try {
    records = parse(raw, {
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      quote: syntax.noQuotes ? false : '"'
    })
  } catch (error) {
    throw new Error(`cannot be read as a list: ${errorMessage(error)}`)
  }
  return trimmedItems(records.flatMap(fields => (syntax.wholeLines ? [fields.join(',')] : fields)))
}

function trimmedItems(items: readonly string[]): string[] {
  return items.map(item => item.trim()).filter(item => item !== '')
}
