/**
 * An image's layers and the instructions that made them, from its config
 * (`history`, `rootfs.diff_ids`) and its layer sizes. Pure.
 */
import { stageName, type BuildStep } from '../engine/progress.js'

export interface HistoryEntry {
  /** The instruction as the image records it, e.g. `RUN /bin/sh -c make # buildkit`. */
  readonly createdBy: string
  /** Instructions that change only metadata (ENV, ARG, CMD…) make no layer. */
  readonly emptyLayer: boolean
}

export interface ImageConfig {
  readonly os: string
  readonly architecture: string
  readonly history: readonly HistoryEntry[]
  /** Uncompressed layer digests, in order: what identifies a layer's content. */
  readonly diffIds: readonly string[]
}

/** An image's layers, from the registry (exact) or computed locally (as a push would). */
export interface ImageLayers {
  readonly config: ImageConfig
  /** Compressed size of each layer, in `diffIds` order. */
  /** Empty when not measured: an unpushed image nothing compares or budgets. */
  readonly compressed: readonly number[]
  /** Uncompressed size per history entry (from `docker history`), when known. */
  readonly uncompressed?: readonly number[]
  /** True when the compressed sizes are the registry's own. */
  readonly exact: boolean
}

export interface HistoryRow {
  readonly instruction: string
  /** Undefined for an instruction that made no layer. */
  readonly diffId?: string
  readonly compressed?: number
  readonly uncompressed?: number
  /** Whether this run's build step was cached; undefined for instructions of the base image. */
  readonly cached?: boolean
  /** Set on the one row that stands for the base image (`instruction` is its name): its layer count. */
  readonly baseLayers?: number
}

export function parseImageConfig(json: unknown): ImageConfig {
  const config = (json ?? {}) as {
    os?: string
    architecture?: string
    history?: { created_by?: string; comment?: string; empty_layer?: boolean }[]
    rootfs?: { diff_ids?: string[] }
  }
  const diffIds = config.rootfs?.diff_ids ?? []
  let history: HistoryEntry[] = (config.history ?? []).map(entry => ({
    createdBy: entry.created_by || entry.comment || '',
    emptyLayer: entry.empty_layer === true
  }))
  // An image without history (rare) still has its layers.
  if (history.filter(entry => !entry.emptyLayer).length !== diffIds.length) {
    history = diffIds.map(() => ({ createdBy: '', emptyLayer: false }))
  }
  return {
    os: config.os ?? 'linux',
    architecture: config.architecture ?? 'amd64',
    history,
    diffIds
  }
}

/** One entry of `docker history`, oldest first. */
export interface HistoryRecord {
  readonly createdBy: string
  readonly comment: string
  /** Bytes of the entry's layer; 0 for an instruction that made none. */
  readonly size: number
}

/**
 * The config of a local image from `docker history` and its diff IDs, without
 * exporting the image. History marks no empty layer: a size of 0 is taken as
 * one, which holds when as many entries have a size as there are layers.
 * Undefined otherwise (a layer that changed nothing), for the caller to read
 * the config itself.
 */
export function configFromHistory(
  records: readonly HistoryRecord[],
  diffIds: readonly string[],
  platform: { readonly os: string; readonly architecture: string }
): ImageConfig | undefined {
  const history = records.map(record => ({
    createdBy: record.createdBy || record.comment,
    emptyLayer: record.size === 0
  }))
  if (history.filter(entry => !entry.emptyLayer).length !== diffIds.length) return undefined
  return { ...platform, history, diffIds }
}

/** One row per history entry, each with its layer; build steps say which were cached. */
export function historyRows(image: ImageLayers, steps: readonly BuildStep[]): HistoryRow[] {
  const { history, diffIds } = image.config
  const sameLength = image.uncompressed?.length === history.length
  let layer = 0
  const rows = history.map((entry, index): HistoryRow => {
    const uncompressed = sameLength ? image.uncompressed?.[index] : undefined
    const base = { instruction: displayInstruction(entry.createdBy) }
    const sized = uncompressed !== undefined ? { ...base, uncompressed } : base
    if (entry.emptyLayer) return sized
    const i = layer++
    const compressed = image.compressed[i]
    return {
      ...sized,
      diffId: diffIds[i] ?? '',
      ...(compressed !== undefined ? { compressed } : {})
    }
  })
  return markCached(rows, steps)
}

/**
 * The final stage's steps, matched in order to the last history entries with
 * the same instruction: the entries before them come from the base image.
 */
function markCached(rows: HistoryRow[], steps: readonly BuildStep[]): HistoryRow[] {
  const last = steps.at(-1)
  if (!last) return rows
  const stage = stageName(last.stage)
  const finalSteps = steps.filter(
    s => stageName(s.stage) === stage && !/^FROM\s/i.test(s.instruction)
  )
  const out = [...rows]
  let row = out.length - 1
  for (let s = finalSteps.length - 1; s >= 0 && row >= 0; s--) {
    const step = finalSteps[s]
    if (!step) continue
    const key = instructionKey(step.instruction)
    for (let r = row; r >= 0; r--) {
      const candidate = out[r]
      if (candidate && instructionKey(candidate.instruction) === key) {
        out[r] = { ...candidate, cached: step.cached }
        row = r - 1
        break
      }
    }
  }
  return out
}

const SHELL_WITH_ARGS = /^RUN \|\d+ .*?\/bin\/sh -c /
const EXEC_WITH_ARGS = /^RUN \|\d+ (?:\S+=\S*\s+)*/

/** The instruction as written in a Dockerfile, from what the image records. */
export function displayInstruction(createdBy: string): string {
  let text = createdBy.trim().replace(/\s*# buildkit$/, '')
  // BuildKit records build args used by a RUN as `|2 A=1 B=2 /bin/sh -c …`.
  // A value may hold spaces, so the shell, when there is one, marks where the command starts.
  text = text.replace(SHELL_WITH_ARGS.test(text) ? SHELL_WITH_ARGS : EXEC_WITH_ARGS, 'RUN ')
  text = text.replace(/^(RUN )?\/bin\/sh -c #\(nop\)\s*/, '')
  text = text.replace(/^(RUN )?\/bin\/sh -c /, 'RUN ')
  return text
}

/** What a build step and a history entry have in common: flags and spacing aside. */
export function instructionKey(instruction: string): string {
  return displayInstruction(instruction)
    .replace(/\s--[\w-]+(=\S+)?/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^RUN \/bin\/sh -c /, 'RUN ')
    .toLowerCase()
}

/** Undefined when the layers were not measured (see `ImageLayers.compressed`). */
export function totalCompressed(image: ImageLayers): number | undefined {
  if (image.compressed.length === 0 && image.config.diffIds.length > 0) return undefined
  return image.compressed.reduce((sum, size) => sum + size, 0)
}
