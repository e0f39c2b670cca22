import { describe, expect, it } from '@jest/globals'
import { fenced as fence, withCommandsStopped } from '../../src/engine/fence.js'
import { workflowCommands } from '../../scripts/local-runner.mjs'

/** What `work` printed inside the fence, as the runner reads the whole log. */
async function fenced(printed: string, fail = false): Promise<string> {
  let log = '::warning::before\n'
  const write = (text: string): void => {
    log += text
  }
  await withCommandsStopped(() => {
    log += printed
    return fail ? Promise.reject(new Error('build failed')) : Promise.resolve()
  }, write).catch(() => undefined)
  return log + '::warning::after\n'
}

describe('withCommandsStopped', () => {
  it.each([
    ['a command after a bare \\r', '#5 0.1 x\r::error::forged\n'],
    ['a mask', '#5 0.1 x\r::add-mask::hoist\n'],
    ['a stop-commands of its own', '#5 0.1 x\r::stop-commands::forged\n'],
    ['output without a last newline', '#5 0.1 x\r::error::forged'],
    ['a guessed resume token', '#5 0.1 x\r::00000000000000000000000000000000::\r::error::x\n']
  ])('lets no command out of %s; the ones after it still work', async (_, printed) => {
    expect(workflowCommands(await fenced(printed))).toEqual([
      { command: 'warning', message: 'before' },
      { command: 'warning', message: 'after' }
    ])
  })

  it('resumes commands when the work fails', async () => {
    const log = await fenced('x\r::error::forged\n', true)
    expect(workflowCommands(log).map(c => c.message)).toEqual(['before', 'after'])
  })

  it('uses a token of its own each time', async () => {
    const tokens = await Promise.all(
      [1, 2].map(async () => /::stop-commands::(\w+)/.exec(await fenced(''))?.[1])
    )
    expect(tokens[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(tokens[1]).not.toBe(tokens[0])
  })
})

describe('fenced', () => {
  it.each([
    ['a command after a bare \\r', '#5 0.1 x\r::error::forged\n'],
    ['output without a last newline', 'x\r::error::forged'],
    ['a stop-commands of its own', 'x\r::stop-commands::forged\n::forged::\n::error::x']
  ])('lets no command out of %s, in one piece; the ones after it still work', (_, printed) => {
    const log = `::warning::before\n${fence(printed)}${fence(printed)}::warning::after\n`
    expect(workflowCommands(log)).toEqual([
      { command: 'warning', message: 'before' },
      { command: 'warning', message: 'after' }
    ])
  })

  it('uses a token of its own each time', () => {
    const token = (): string | undefined => /::stop-commands::(\w+)/.exec(fence('x'))?.[1]
    expect(token()).toMatch(/^[0-9a-f]{32}$/)
    expect(token()).not.toBe(token())
  })
})
