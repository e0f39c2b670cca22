import { describe, expect, it, jest } from '@jest/globals'
import { handleCancellation, onCancel } from '../../src/cancel.js'
import { execCommand } from '../../src/exec.js'

describe('handleCancellation', () => {
  it('stops every command still running, then ends the step as failed', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    let exited: (code: number) => void = () => undefined
    const exit = new Promise<number>(resolve => (exited = resolve))
    const remove = handleCancellation(code => exited(code))
    const stopped: string[] = []
    const unregister = onCancel(() => {
      stopped.push('server')
      return Promise.resolve()
    })
    onCancel(() => {
      stopped.push('dropped')
      return Promise.resolve()
    })()
    try {
      const started = Date.now()
      const sleeping = execCommand('sleep', ['30'], { silent: true })
      process.emit('SIGTERM', 'SIGTERM')
      expect(process.exitCode).toBe(1) // failed from the signal on
      expect(await exit).toBe(1)
      expect((await sleeping).exitCode).toBe(-1) // ended by the signal, not by itself
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(stopped).toEqual(['server'])
      const lines = write.mock.calls.map(([text]) => String(text))
      expect(lines.at(-1)).toMatch(/^::error::Cancelled \(SIGTERM\)/)
    } finally {
      process.exitCode = undefined
      unregister()
      remove()
      write.mockRestore()
    }
  })
})
