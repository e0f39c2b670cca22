/**
 * The history table's base image: its entries as one row, with its name, its
 * layer count and its sizes. Pure.
 */
import { baseEntries, baseImageOf } from '../advice/history.js'
import { parseInstructions } from '../dockerfile/instructions.js'
import type { HistoryRow, ImageLayers } from './layers.js'

/** The rows with the base image's first; unchanged when no entry can be told to be the base's. */
export function withBaseRow(
  rows: readonly HistoryRow[],
  image: ImageLayers,
  dockerfile: string
): HistoryRow[] {
  const instructions = parseInstructions(dockerfile)
  const count = baseEntries(
    image.config.history.map(entry => entry.createdBy),
    instructions
  )
  const name = baseImageOf(instructions)
  return count > 0 && name ? groupBase(rows, count, name) : [...rows]
}

export function groupBase(rows: readonly HistoryRow[], count: number, name: string): HistoryRow[] {
  const base = rows.slice(0, count)
  const layers = base.filter(row => row.diffId !== undefined)
  const sum = (sizes: (number | undefined)[]): number | undefined =>
    sizes.some(size => size === undefined)
      ? undefined
      : sizes.reduce<number>((total, size) => total + (size ?? 0), 0)
  const uncompressed = sum(base.map(row => row.uncompressed))
  const compressed = sum(layers.map(row => row.compressed))
  const row: HistoryRow = {
    instruction: name,
    baseLayers: layers.length,
    ...(uncompressed !== undefined ? { uncompressed } : {}),
    ...(compressed !== undefined && layers.length > 0 ? { compressed } : {})
  }
  return [row, ...rows.slice(count)]
}
