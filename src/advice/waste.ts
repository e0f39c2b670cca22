/**
 * What the layers of an image waste: files a later layer deletes or
 * overwrites, which still ship in the layer that wrote them. Pure.
 */
import type { FileEntry } from './image-files.js'

export interface WastedFile {
  readonly path: string
  /** Bytes of the version that does not survive. */
  readonly size: number
  /** Index of the layer that wrote it, and of the one that deleted or overwrote it. */
  readonly writtenIn: number
  readonly removedIn: number
  readonly how: 'deleted' | 'overwritten'
}

/** dive's figures for the whole image, by dive's own formula (filetree/efficiency.go). */
export interface Efficiency {
  /** Smallest size each path ever had, summed, over all sizes every layer gave it. 1 is best. */
  readonly score: number
  /** The sizes, over every layer, of each path that more than one layer touched. */
  readonly wastedBytes: number
}

export interface LayerState {
  readonly layer: number
  readonly size: number
}

export interface WasteAnalysis {
  readonly wasted: readonly WastedFile[]
  readonly efficiency: Efficiency
  /** What the image holds at the end: path → the layer that wrote it and its size. */
  readonly final: ReadonlyMap<string, LayerState>
}

interface Live extends LayerState {
  readonly dir: boolean
}

export function analyseWaste(layers: readonly (readonly FileEntry[])[]): WasteAnalysis {
  const live = new Map<string, Live>()
  const children = new Map<string, Set<string>>()
  const wasted: WastedFile[] = []
  const paths = new Map<string, { cumulative: number; min: number; nodes: number }>()
  const touch = (path: string, size: number): void => {
    const data = paths.get(path)
    if (!data) paths.set(path, { cumulative: size, min: size, nodes: 1 })
    else {
      data.cumulative += size
      data.min = Math.min(data.min, size)
      data.nodes++
    }
  }
  const add = (path: string, state: Live): void => {
    live.set(path, state)
    const parent = parentOf(path)
    let set = children.get(parent)
    if (!set) children.set(parent, (set = new Set()))
    set.add(path)
  }
  /** Removes a path and all below it; returns the files removed. */
  const remove = (path: string, keepSelf = false): { path: string; state: Live }[] => {
    const removed: { path: string; state: Live }[] = []
    const visit = (p: string, self: boolean): void => {
      for (const child of [...(children.get(p) ?? [])]) visit(child, true)
      children.delete(p)
      const state = live.get(p)
      if (!self || !state) return
      live.delete(p)
      children.get(parentOf(p))?.delete(p)
      if (!state.dir) removed.push({ path: p, state })
    }
    visit(path, !keepSelf)
    return removed
  }

  layers.forEach((entries, layer) => {
    // Deletions first: a layer's whiteouts apply to the layers below it.
    for (const entry of entries) {
      if (entry.kind !== 'whiteout' && entry.kind !== 'opaque') continue
      const previous = live.get(entry.path)
      const removed = remove(entry.path, entry.kind === 'opaque')
      for (const { path, state } of removed) {
        wasted.push({
          path,
          size: state.size,
          writtenIn: state.layer,
          removedIn: layer,
          how: 'deleted'
        })
      }
      if (entry.kind === 'whiteout') {
        // dive sizes a deleted directory by what it held, a deleted file as 0.
        const size = previous?.dir ? removed.reduce((sum, r) => sum + r.state.size, 0) : 0
        touch(entry.path, size)
      }
    }
    for (const entry of entries) {
      if (entry.kind === 'whiteout' || entry.kind === 'opaque' || entry.path === '') continue
      const dir = entry.kind === 'dir'
      const previous = live.get(entry.path)
      if (previous && !previous.dir && previous.layer < layer) {
        wasted.push({
          path: entry.path,
          size: previous.size,
          writtenIn: previous.layer,
          removedIn: layer,
          how: 'overwritten'
        })
      }
      if (previous && !previous.dir && dir) remove(entry.path)
      if (!dir) touch(entry.path, entry.size)
      add(entry.path, { layer, size: entry.size, dir })
    }
  })

  let minimum = 0
  let discovered = 0
  let wastedBytes = 0
  for (const data of paths.values()) {
    minimum += data.min
    discovered += data.cumulative
    if (data.nodes > 1) wastedBytes += data.cumulative
  }
  const final = new Map<string, LayerState>()
  for (const [path, state] of live) {
    if (!state.dir) final.set(path, { layer: state.layer, size: state.size })
  }
  return {
    wasted,
    efficiency: { score: discovered === 0 ? 1 : minimum / discovered, wastedBytes },
    final
  }
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}
