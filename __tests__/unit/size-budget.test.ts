import { describe, expect, it } from '@jest/globals'
import { checkBudget, parseBytes, parseIncrease } from '../../src/report/budget.js'
import type { Comparison } from '../../src/report/compare.js'

describe('parseBytes', () => {
  it.each([
    ['2048', 2048],
    ['1MB', 1_000_000],
    ['500kB', 500_000],
    ['500 KB', 500_000],
    ['1.5GiB', 1.5 * 2 ** 30],
    ['3mib', 3 * 2 ** 20],
    ['10B', 10]
  ])('%s → %d', (raw, bytes) => {
    expect(parseBytes(raw)).toBe(bytes)
  })

  it.each(['', 'big', '1 XB', '-1MB', '1,5MB'])('rejects %j, saying what is accepted', raw => {
    expect(() => parseBytes(raw)).toThrow(/is not a size; use bytes with an optional unit/)
  })
})

describe('parseIncrease', () => {
  it.each([
    ['5%', { percent: 5 }],
    ['0.5 %', { percent: 0.5 }],
    ['1MB', { bytes: 1_000_000 }]
  ])('%s', (raw, increase) => {
    expect(parseIncrease(raw)).toEqual(increase)
  })
})

const comparison: Comparison = {
  baseReference: 'r.io/app:main',
  rows: [
    { instruction: 'FROM base', base: 1_000_000, current: 1_000_000, change: 0 },
    { instruction: 'RUN small', base: 0, current: 200_000, change: 200_000 },
    { instruction: 'RUN big', base: 100, current: 5_000_100, change: 5_000_000 },
    { instruction: 'RUN gone', base: 300_000, current: 0, change: -300_000 }
  ],
  baseTotal: 1_300_100,
  currentTotal: 6_200_100,
  change: 4_900_000,
  percent: 376.9
}

describe('checkBudget', () => {
  it.each([
    ['no limits', { check: 'warn' as const }, 0],
    ['a max-size above the image', { check: 'warn' as const, maxSize: 7_000_000 }, 0],
    ['a max-size below the image', { check: 'fail' as const, maxSize: 6_000_000 }, 1],
    ['an increase limit above', { check: 'warn' as const, maxIncrease: { bytes: 5e6 } }, 0],
    ['an increase limit below', { check: 'warn' as const, maxIncrease: { bytes: 1e6 } }, 1],
    ['a percent limit below', { check: 'warn' as const, maxIncrease: { percent: 10 } }, 1],
    ['a percent limit above', { check: 'warn' as const, maxIncrease: { percent: 400 } }, 0],
    ['both limits exceeded', { check: 'fail' as const, maxSize: 1, maxIncrease: { percent: 1 } }, 2]
  ])('%s', (_, budget, count) => {
    expect(checkBudget(budget, 6_200_100, comparison).exceeded).toHaveLength(count)
  })

  it('names the instructions that grew most, largest first, and not the ones that shrank', () => {
    const [line] = checkBudget(
      { check: 'fail', maxIncrease: { bytes: 1_000_000 } },
      6_200_100,
      comparison
    ).exceeded
    expect(line).toBe(
      'The image grew by 4.90 MB against r.io/app:main, over max-size-increase 1.00 MB. ' +
        'Grew most: `RUN big` (+5.00 MB), `RUN small` (+200 kB).'
    )
  })

  it('says the percent limit in bytes too', () => {
    const [line] = checkBudget(
      { check: 'warn', maxIncrease: { percent: 10 } },
      0,
      comparison
    ).exceeded
    expect(line).toContain('over max-size-increase 10% (130 kB)')
  })

  it('cannot check an increase without a comparison', () => {
    expect(
      checkBudget({ check: 'fail', maxIncrease: { bytes: 1 } }, 9e9, undefined).exceeded
    ).toEqual([])
  })
})
