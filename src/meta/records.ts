/** Input text as CSV records (metadata-action's list syntax), and the error that quotes them. Pure. */
import { parse } from 'csv-parse/sync'
import { errorMessage } from '../errors.js'

/** A rule the user wrote that cannot work; the message quotes the rule. */
export class RuleError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string
  ) {
    super(`Input "${input}": ${reason}`)
    this.name = 'RuleError'
  }
}

/** One input line as CSV fields, and the line as written (for messages). */
export interface InputRecord {
  readonly fields: readonly string[]
  readonly source: string
}

/**
 * Each line is one CSV record, parsed once, so quotes keep commas; a `#`
 * starts a comment only as a line's first character.
 */
export function parseRecords(input: string, text: string): InputRecord[] {
  let rows: { record: string[]; raw: string }[]
  try {
    rows = parse(text.trim(), {
      raw: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true
    }) as unknown as { record: string[]; raw: string }[]
  } catch (error) {
    const reason = errorMessage(error)
    throw new RuleError(input, `cannot be read as comma-separated fields: ${reason}`)
  }
  return rows
    .map(row => ({
      fields: row.record.map(field => field.trim()).filter(field => field !== ''),
      source: row.raw.trim()
    }))
    .filter(record => record.fields.length > 0)
}
