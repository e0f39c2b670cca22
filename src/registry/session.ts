/**
 * The registry step of a run, as main and post see it: plan the logins, give
 * the run its own docker config, log in; and in post, log out and delete it.
 */
import * as core from '@actions/core'
import { readFileSync, rmSync } from 'node:fs'
import type { RegistryAuthInputs } from '../inputs.js'
import { saveState, type State } from '../state.js'
import { planLogins, type Plan } from './credentials.js'
import { familyOf, type EngineFamily } from '../engine/family.js'
import { isolateDockerConfig, useRunConfig } from './docker-config.js'
import { loginAll, logout } from './login.js'
import { parseImageReference } from './reference.js'
import { errorMessage } from '../errors.js'

/** Decides every login before anything runs: a credential mistake fails here, with nothing done. */
export function planRegistryLogins(
  auth: RegistryAuthInputs,
  tags: readonly string[],
  push: boolean
): Plan {
  const registries = [...new Set(tags.map(tag => parseImageReference(tag).registry))]
  const google = readGoogleCredentials()
  return planLogins(registries, push, { ...auth, ...(google ? { googleCredentials: google } : {}) })
}

/** Logs in to every planned registry, with credentials kept in a config dir of this run's own. */
export async function loginRegistries(
  plan: Plan,
  auth: RegistryAuthInputs,
  tempParent: string,
  family: EngineFamily
): Promise<void> {
  for (const note of plan.notes) core.warning(note)
  if (plan.logins.length === 0) {
    core.info('No registry to log in to')
    return
  }
  const dockerConfig = isolateDockerConfig(
    tempParent,
    plan.logins.map(login => login.registry.host)
  )
  saveState({ dockerConfig })
  core.info(`Credentials go to this run's own docker config: ${dockerConfig}`)
  const loggedIn: string[] = []
  await loginAll(
    plan.logins,
    auth.retry,
    host => {
      loggedIn.push(host)
      saveState({ registries: loggedIn })
    },
    family
  )
}

/** Post: logs out of what main logged in to, then deletes the run's docker config. */
export async function logoutRegistries(state: State): Promise<void> {
  if (!state.dockerConfig) return
  useRunConfig(state.dockerConfig)
  const family = familyOf({ frontend: state.frontend ?? 'docker' })
  for (const host of state.registries ?? []) {
    try {
      await logout(host, family)
    } catch (error) {
      core.warning(`Logout from ${host} failed: ${errorMessage(error)}`)
    }
  }
  try {
    rmSync(state.dockerConfig, { recursive: true, force: true })
    core.info(`Removed this run's docker config ${state.dockerConfig}`)
  } catch (error) {
    core.warning(`Could not remove ${state.dockerConfig}: ${errorMessage(error)}`)
  }
}

/** The file google-github-actions/auth leaves, when there is one. */
function readGoogleCredentials(): { path: string; content: string } | undefined {
  const file = process.env.GOOGLE_APPLICATION_CREDENTIALS
  if (!file) return undefined
  try {
    return { path: file, content: readFileSync(file, 'utf8') }
  } catch {
    return undefined
  }
}
