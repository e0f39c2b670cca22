/**
 * On a pull request, the files behind the layers that grew most: added, or
 * grown against the compared image's layer made by the same instruction. Pure.
 */
import { grownMost, type Comparison } from '../report/compare.js'
import { displayInstruction, instructionKey, type ImageLayers } from '../report/layers.js'
import { FILES_SHOWN } from './finding.js'
import type { FileEntry, ImageFiles } from './image-files.js'

export interface GrownFile {
  readonly path: string
  readonly size: number
  /** Bytes more than in the compared layer; the whole size for a file it did not have. */
  readonly change: number
}

export interface GrownLayer {
  readonly instruction: string
  /** The layer's compressed growth, from the comparison. */
  readonly change: number
  readonly files: readonly GrownFile[]
  /** Why the files are not compared, when they are not. */
  readonly note?: string
}

/** A grown layer of the new image, and the compared image's layer it replaced, if any. */
export interface GrownPair {
  readonly instruction: string
  readonly change: number
  /** Index in the new image's layers. */
  readonly layer: number
  /** Index in the compared image's layers; undefined for a layer it had no counterpart of. */
  readonly baseLayer?: number
}

export function pairGrownLayers(
  comparison: Comparison,
  current: Pick<ImageFiles, 'history' | 'diffIds'>,
  base: ImageLayers
): GrownPair[] {
  const commands = (history: ImageFiles['history']): string[] =>
    history.filter(entry => !entry.emptyLayer).map(entry => displayInstruction(entry.createdBy))
  const currentCommands = commands(current.history)
  const baseCommands = commands(base.config.history)
  const baseIds = new Set(base.config.diffIds)
  const currentIds = new Set(current.diffIds)
  const used = new Set<number>()
  const usedBase = new Set<number>()
  const pairs: GrownPair[] = []
  for (const row of grownMost(comparison)) {
    const key = instructionKey(row.instruction)
    const layer = current.diffIds.findIndex(
      (id, i) =>
        !used.has(i) && !baseIds.has(id) && instructionKey(currentCommands[i] ?? '') === key
    )
    if (layer < 0) continue
    used.add(layer)
    const baseLayer = base.config.diffIds.findIndex(
      (id, j) =>
        !usedBase.has(j) && !currentIds.has(id) && instructionKey(baseCommands[j] ?? '') === key
    )
    if (baseLayer >= 0) usedBase.add(baseLayer)
    pairs.push({
      instruction: row.instruction,
      change: row.change,
      layer,
      ...(baseLayer >= 0 ? { baseLayer } : {})
    })
  }
  return pairs
}

/** The files added or grown, the most first; `before` undefined: every file is added. */
export function grownFiles(
  before: readonly FileEntry[] | undefined,
  after: readonly FileEntry[]
): GrownFile[] {
  const sizes = new Map<string, number>()
  for (const entry of before ?? []) if (entry.kind === 'file') sizes.set(entry.path, entry.size)
  return after
    .filter(entry => entry.kind === 'file')
    .map(entry => ({
      path: `/${entry.path}`,
      size: entry.size,
      change: entry.size - (sizes.get(entry.path) ?? 0)
    }))
    .filter(file => file.change > 0)
    .sort((a, b) => b.change - a.change)
    .slice(0, FILES_SHOWN)
}
