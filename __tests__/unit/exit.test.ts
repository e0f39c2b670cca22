import { describe, expect, it, jest } from '@jest/globals'
import { handleCancellation } from '../../src/cancel.js'
import { endOnceDone } from '../../src/exit.js'
import { until } from './support/until.js'

jest.setTimeout(10_000)

// In this order: a cancel, once under way, stays so for the module.
describe('endOnceDone', () => {
  it('ends the process a moment after the phase, saying what was still open', async () => {
    const write = jest.spyOn(process.stdout, 'write')
    const open = setInterval(() => undefined, 60_000) // held, as nothing else here is
    let ended = 0
    try {
      endOnceDone(() => ended++)
      await until(() => ended > 0, 4000)
      expect(ended).toBe(1)
      const lines = write.mock.calls.map(([text]) => String(text))
      expect(lines).toContainEqual(
        expect.stringMatching(/^::debug::Still open once the phase was done: .*Timeout.*; ended/)
      )
    } finally {
      clearInterval(open)
      write.mockRestore()
    }
  })

  it('leaves the end to a cancel under way', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    let exited: (code: number) => void = () => undefined
    const exit = new Promise<number>(resolve => (exited = resolve))
    const remove = handleCancellation(code => exited(code))
    let ended = 0
    try {
      process.emit('SIGTERM', 'SIGTERM')
      endOnceDone(() => ended++)
      expect(await exit).toBe(1)
      // Past the moment, and past the wait for the output.
      await new Promise(resolve => setTimeout(resolve, 3000))
      expect(ended).toBe(0)
    } finally {
      process.exitCode = undefined
      remove()
      write.mockRestore()
    }
  })
})
