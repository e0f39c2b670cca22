/**
 * The Merge step: one index over images already pushed by digest (each job of
 * a matrix pushed its platform), under every tag on every registry the tags
 * name. No build. Every image is read, and measured, before anything is
 * written; each repository gets every image before any tag, as a promotion does.
 */
import * as core from '@actions/core'
import type { RunContext } from '../context.js'
import { errorMessage } from '../errors.js'
import type { ImageIndex, IndexEntry } from '../engine/saved-index.js'
import { entryPlatform, splitIndex } from '../engine/saved-index.js'
import { parsePlatform } from '../engine/platforms.js'
import { InputError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import type { RunTags } from '../tags.js'
import type { SourceImage } from '../promote/content.js'
import { copyContent, readSource, type ContentOutcome } from '../promote/copy.js'
import { retryIO } from '../registry/retry-io.js'
import { writeTags } from '../promote/promote.js'
import { groupTargets } from '../promote/targets.js'
import type { TagPush } from '../engine/push.js'
import { heldLayers } from '../registry/image.js'
import { pushedOutput, pushFailure, registryResults } from '../registry/pushed.js'
import { RegistryRepository } from '../registry/repository.js'
import { attempt, withRetries, type RetryPolicy } from '../registry/retry.js'
import { comparePlatforms } from '../report/platform-sizes.js'
import type { PlatformsReport } from '../report/platforms.js'
import { appendSummary } from '../report/write.js'
import { imageIndex, indexEntries, isIndex, type MergePart } from './image-index.js'
import type { MergeSource } from './merge-inputs.js'
import { renderMerge } from './report.js'

export interface MergeRequest {
  readonly merge: readonly MergeSource[]
  readonly inputs: Pick<Inputs, 'registryAuth' | 'summary' | 'sizes'>
  readonly metadata: Pick<RunTags, 'tags' | 'baseImage'>
  readonly context: RunContext
}

interface ReadSource extends MergePart {
  readonly repo: RegistryRepository
  readonly image: SourceImage
}

export async function mergeImages(request: MergeRequest): Promise<void> {
  const { tags } = request.metadata
  const { retry } = request.inputs.registryAuth
  const targets = groupTargets(tags)
  const first = targets[0]
  if (!first) throw new InputError('tags', 'a merge writes tags, and none was given')
  const sources: ReadSource[] = []
  for (const source of request.merge) {
    sources.push(
      await readMergeSource(source, new RegistryRepository(source.location ?? first), retry)
    )
  }
  const entries = indexEntries(sources)
  const index = imageIndex(entries)
  const platforms = splitIndex(entries).images.map(entryPlatform)
  core.info(`Index ${index.digest}: ${platforms.join(', ')} from ${sources.length} image(s)`)

  // Measured from the registry before anything is written: a budget that fails pushes nothing.
  const sizes = await measure(entries, sources, request)
  const exceeded = sizes?.budget ?? []
  const failsBudget = request.inputs.sizes.budget.check === 'fail' && exceeded.length > 0

  const pushes: TagPush[] = []
  if (!failsBudget) {
    for (const target of targets) {
      const repo = new RegistryRepository(target)
      const content = await copySources(sources, repo, retry)
      pushes.push(...(await writeTags(target, repo, { root: index }, content, retry)))
    }
  }
  const registries = registryResults(
    pushes,
    targets.map(target => `${target.name}@${index.digest}`)
  )
  core.setOutput('imageid', '')
  core.setOutput('digest', failsBudget ? '' : index.digest)
  core.setOutput('tags', tags.join('\n'))
  core.setOutput('size', '')
  core.setOutput('pushed', pushedOutput(registries))
  core.setOutput('cache-hit', 'false')
  if (!sizes) core.setOutput('compressed-size', '')
  if (request.inputs.summary) {
    await appendSummary(
      renderMerge({
        tags: tags,
        index,
        sources: sources.map(source => source.source),
        pushed: !failsBudget,
        registries,
        ...(sizes ? { platforms: sizes } : {})
      })
    )
  }
  if (failsBudget) throw new Error(`${exceeded.join(' ')} Nothing was pushed.`)
  const failure = pushFailure(registries)
  if (failure) throw new Error(failure)
}

async function readMergeSource(
  source: MergeSource,
  repo: RegistryRepository,
  retry: RetryPolicy
): Promise<ReadSource> {
  const read = await withRetries(
    `Reading ${repo.name}@${source.digest}`,
    retry,
    () =>
      attempt(async () => {
        const image = await readSource(repo, source.digest)
        if (!image || isIndex(image.root)) return image && { image }
        const { config } = JSON.parse(image.root.bytes.toString('utf8')) as {
          config?: { digest: string }
        }
        if (!config) throw new Error(`${source.digest} is neither an image nor an index`)
        const body = await repo.blobJson(config.digest)
        const { os, architecture, variant } = body as Record<string, unknown>
        if (typeof os !== 'string' || typeof architecture !== 'string') {
          throw new Error(`the config of ${source.digest} names no platform`)
        }
        const platform = { os, architecture, ...(typeof variant === 'string' ? { variant } : {}) }
        return { image, platform }
      }),
    retryIO
  )
  if (!read.ok) throw new Error(`Could not read ${repo.name}@${source.digest}: ${read.error}`)
  if (!read.value) {
    throw new InputError(
      'merge',
      `"${source.text}": ${repo.name} has no manifest ${source.digest}; nothing was pushed`
    )
  }
  return { source: source.text, repo, root: read.value.image.root, ...read.value }
}

/** Every source's blobs and manifests into `target` (its root by digest too). */
async function copySources(
  sources: readonly ReadSource[],
  target: RegistryRepository,
  retry: RetryPolicy
): Promise<ContentOutcome> {
  let retries = 0
  for (const { repo, image } of sources) {
    const withRoot = { ...image, children: [...image.children, image.root] }
    const outcome = await copyContent(repo, withRoot, target, retry)
    retries += outcome.retries
    if (!outcome.ok) return { ...outcome, retries }
  }
  return { ok: true, retries }
}

/** Each platform's sizes and history as the registry holds them; undefined when unreadable. */
async function measure(
  entries: readonly IndexEntry[],
  sources: readonly ReadSource[],
  request: MergeRequest
): Promise<PlatformsReport | undefined> {
  const { tags, baseImage } = request.metadata
  try {
    // The manifests were read for the merge: only each image's config is read again.
    const held = sources.flatMap(({ repo, image }) =>
      [image.root, ...image.children].map(raw => ({ repo, raw }))
    )
    const { images, attestations } = splitIndex(entries)
    const platforms: ImageIndex['platforms'][number][] = []
    for (const entry of images) {
      const platform = entryPlatform(entry)
      const found = held.find(({ raw }) => raw.digest === entry.digest)
      if (!found) throw new Error(`no image merged holds ${entry.digest}`)
      const reference = `${found.repo.name}@${entry.digest}`
      const layers = await heldLayers(reference, found.raw, parsePlatform(platform))
      platforms.push({ platform, digest: entry.digest, layers })
    }
    const index = { platforms, attestations }
    return await comparePlatforms(index, {
      tags: tags,
      steps: [],
      inputs: request.inputs.sizes,
      context: request.context,
      ...(baseImage ? { baseImage } : {})
    })
  } catch (error) {
    core.warning(`The size report could not be made: ${errorMessage(error)}`)
    return undefined
  }
}
