/**
 * All the advice on one build: from the Dockerfile's text, the build's steps,
 * the image's layers and the context. Pure.
 */
import type { BuildStep } from '../engine/progress.js'
import { formatBytes } from '../report/format.js'
import type { HistoryEntry } from '../report/layers.js'
import { fileFindings } from './file-rules.js'
import type { Finding } from './finding.js'
import type { FileEntry } from './image-files.js'
import { matchHistory } from './history.js'
import { copySources, parseInstructions, type Instruction } from '../dockerfile/instructions.js'
import { noUser, textFindings } from './text-rules.js'
import { analyseWaste, type Efficiency } from './waste.js'

/** A context this large without a .dockerignore is worth one. */
export const LARGE_CONTEXT = 10_000_000

export interface ContextFacts {
  readonly bytes: number
  readonly dockerignore: boolean
}

export interface AdviceInput {
  readonly dockerfile: string
  readonly steps: readonly BuildStep[]
  /** The image's config and files; absent when they could not be read. */
  readonly image?: {
    readonly history: readonly HistoryEntry[]
    /** The config's User: empty for root by default. */
    readonly user: string
    readonly layers: readonly (readonly FileEntry[])[]
  }
  readonly context?: ContextFacts
}

export interface Advice {
  /** In line order. */
  readonly findings: readonly Finding[]
  /** dive's measure of the whole image, when its files were read. */
  readonly efficiency?: Efficiency
  /** Bytes of files a later layer deletes or overwrites: they ship for nothing. */
  readonly wastedBytes?: number
  /** Bytes of the layers this Dockerfile made (what `max-wasted` in % is relative to). */
  readonly addedBytes?: number
}

export function adviseBuild(input: AdviceInput): Advice {
  const instructions = parseInstructions(input.dockerfile)
  const findings = [
    ...textFindings(instructions, input.steps),
    ...contextFindings(instructions, input.context)
  ]
  const from = instructions.filter(i => i.keyword === 'FROM').at(-1)
  if (!input.image || !from) {
    findings.push(...noUser(instructions))
    return { findings: byLine(findings) }
  }
  findings.push(...noUser(instructions, input.image.user))
  const history = input.image.history
  const matched = matchHistory(
    history.map(h => h.createdBy),
    instructions
  )
  const made = matched.filter((_, i) => !history[i]?.emptyLayer)
  const waste = analyseWaste(input.image.layers)
  findings.push(...fileFindings({ layers: input.image.layers, made, from, waste, instructions }))
  const addedBytes = input.image.layers.reduce(
    (total, entries, i) => (made[i] ? total + entries.reduce((s, e) => s + e.size, 0) : total),
    0
  )
  const wastedBytes = waste.wasted.reduce((total, file) => total + file.size, 0)
  return { findings: byLine(findings), efficiency: waste.efficiency, wastedBytes, addedBytes }
}

function contextFindings(instructions: readonly Instruction[], context?: ContextFacts): Finding[] {
  if (!context || context.dockerignore || context.bytes < LARGE_CONTEXT) return []
  const copy = instructions.find(
    i =>
      (i.keyword === 'COPY' || i.keyword === 'ADD') &&
      copySources(i.args).some(s => /^\.\/?$/.test(s))
  )
  const at = copy ?? instructions[0]
  return [
    {
      rule: 'dockerignore',
      level: 'warning',
      line: at?.line ?? 1,
      title: 'A large build context without .dockerignore',
      subject: at ? `${at.keyword} ${at.args}` : '',
      detail:
        `The context holds ${formatBytes(context.bytes)}, all of it sent to the builder and open to COPY. ` +
        'A .dockerignore beside the Dockerfile keeps out what the image does not need (.git, build output, node_modules).',
      bytes: context.bytes
    }
  ]
}

function byLine(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.line - b.line)
}
