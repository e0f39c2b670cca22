/**
 * The Promote step: makes every tag point at the manifest `promote-from`
 * names, on every registry the tags name, without building. All content goes
 * to every repository first; the tags are written last, so a failure never
 * leaves a tag on a partial image.
 */
import * as core from '@actions/core'
import type { TagPush } from '../engine/push.js'
import { InputError } from '../errors.js'
import type { PromoteInputs } from '../inputs.js'
import { pushFailure, registryResults } from '../registry/pushed.js'
import { manifestReference, parseImageReference } from '../registry/reference.js'
import { RegistryRepository } from '../registry/repository.js'
import { attempt, withRetries, type RetryPolicy } from '../registry/retry.js'
import { appendSummary } from '../report/write.js'
import type { SourceImage } from './content.js'
import { copyContent, readSource } from './copy.js'
import { retryIO } from '../registry/retry-io.js'
import { renderPromotion, setPromotionOutputs } from './report.js'
import { groupTargets, type PromotionTarget } from './targets.js'

export interface PromoteRequest {
  readonly promote: PromoteInputs
  readonly tags: readonly string[]
  readonly retry: RetryPolicy
  readonly summary: boolean
}

/** True when promoted; false when the source is missing and `promote-missing` is build. */
export async function promoteImage(request: PromoteRequest): Promise<boolean> {
  const { promote, retry } = request
  const sourceRef = parseImageReference(promote.from)
  const source = new RegistryRepository(sourceRef)
  const reference = manifestReference(sourceRef)
  const read = await withRetries(
    `Reading ${promote.from}`,
    retry,
    () => attempt(() => readSource(source, reference)),
    retryIO
  )
  if (!read.ok) throw new Error(`Could not read ${promote.from}: ${read.error}`)
  const image = read.value
  if (!image) return missingSource(promote)
  core.info(`Promoting ${promote.from} (${image.root.digest}): no build`)

  const targets = groupTargets(request.tags)
  // Every repository's content side by side; then the tags, each repository's in turn.
  const repos = targets.map(target => ({ target, repo: new RegistryRepository(target) }))
  const copied = await Promise.all(repos.map(({ repo }) => copyContent(source, image, repo, retry)))
  const pushes: TagPush[] = []
  for (const [i, { target, repo }] of repos.entries()) {
    const content = copied[i] ?? { ok: false, retries: 0, error: 'not copied' }
    pushes.push(...(await writeTags(target, repo, image, content, retry)))
  }

  const digest = image.root.digest
  const registries = registryResults(
    pushes,
    targets.map(target => `${target.name}@${digest}`)
  )
  setPromotionOutputs(image, request.tags, registries)
  if (request.summary) {
    await appendSummary(
      renderPromotion({ source: promote.from, tags: request.tags, image, registries })
    )
  }
  const failure = pushFailure(registries)
  if (failure) throw new Error(failure)
  return true
}

function missingSource(promote: PromoteInputs): false {
  const { registry, repository } = parseImageReference(promote.from)
  const reason = `"${promote.from}" does not exist (${registry} has no such manifest in ${repository})`
  if (promote.missing === 'fail') {
    throw new InputError('promote-from', `${reason}; nothing was pushed`)
  }
  core.warning(`promote-from: ${reason}; building it, as promote-missing is build`)
  return false
}

/**
 * The tags of one repository, each pointing at the source's manifest; none if
 * its content failed. `repo` is the target's, as its content was copied with
 * (its authorization is kept).
 */
export async function writeTags(
  target: PromotionTarget,
  repo: RegistryRepository,
  image: Pick<SourceImage, 'root'>,
  content: Awaited<ReturnType<typeof copyContent>>,
  retry: RetryPolicy
): Promise<TagPush[]> {
  const results: TagPush[] = []
  // Retries of the content count as attempts of the first tag, as docker push's would.
  let extra = content.retries
  let failure = content.ok ? undefined : content.error
  for (const { reference, tag } of target.tags) {
    const base = { tag: reference, registry: target.registry }
    if (failure !== undefined) {
      results.push(
        results.length === 0
          ? { ...base, outcome: 'failed', attempts: 1 + extra, error: failure }
          : { ...base, outcome: 'skipped', attempts: 0 }
      )
      extra = 0
      continue
    }
    core.info(`Tagging ${reference}`)
    const outcome = await withRetries(
      `Tag ${reference}`,
      retry,
      () => attempt(() => repo.putManifest(tag, image.root)),
      retryIO
    )
    const attempts = outcome.attempts + extra
    extra = 0
    if (outcome.ok) results.push({ ...base, outcome: 'pushed', attempts })
    else {
      failure = outcome.error
      results.push({ ...base, outcome: 'failed', attempts, error: outcome.error })
    }
  }
  return results
}
