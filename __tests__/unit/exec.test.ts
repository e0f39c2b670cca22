import { describe, expect, it } from '@jest/globals'
import { execCommand, execPipe, execStream } from '../../src/exec.js'

describe('execPipe', () => {
  it("passes the first command's output to the second, and returns the second's", async () => {
    const result = await execPipe(['sh', '-c', 'seq 100000'], ['wc', '-l'])
    expect(result).toEqual({ exitCode: 0, stdout: '100000\n', stderr: '' })
  })

  it('fails when the first command fails, with its error', async () => {
    const result = await execPipe(['sh', '-c', 'echo broken >&2; exit 3'], ['cat'])
    expect(result.exitCode).toBe(3)
    expect(result.stderr).toBe('broken\n')
  })

  it('fails when the second command fails, and the first does not wait for it', async () => {
    // `yes` writes forever: it ends only because the pipe closes when `head` exits 5.
    const result = await execPipe(['yes'], ['sh', '-c', 'head -c 1 >/dev/null; exit 5'])
    expect(result.exitCode).toBe(5)
  })

  it('reports a command that cannot start', async () => {
    const result = await execPipe(['sh', '-c', 'echo x'], ['hoist-no-such-command'])
    expect(result.exitCode).toBe(-1)
    expect(result.stderr).toContain('ENOENT')
  })
})

describe('execCommand with a time limit on silence', () => {
  it('stops a command that shows no progress, and says so', async () => {
    const started = Date.now()
    const result = await execCommand('sh', ['-c', 'echo working; exec sleep 30'], {
      silent: true,
      idleTimeoutMs: 300
    })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(result.exitCode).not.toBe(0)
    expect(result.stderr).toContain('error: no progress for 0 s: timed out, stopped')
  })

  it('times only what follows the line that arms it', async () => {
    const quiet = await execCommand('sh', ['-c', 'sleep 1; echo done'], {
      silent: true,
      idleTimeoutMs: 300,
      idleAfter: /^#\d+ pushing /m
    })
    expect(quiet).toMatchObject({ exitCode: 0, stdout: 'done\n' })
    const stalled = await execCommand(
      'sh',
      ['-c', 'echo "#7 pushing r/a:1 with docker"; exec sleep 30'],
      {
        silent: true,
        idleTimeoutMs: 300,
        idleAfter: /^#\d+ pushing /m
      }
    )
    expect(stalled.exitCode).not.toBe(0)
    expect(stalled.stderr).toContain('timed out')
  })

  it('counts a line printed again as no progress', async () => {
    const result = await execCommand(
      'sh',
      ['-c', 'exec sh -c "while true; do echo abc: Waiting; sleep 0.05; done"'],
      { silent: true, idleTimeoutMs: 400 }
    )
    expect(result.exitCode).not.toBe(0)
    expect(result.stderr).toContain('timed out')
  })

  it('lets a command that keeps printing run on', async () => {
    const result = await execCommand(
      'sh',
      ['-c', 'for i in 1 2 3 4 5; do echo $i; sleep 0.1; done'],
      {
        silent: true,
        idleTimeoutMs: 300
      }
    )
    expect(result).toMatchObject({ exitCode: 0, stdout: '1\n2\n3\n4\n5\n' })
  })
})

describe('execCommand printing whole', () => {
  it('hands over the command line and its output, in the order printed, once it ends', async () => {
    const printed: string[] = []
    const script = 'echo one; echo two >&2; sleep 0.1; echo three'
    const result = await execCommand('sh', ['-c', script], {
      printWhole: text => printed.push(text)
    })
    expect(result).toEqual({ exitCode: 0, stdout: 'one\nthree\n', stderr: 'two\n' })
    expect(printed).toEqual([`[command]sh -c ${script}\none\ntwo\nthree\n`])
  })

  it('keeps the lines of commands run side by side apart', async () => {
    const printed: string[] = []
    const printWhole = (text: string): number => printed.push(text)
    const loop = (name: string) =>
      `for i in 1 2 3; do echo ${name} $i; sleep 0.05; done; printf '${name} end'`
    await Promise.all(['a', 'b'].map(name => execCommand('sh', ['-c', loop(name)], { printWhole })))
    expect(printed.map(text => text.split('\n').slice(1))).toEqual(
      expect.arrayContaining([
        ['a 1', 'a 2', 'a 3', 'a end'],
        ['b 1', 'b 2', 'b 3', 'b end']
      ])
    )
  })

  it('prints nothing when silent', async () => {
    const printed: string[] = []
    await execCommand('sh', ['-c', 'echo x'], { silent: true, printWhole: t => printed.push(t) })
    expect(printed).toEqual([])
  })
})

describe('execStream', () => {
  it('ends when the consumer stops reading before the output does (the rest is drained)', async () => {
    const run = await execStream(
      'sh',
      ['-c', 'head -c 1000000 /dev/zero; echo done >&2'],
      async stdout => {
        const first = await stdout[Symbol.asyncIterator]().next()
        return (first.value as Buffer).length > 0
      }
    )
    expect(run).toEqual({ exitCode: 0, stderr: 'done\n', value: true })
  }, 10_000)

  it('stops the command when the consumer says it needs nothing more', async () => {
    const run = await execStream(
      'sh',
      ['-c', 'while :; do head -c 65536 /dev/zero; done'],
      () => Promise.resolve('enough'),
      value => value === 'enough'
    )
    expect(run.value).toBe('enough')
    expect(run.exitCode).not.toBe(0)
  }, 10_000)
})
