import { readFileSync } from 'node:fs'
import path from 'node:path'
import { runAction } from '../../../scripts/local-runner.mjs'

export { runAction }
export type RunResult = Awaited<ReturnType<typeof runAction>>

/** An output the step must have set; a missing one fails the test with its name. */
export function output(result: RunResult, name: string): string {
  const value = result.outputs[name]
  if (value === undefined) throw new Error(`output "${name}" was not set; log:\n${result.log}`)
  return value
}

/**
 * The step's exit code, and its log when it failed: `expect(ran(result)).toEqual(SUCCEEDED)`
 * shows why a step that should have passed did not.
 */
export function ran(result: RunResult): { exitCode: number; log?: string } {
  return result.exitCode === 0 ? { exitCode: 0 } : { exitCode: result.exitCode, log: result.log }
}

export const SUCCEEDED = { exitCode: 0 }

/** A build's command line in the log: docker build, docker buildx build, or buildx's plugin run itself. */
export const BUILD_COMMAND = /\[command\]\S*(docker( buildx)?|docker-buildx) build /

/** The commands the step showed in its log: a build or a push would be among them. */
export function commands(result: RunResult): string[] {
  return result.log.split('\n').filter(line => line.includes('[command]'))
}

/**
 * Everything a run leaves that a reader could see: both logs, the runner's
 * files, the outputs and the summary. `::add-mask::` lines are left out: they
 * are how an action tells the runner a secret, and the runner never shows them.
 */
export function everything(result: RunResult): string {
  const runnerFiles = ['output', 'state', 'env', 'summary.md'].map(file =>
    readFileSync(path.join(result.runnerDir, file), 'utf8')
  )
  const log = `${result.log}\n${result.post?.log ?? ''}`
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  return [log, ...runnerFiles, JSON.stringify(result.outputs), result.summary].join('\n')
}

/** The values the run asked the runner to mask (`::add-mask::`), as the runner reads them. */
export function maskedValues(result: RunResult): string[] {
  return result.commands.filter(c => c.command === 'add-mask').map(c => c.message)
}

/** One registry's entry in the `pushed` output. */
export interface RegistryResult {
  tags: string[]
  digest?: string
  outcome: string
  attempts: number
  error?: string
}

export function pushed(result: RunResult): Record<string, RegistryResult> {
  return JSON.parse(output(result, 'pushed')) as Record<string, RegistryResult>
}
