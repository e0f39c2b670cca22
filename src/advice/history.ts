/**
 * Which instruction of the Dockerfile made each entry of an image's history,
 * and which entries came with the base image. Pure.
 */
import { instructionKey } from '../report/layers.js'
import { fromParts, type Instruction } from '../dockerfile/instructions.js'

/**
 * The instruction behind each history entry, matched from the last entry back
 * to the final stage's instructions (and those of the stages it is built
 * FROM); the entries before the first match are the base image's.
 */
export function matchHistory(
  createdBy: readonly string[],
  instructions: readonly Instruction[]
): (Instruction | undefined)[] {
  const chain = stageChain(instructions).filter(i => i.keyword !== 'FROM')
  const made: (Instruction | undefined)[] = createdBy.map(() => undefined)
  let next = chain.length - 1
  for (let entry = createdBy.length - 1; entry >= 0 && next >= 0; entry--) {
    const key = matchKey(createdBy[entry] ?? '')
    for (let i = next; i >= 0; i--) {
      const candidate = chain[i]
      if (candidate && matchKey(`${candidate.keyword} ${candidate.args}`) === key) {
        made[entry] = candidate
        next = i - 1
        break
      }
    }
  }
  return made
}

/** How many history entries, from the first, the base image brought. */
export function baseEntries(
  createdBy: readonly string[],
  instructions: readonly Instruction[]
): number {
  const made = matchHistory(createdBy, instructions)
  const first = made.findIndex(instruction => instruction !== undefined)
  return first < 0 ? 0 : first
}

/** The image the final stage starts from, through the stages it is built FROM. */
export function baseImageOf(instructions: readonly Instruction[]): string | undefined {
  const from = stageChain(instructions)[0]
  return from && fromParts(from).image
}

/** An ARG is recorded with its value (`ARG V=1`): its name is what both sides share. */
function matchKey(text: string): string {
  return instructionKey(text).replace(/^(arg \S+?)=.*$/, '$1')
}

/** The final stage's instructions, after those of the stages it is built FROM. */
function stageChain(instructions: readonly Instruction[]): Instruction[] {
  const froms = instructions.filter(i => i.keyword === 'FROM')
  const chain: Instruction[] = []
  const seen = new Set<number>()
  for (let from = froms.at(-1); from && !seen.has(from.stage);) {
    seen.add(from.stage)
    const stage = from.stage
    chain.unshift(...instructions.filter(i => i.stage === stage))
    const base = fromParts(from).image.toLowerCase()
    from = froms.find(f => f.stage < stage && fromParts(f).alias === base)
  }
  return chain
}
