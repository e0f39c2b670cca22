/** `max-wasted`: dive's wasted bytes, against a size or a share of the layers the Dockerfile made. Pure. */
import type { Increase } from '../report/budget.js'
import { formatBytes } from '../report/format.js'
import type { Advice } from './advice.js'

/** One sentence when the limit is exceeded; none when it is not, or nothing was measured. */
export function checkWasted(advice: Advice, maxWasted: Increase | undefined): string[] {
  const wasted = advice.wastedBytes
  if (!maxWasted || wasted === undefined) return []
  if ('bytes' in maxWasted) {
    return wasted > maxWasted.bytes
      ? [
          `The image wastes ${formatBytes(wasted)}, over max-wasted ${formatBytes(maxWasted.bytes)}.`
        ]
      : []
  }
  const added = advice.addedBytes ?? 0
  const percent = added > 0 ? (wasted / added) * 100 : 0
  return percent > maxWasted.percent
    ? [
        `The image wastes ${formatBytes(wasted)}, ${percent.toFixed(1)}% of the ${formatBytes(added)} ` +
          `its Dockerfile added, over max-wasted ${maxWasted.percent}%.`
      ]
    : []
}
