/**
 * A new image against a base image, layer by layer. Pure.
 * Layers are matched by content (diff ID): a layer both images share is the
 * same blob in the registry, so it counts at the registry's size in both.
 */
import { displayInstruction, instructionKey, totalCompressed, type ImageLayers } from './layers.js'

export interface ComparisonRow {
  readonly instruction: string
  /** Compressed bytes in the base image; 0 for a layer it does not have. */
  readonly base: number
  /** Compressed bytes in the new image; 0 for a layer it no longer has. */
  readonly current: number
  readonly change: number
}

export interface Comparison {
  readonly baseReference: string
  readonly rows: readonly ComparisonRow[]
  readonly baseTotal: number
  readonly currentTotal: number
  readonly change: number
  /** Change relative to the base total; undefined for an empty base. */
  readonly percent?: number
}

interface Layer {
  readonly diffId: string
  readonly instruction: string
  readonly size: number
}

function layersOf(image: ImageLayers): Layer[] {
  const instructions = image.config.history
    .filter(entry => !entry.emptyLayer)
    .map(entry => displayInstruction(entry.createdBy))
  return image.config.diffIds.map((diffId, i) => ({
    diffId,
    instruction: instructions[i] ?? '',
    size: image.compressed[i] ?? 0
  }))
}

export function compareImages(
  baseReference: string,
  base: ImageLayers,
  current: ImageLayers
): Comparison {
  const unmatched = layersOf(base)
  const take = (found: (layer: Layer) => boolean): Layer | undefined => {
    const index = unmatched.findIndex(found)
    return index < 0 ? undefined : unmatched.splice(index, 1)[0]
  }
  const rows: ComparisonRow[] = []
  const currentLayers = layersOf(current)
  const same = currentLayers.map(layer => take(b => b.diffId === layer.diffId))
  currentLayers.forEach((layer, i) => {
    const shared = same[i]
    if (shared) {
      rows.push({
        instruction: layer.instruction,
        base: shared.size,
        current: shared.size,
        change: 0
      })
      return
    }
    // A layer whose content changed: the base layer made by the same instruction.
    const key = instructionKey(layer.instruction)
    const before = take(b => instructionKey(b.instruction) === key)?.size ?? 0
    rows.push({
      instruction: layer.instruction,
      base: before,
      current: layer.size,
      change: layer.size - before
    })
  })
  for (const removed of unmatched) {
    rows.push({
      instruction: removed.instruction,
      base: removed.size,
      current: 0,
      change: -removed.size
    })
  }
  const baseTotal = totalCompressed(base) ?? 0 // a base comes from its registry: always measured
  const currentTotal = rows.reduce((sum, row) => sum + row.current, 0)
  const change = currentTotal - baseTotal
  return {
    baseReference,
    rows,
    baseTotal,
    currentTotal,
    change,
    ...(baseTotal > 0 ? { percent: (change / baseTotal) * 100 } : {})
  }
}

/** The rows that grew, the most first. */
export function grownMost(comparison: Comparison, count = 3): ComparisonRow[] {
  return comparison.rows
    .filter(row => row.change > 0)
    .sort((a, b) => b.change - a.change)
    .slice(0, count)
}
