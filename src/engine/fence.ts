/**
 * A build prints what its Dockerfile's steps print. BuildKit prefixes each
 * `\n`-ended line, but passes a bare `\r` through, and the runner ends a line
 * there too: `RUN printf 'x\r::error::…'` would reach the runner as a workflow
 * command (a forged annotation, `::add-mask::`, `::stop-commands::`). Around
 * such output the runner's commands are stopped, with a token the build
 * cannot know, and resumed after it.
 */
import { randomBytes } from 'node:crypto'
import { onCancel } from '../cancel.js'

export type LineWriter = (text: string) => void

const toStdout: LineWriter = text => {
  process.stdout.write(text)
}

/**
 * `text` with workflow commands off around it, in one piece: written at once,
 * so output printed whole by commands run side by side (exec.ts `printWhole`)
 * is fenced without another command's output falling inside the fence.
 */
export function fenced(text: string): string {
  const token = randomBytes(16).toString('hex')
  // The resume on a line of its own even when the output ended without a newline.
  const end = text.endsWith('\n') ? '' : '\n'
  return `::stop-commands::${token}\n${text}${end}::${token}::\n`
}

/** Runs `work` with workflow commands off; they are on again however it ends. */
export async function withCommandsStopped<T>(
  work: () => Promise<T>,
  write: LineWriter = toStdout
): Promise<T> {
  const token = randomBytes(16).toString('hex')
  let stopped = true
  const resume = (): Promise<void> => {
    // On a line of its own even when the output ended without a newline.
    if (stopped) write(`\n::${token}::\n`)
    stopped = false
    return Promise.resolve()
  }
  write(`::stop-commands::${token}\n`)
  // A cancelled run's own error must reach the runner.
  const unregister = onCancel(resume)
  try {
    return await work()
  } finally {
    unregister()
    await resume()
  }
}
