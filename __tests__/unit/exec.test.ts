import { describe, expect, it } from '@jest/globals'
import { execPipe } from '../../src/exec.js'

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
