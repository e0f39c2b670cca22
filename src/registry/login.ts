/** Logging in and out of registries with docker, in the run's own config dir. */
import * as core from '@actions/core'
import { execCommand, lastErrorLine } from '../exec.js'
import type { EngineFamily } from '../engine/family.js'
import type { LoginPlan } from './credentials.js'
import type { DockerCredentials } from './ecr.js'
import { googleAccessToken } from './google.js'
import { KIND_NAMES } from './kinds.js'
import { failureText, withRetries, type RetryPolicy } from './retry.js'
import { retryIO } from './retry-io.js'
import { errorMessage } from '../errors.js'

/**
 * Logs in to each planned registry in turn; `onLogin` hears of each success
 * (so post can log out of those even when a later one fails). Throws on the
 * first registry that refuses, naming it.
 */
export async function loginAll(
  plans: readonly LoginPlan[],
  policy: RetryPolicy,
  onLogin: (host: string) => void,
  family: EngineFamily
): Promise<void> {
  for (const plan of plans) {
    const { host } = plan.registry
    const name = `${host} (${KIND_NAMES[plan.registry.kind]})`
    core.info(`Logging in to ${name} with credentials from ${plan.source}`)
    const credentials = await resolve(plan, name)
    maskSecret(credentials.password)
    const outcome = await withRetries(
      `Login to ${host}`,
      policy,
      async () => {
        const result = await execCommand(
          family.command,
          family.loginArgs(host, credentials.username),
          { input: credentials.password, silent: true }
        )
        return result.exitCode === 0
          ? { ok: true, value: undefined }
          : { ok: false, error: failureText(result) }
      },
      retryIO
    )
    if (!outcome.ok) {
      const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''
      throw new Error(
        `Login to ${name} failed${tries}: ${outcome.error}` +
          (outcome.kind === 'fatal' ? `; check the credentials from ${plan.source}` : '')
      )
    }
    onLogin(host)
    core.info(`Logged in to ${host}`)
  }
}

async function resolve(plan: LoginPlan, name: string): Promise<DockerCredentials> {
  const { method } = plan
  if (method.kind === 'password') return method
  if (method.kind === 'google-federation') {
    try {
      return await googleAccessToken(method.config)
    } catch (error) {
      throw new Error(
        `Login to ${name} failed: no access token by workload identity federation (${errorMessage(error)})`
      )
    }
  }
  try {
    // The AWS SDK is most of the bundle: load it only for an ECR login.
    const { ecrCredentials } = await import('./ecr.js')
    return await ecrCredentials(plan.registry, method)
  } catch (error) {
    throw new Error(
      `Login to ${name} failed: no token from AWS GetAuthorizationToken (${errorMessage(error)}). ` +
        'Configure AWS credentials (aws-actions/configure-aws-credentials) before this step, ' +
        'or give username and password'
    )
  }
}

/** Masks a secret, and each line of a multi-line one (a JSON key), in every later log line. */
function maskSecret(secret: string): void {
  core.setSecret(secret)
  for (const line of secret.split('\n')) if (line.trim().length >= 8) core.setSecret(line.trim())
}

/** Best effort: post calls this before it deletes the config dir anyway. */
export async function logout(host: string, family: EngineFamily): Promise<void> {
  const result = await execCommand(family.command, family.logoutArgs(host), { silent: true })
  if (result.exitCode !== 0) {
    core.warning(`Logout from ${host} failed: ${lastErrorLine(result)}`)
  } else {
    core.info(`Logged out of ${host}`)
  }
}
