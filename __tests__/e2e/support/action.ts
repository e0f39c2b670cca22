import { runAction } from '../../../scripts/local-runner.mjs'

export { runAction }
export type RunResult = Awaited<ReturnType<typeof runAction>>

/** An output the step must have set; a missing one fails the test with its name. */
export function output(result: RunResult, name: string): string {
  const value = result.outputs[name]
  if (value === undefined) throw new Error(`output "${name}" was not set; log:\n${result.log}`)
  return value
}
