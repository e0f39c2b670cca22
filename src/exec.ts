import * as actionsExec from '@actions/exec'

export interface ExecResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

export interface ExecOptions {
  /** Written to the command's standard input (how secrets reach a command). */
  readonly input?: string
  /** Keep the command's output out of the log; it is still returned. */
  readonly silent?: boolean
  /** Added to the action's own environment. */
  readonly env?: Readonly<Record<string, string>>
  readonly cwd?: string
}

/**
 * The one place external commands run. Never throws on a non-zero exit: the
 * caller reads `exitCode` and decides what the failure means.
 */
export async function execCommand(
  command: string,
  args: readonly string[],
  options: ExecOptions = {}
): Promise<ExecResult> {
  const env = options.env ? { ...stringEnv(process.env), ...options.env } : undefined
  const result = await actionsExec.getExecOutput(command, [...args], {
    ignoreReturnCode: true,
    silent: options.silent ?? false,
    ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
    ...(env ? { env } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {})
  })
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr }
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value
  return out
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
