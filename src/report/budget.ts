/** Size budgets: `max-size` and `max-size-increase`, checked against a report. Pure. */
import { grownMost, type Comparison } from './compare.js'
import { codeSpan } from './escape.js'
import { formatBytes } from './format.js'

export type SizeCheck = 'warn' | 'fail'

export type Increase = { readonly bytes: number } | { readonly percent: number }

export interface Budget {
  /** Largest compressed size allowed, in bytes. */
  readonly maxSize?: number
  readonly maxIncrease?: Increase
  /** Largest waste (dive's wasted bytes) allowed: bytes, or % of the layers the Dockerfile added. */
  readonly maxWasted?: Increase
  readonly check: SizeCheck
}

const UNITS: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40
}

/** `1MB`, `500kB`, `1.5GiB`, `2048` (bytes). Throws an Error saying what is accepted. */
export function parseBytes(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(raw.trim())
  const unit = UNITS[(match?.[2] || 'b').toLowerCase()]
  if (!match || unit === undefined) {
    throw new Error(
      `"${raw}" is not a size; use bytes with an optional unit: B, kB, MB, GB, KiB, MiB, GiB (e.g. 500kB, 1.5GiB)`
    )
  }
  return Math.round(Number(match[1]) * unit)
}

/** A size (`1MB`) or a percentage of the base image (`5%`). */
export function parseIncrease(raw: string): Increase {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw.trim())
  if (percent) return { percent: Number(percent[1]) }
  return { bytes: parseBytes(raw) }
}

export interface BudgetResult {
  /** One sentence per exceeded limit, naming the layers that grew most. */
  readonly exceeded: readonly string[]
}

export function checkBudget(
  budget: Budget,
  compressedSize: number,
  comparison: Comparison | undefined
): BudgetResult {
  const exceeded: string[] = []
  const culprits = comparison ? blame(comparison) : ''
  if (budget.maxSize !== undefined && compressedSize > budget.maxSize) {
    exceeded.push(
      `The image is ${formatBytes(compressedSize)} compressed, over max-size ${formatBytes(budget.maxSize)}.${culprits}`
    )
  }
  if (budget.maxIncrease && comparison) {
    const limit =
      'bytes' in budget.maxIncrease
        ? budget.maxIncrease.bytes
        : (comparison.baseTotal * budget.maxIncrease.percent) / 100
    if (comparison.change > limit) {
      const shown =
        'bytes' in budget.maxIncrease
          ? formatBytes(budget.maxIncrease.bytes)
          : `${budget.maxIncrease.percent}% (${formatBytes(limit)})`
      exceeded.push(
        `The image grew by ${formatBytes(comparison.change)} against ${comparison.baseReference}, over max-size-increase ${shown}.${culprits}`
      )
    }
  }
  return { exceeded }
}

function blame(comparison: Comparison): string {
  const rows = grownMost(comparison)
  if (rows.length === 0) return ''
  return ` Grew most: ${rows.map(row => `${codeSpan(row.instruction)} (+${formatBytes(row.change)})`).join(', ')}.`
}
