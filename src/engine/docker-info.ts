/**
 * `docker info`, asked once per run. The entry point starts it before the
 * main phase's modules load, so the daemon answers while they do; detection
 * then reads the same answer.
 */
import { execCommand, type ExecResult } from '../exec.js'

let answer: Promise<ExecResult> | undefined

export function dockerInfo(): Promise<ExecResult> {
  answer ??= execCommand('docker', ['info', '--format', '{{json .}}'], { silent: true })
  return answer
}
