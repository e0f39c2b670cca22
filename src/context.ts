import * as os from 'node:os'
import { readJsonObject } from './json-file.js'

/** The workflow run as the runner describes it: plain data, read once. */
export interface RunContext {
  readonly eventName: string
  readonly ref: string
  readonly sha: string
  /** `owner/name` */
  readonly repository: string
  readonly serverUrl: string
  readonly apiUrl: string
  readonly runId: string
  readonly workspace: string
  readonly payload: Readonly<Record<string, unknown>>
  /** DOCKER_METADATA_PR_HEAD_SHA (metadata-action's): tag pull requests by their head commit. */
  readonly prHeadSha: boolean
  /** DOCKER_METADATA_SHORT_SHA_LENGTH as written; checked where it is used. */
  readonly shortShaLength: string
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runId: env.GITHUB_RUN_ID ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    payload: readPayload(env.GITHUB_EVENT_PATH),
    prHeadSha: /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? ''),
    shortShaLength: (env.DOCKER_METADATA_SHORT_SHA_LENGTH ?? '').trim()
  }
}

/** A run with no readable event (e.g. a local run) is a run without an event. */
function readPayload(file: string | undefined): Record<string, unknown> {
  return (file && readJsonObject<Record<string, unknown>>(file)) || {}
}

/**
 * Where the run's own files go (its temp dirs, the layer cache's directory):
 * the runner's temp directory, which no other runner on the host shares and
 * the runner empties for each job, else the system's.
 */
export function runnerTemp(env: NodeJS.ProcessEnv = process.env, systemTemp = os.tmpdir()): string {
  return env.RUNNER_TEMP || systemTemp
}
