import { spawn, type ChildProcess } from 'node:child_process'
import { onCancel } from './cancel.js'

export interface ExecResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  /** Why this process stopped the command (`idleTimeoutMs`); `stderr` ends with `error: ` and it. */
  readonly stopped?: string
}

export interface ExecOptions {
  /** Written to the command's standard input (how secrets reach a command). */
  readonly input?: string
  /** Keep the command's output out of the log; it is still returned. */
  readonly silent?: boolean
  /** Added to the action's own environment. */
  readonly env?: Readonly<Record<string, string>>
  readonly cwd?: string
  /**
   * A command that prints nothing new for this long is stopped (SIGINT, then
   * SIGKILL) and fails with a line that says so: a push to a registry that
   * stopped answering ends instead of holding the job. Only a line not printed
   * before counts: docker repeats `Waiting` ten times a second on a stalled push.
   */
  readonly idleTimeoutMs?: number
  /** Only once a line of output matches this is the command's silence timed (a build's pushes). */
  readonly idleAfter?: RegExp
  /**
   * Unless silent: the command line and its output, in the order printed, go
   * whole to this when the command ends, instead of to the log as they come,
   * so that commands run side by side keep their lines apart.
   */
  readonly printWhole?: (text: string) => void
  /** Each piece of output as it comes (a piece may end mid-line), for what must act before the end. */
  readonly onOutput?: (text: string) => void
}

/**
 * The one place external commands run. Never throws on a non-zero exit: the
 * caller reads `exitCode` and decides what the failure means. Unless silent,
 * the command line and its output go to the log as they come, as @actions/exec
 * writes them (or whole, `printWhole`); a cancelled run stops the command
 * (cancel.ts).
 */
export async function execCommand(
  command: string,
  args: readonly string[],
  options: ExecOptions = {}
): Promise<ExecResult> {
  const commandLine = `[command]${command} ${args.join(' ')}\n`
  const { printWhole } = options
  const printed: Buffer[] = []
  const print = printWhole
    ? (chunk: Buffer) => printed.push(chunk)
    : (chunk: Buffer) => process.stdout.write(chunk)
  if (!options.silent && !printWhole) process.stdout.write(commandLine)
  const child = spawn(command, [...args], {
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    env: options.env ? { ...process.env, ...options.env } : process.env,
    ...(options.cwd ? { cwd: options.cwd } : {})
  })
  if (!options.silent) {
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', print)
  }
  const { onOutput } = options
  if (onOutput) {
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => onOutput(chunk.toString('utf8')))
    }
  }
  const result = await watched(child, options)
  if (!options.silent && printWhole) printWhole(commandLine + Buffer.concat(printed).toString())
  return result
}

/** The command's result; with `idleTimeoutMs`, stopped when it shows no progress for that long. */
async function watched(child: ChildProcess, options: ExecOptions): Promise<ExecResult> {
  child.stdin?.on('error', () => undefined) // a command that exits before reading its input
  child.stdin?.end(options.input)
  const { idleTimeoutMs, idleAfter } = options
  if (idleTimeoutMs === undefined) return finished(child)
  let idle = false
  let timed = idleAfter === undefined
  let timer = timed ? setTimeout(stall, idleTimeoutMs) : undefined
  function stall(): void {
    idle = true
    void stopChild(child)
  }
  const seen = new Set<string>()
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      const lines = text.split(/[\r\n]+/).filter(line => line.trim() && !seen.has(line))
      if (lines.length === 0) return
      for (const line of lines) seen.add(line)
      timed ||= idleAfter?.test(text) === true
      clearTimeout(timer)
      if (timed) timer = setTimeout(stall, idleTimeoutMs)
    })
  }
  const result = await finished(child)
  clearTimeout(timer)
  if (!idle) return result
  const stopped = `no progress for ${Math.round(idleTimeoutMs / 1000)} s: timed out, stopped`
  return {
    ...result,
    exitCode: result.exitCode === 0 ? 1 : result.exitCode,
    stderr: `${result.stderr}\nerror: ${stopped}\n`,
    stopped
  }
}

/**
 * `from | to`, the output kept out of the log: the data flows between the two
 * commands without passing through this process. The result is `to`'s output,
 * with both commands' errors; it fails when either command does.
 */
export async function execPipe(
  from: readonly [string, ...string[]],
  to: readonly [string, ...string[]]
): Promise<ExecResult> {
  const producer = spawn(from[0], from.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] })
  const consumer = spawn(to[0], to.slice(1), { stdio: [producer.stdout, 'pipe', 'pipe'] })
  // The consumer has the pipe now. Closing this process's end lets the producer
  // learn (EPIPE) when the consumer stops reading, instead of waiting forever.
  producer.stdout.destroy()
  const [made, used] = await Promise.all([finished(producer), finished(consumer)])
  return {
    // As a shell with pipefail: the last command that failed.
    exitCode: used.exitCode !== 0 ? used.exitCode : made.exitCode,
    stdout: used.stdout,
    stderr: [made.stderr, used.stderr].filter(text => text.trim()).join('\n')
  }
}

/**
 * A spawned command's exit code (-1 when it could not start) and output.
 * Until it ends, a cancelled run stops it: SIGINT, as a terminal would (docker
 * then cancels its build or push), then SIGKILL if it has not ended.
 */
function finished(child: ChildProcess): Promise<ExecResult> {
  const unregister = onCancel(() => stopChild(child))
  child.on('close', unregister)
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk))
  return new Promise(resolve => {
    const done = (exitCode: number, error = ''): void =>
      resolve({
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8') + error
      })
    child.on('error', error => done(-1, error.message))
    child.on('close', code => done(code ?? -1))
  })
}

const STOP_GRACE_MS = 5_000

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise(resolve => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
    child.once('close', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGINT')
  })
}

/** The last meaningful line of a failed command's output, for an error message. */
export function lastErrorLine(result: ExecResult): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map(line => line.trim())
    .filter(line => line.length > 0)
  const error = [...lines].reverse().find(line => /error|denied|unauthorized|failed/i.test(line))
  return error ?? lines.at(-1) ?? `exit code ${result.exitCode}`
}

/**
 * A command whose standard output is read as a stream by `consume`, kept out
 * of the log. What `consume` leaves of the output is discarded; when its value
 * says it needs nothing more (`stop`), the command is stopped instead.
 */
export async function execStream<T>(
  command: string,
  args: readonly string[],
  consume: (stdout: AsyncIterable<Buffer>) => Promise<T>,
  stop: (value: T) => boolean = () => false
): Promise<{ readonly exitCode: number; readonly stderr: string; readonly value: T }> {
  const child = spawn(command, [...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const stderr: Buffer[] = []
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  const exited = new Promise<number>(resolve => {
    child.on('error', () => resolve(-1))
    child.on('close', code => resolve(code ?? -1))
  })
  // One reader of the output, `consume`'s and then the drain's: a stream that an
  // async iterator reads ignores resume(), and what is left unread would keep
  // the command's output from ever closing.
  const output = child.stdout[Symbol.asyncIterator]()
  try {
    const value = await consume({ [Symbol.asyncIterator]: () => output })
    if (stop(value)) {
      child.kill()
      await output.return?.()
    } else {
      while (!(await output.next()).done);
    }
    return { exitCode: await exited, stderr: Buffer.concat(stderr).toString('utf8'), value }
  } catch (error) {
    child.kill()
    await exited
    throw error
  }
}
