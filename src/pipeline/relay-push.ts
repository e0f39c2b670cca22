/**
 * Several registries in one push: the engine pushes the image once, to the
 * relay on 127.0.0.1 (registry/relay.ts), and every registry gets it as it
 * goes, under the same digest. A registry the relay could not write is then
 * copied from one it did, or, where none did or the copy fails, pushed by the
 * engine (registry-copy.ts). A relay that cannot start leaves the push to the
 * first registry and the copies (push-step.ts).
 */
import * as core from '@actions/core'
import { rmSync } from 'node:fs'
import * as path from 'node:path'
import type { EngineFamily } from '../engine/family.js'
import { pushTags, type TagPush } from '../engine/push.js'
import { errorMessage } from '../errors.js'
import { groupTargets } from '../promote/targets.js'
import { configEnv, writeLoginConfig } from '../registry/docker-config.js'
import { startRelay, type PushRelay } from '../registry/relay.js'
import { RegistryRepository } from '../registry/repository.js'
import type { RetryPolicy } from '../registry/retry.js'
import { heldRetryIO } from '../registry/retry-io.js'
import type { RegistryTags } from './push-plan.js'
import { pushOtherRegistries } from './registry-copy.js'

export async function pushThroughRelay(request: {
  readonly imageId: string
  readonly registries: readonly RegistryTags[]
  readonly retry: RetryPolicy
  readonly family: EngineFamily
  readonly tempDir: string
}): Promise<TagPush[] | undefined> {
  const { registries, retry } = request
  const targets = registries.flatMap(group =>
    groupTargets(group.tags).map(target => ({
      registry: group.registry,
      repository: new RegistryRepository(target),
      tags: target.tags.map(({ tag }) => tag)
    }))
  )
  const first = targets[0]
  if (!first) return []
  const held = heldRetryIO(message => core.warning(message))
  const relay = await startRelay(targets, retry, held.io).catch((error: unknown) => {
    core.info(`The relay could not start (${errorMessage(error)}): pushing one registry first`)
    return undefined
  })
  if (!relay) return undefined
  core.setSecret(relay.credentials.password)
  // The first tag's own name, on the relay's host: the engine's log reads as a push of it.
  const name = `${relay.host}/${first.repository.location.repository}:${first.tags[0] ?? 'latest'}`
  core.info(
    `Pushing once, through Hoist's relay on ${relay.host}, to ` +
      `${registries.map(group => group.registry).join(', ')} at the same time`
  )
  const push = await pushOnce(relay, name, request)
  held.release()
  if (push?.outcome === 'failed') core.info(`The push through the relay failed: ${push.error}`)
  const pushes: TagPush[] = []
  const left: RegistryTags[] = []
  for (const { registry, tags } of registries) {
    const outcome = relay.outcome(registry)
    if (!outcome.ok) {
      core.info(`The relay could not write to ${registry}: ${outcome.error}`)
      left.push({ registry, tags })
      continue
    }
    const { digest } = outcome
    core.info(`${registry}: ${digest} written under ${tags.join(', ')}`)
    // The push's own tries count for the first tag, as a copy's retries do; each tag is one write.
    const pushAttempts = push?.attempts ?? 1
    pushes.push(
      ...tags.map((tag, i) => ({
        tag,
        registry,
        outcome: 'pushed' as const,
        attempts: i === 0 ? pushAttempts : 1,
        digest
      }))
    )
  }
  const others = await pushOtherRegistries({
    ...request,
    source: pushes[0]?.tag,
    registries: left,
    named: Promise.resolve()
  })
  return [...pushes, ...others]
}

/** The engine's push to the relay, logged in with a config of its own; the relay closed after. */
async function pushOnce(
  relay: PushRelay,
  name: string,
  request: { imageId: string; retry: RetryPolicy; family: EngineFamily; tempDir: string }
): Promise<TagPush | undefined> {
  const { family, tempDir } = request
  const logged = (error: unknown): false => {
    core.info(errorMessage(error))
    return false
  }
  let config: string | undefined
  try {
    config = writeLoginConfig(tempDir, relay.host, relay.credentials)
    // Not named, it is not pushed: every registry is then pushed by the engine.
    if (!(await family.tag(request.imageId, name).then(() => true, logged))) return undefined
    try {
      const [push] = await pushTags({
        tags: [name],
        policy: request.retry,
        family,
        digestFile: path.join(tempDir, 'digest'),
        env: configEnv(config)
      })
      return push
    } finally {
      await family.untag(name).catch(logged)
    }
  } catch (error) {
    logged(error)
    return undefined
  } finally {
    if (config) rmSync(config, { recursive: true, force: true })
    await relay.close()
  }
}
