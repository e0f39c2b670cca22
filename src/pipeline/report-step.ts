/**
 * What a build leaves: the outputs, the size report (one image, or each
 * platform of an index) and the job summary; then the failures that fail the
 * step, after everything is written. A budget with `size-check: fail` is
 * checked before the push instead (`measureBeforePush`).
 */
import * as core from '@actions/core'
import { finishAdvice } from '../advice/report.js'
import type { AdviceSection } from '../advice/render.js'
import type { LayerCacheBuild } from '../cache/build.js'
import type { LayerCache } from '../cache/layer-cache.js'
import { cacheReport, type SavePlan } from '../cache/save.js'
import type { Engine } from '../engine/engine.js'
import { familyOf, type EngineFamily } from '../engine/family.js'
import { digestFor, type ImageInfo } from '../engine/image.js'
import type { Inputs } from '../inputs.js'
import { prefetchRegistryImage, prepareRegistryRead, sameManifest } from '../registry/image.js'
import { pushedOutput, pushFailure, registryResults } from '../registry/pushed.js'
import { baseReferenceFor } from '../report/base.js'
import { reportPlatformSizes } from '../report/platform-sizes.js'
import type { PlatformsReport } from '../report/platforms.js'
import { overBudgetBeforePush, reportSizes, type SizeRequest } from '../report/size-report.js'
import type { SizeReport } from '../report/sizes.js'
import { renderSummary } from '../report/summary.js'
import { appendSummary } from '../report/write.js'
import { errorMessage } from '../errors.js'
import { buildPushesEveryTag, type PushResult } from './push-step.js'

/** The size request before the image is inspected (as `measureBeforePush` needs it). */
export type SizeBasis = Omit<SizeRequest, 'pushed' | 'size' | 'platform' | 'diffIds'>

/** What names the base image: the tag rules' base branch tag, and the event. */
interface BaseBasis {
  readonly baseImage?: string
  readonly payload: Readonly<Record<string, unknown>>
}

/** Measured before the push: set when a failing budget is exceeded, and nothing may be pushed. */
export interface BeforePush {
  readonly image?: SizeReport
  readonly platforms?: PlatformsReport
}

export async function measureBeforePush(
  basis: SizeBasis,
  inputs: Inputs,
  multiPlatform: boolean
): Promise<BeforePush> {
  if (!inputs.push) return {}
  if (!multiPlatform) {
    const image = await sizeReport(() => overBudgetBeforePush(basis))
    return image ? { image } : {}
  }
  // Several platforms: every one is measured from the local index, and each has its budget.
  if (inputs.sizes.budget.check !== 'fail') return {}
  const platforms = await sizeReport(() => reportPlatformSizes(basis))
  return platforms ? { platforms } : {}
}

/**
 * The base image the report compares with is there before the build: it is
 * read from its registry while the image builds.
 */
export function prefetchBase(inputs: Inputs, tags: readonly string[], basis: BaseBasis): void {
  const base = baseReferenceFor({ ...inputs.sizes, ...basis, tags })
  // A base this run pushes is read after the push, as the report always read it.
  if (base && !tags.some(tag => sameManifest(tag, base))) prefetchRegistryImage(base)
}

/** The report's reads of an image the build pushes itself (`pushedImageReads`). */
export interface PushedImageReads {
  /** The image is written, and the build pushes it: the registry's read is readied. */
  readonly written: () => void
  /** Where the build pushes every tag: told once its progress says they are pushed. */
  readonly pushed?: (imageId: string) => void
  /** The image's inspect, with its read from the first tag's registry; started once per image id. */
  readonly read: (imageId: string) => Promise<ImageInfo>
}

/**
 * Pushed by the build, the image is read back for the report: its inspect
 * (its repo digests are there) and its manifest from the first tag's
 * registry. Where the build pushes every tag, they start once its progress
 * says so (`pushed`): buildx still closes its session and writes its files.
 * The registry's connection and token are had once the image is written
 * (`prepareRegistryRead`), so that the read after the push waits for no
 * handshake. Otherwise they start when `read` is asked, once the build ends.
 */
export function pushedImageReads(tags: readonly string[], family: EngineFamily): PushedImageReads {
  let started: { readonly imageId: string; readonly image: Promise<ImageInfo> } | undefined
  const read = (imageId: string): Promise<ImageInfo> => {
    if (started?.imageId !== imageId) {
      const image = family.inspect(imageId)
      image.catch(() => undefined) // the report says what failed
      if (tags[0]) prefetchRegistryImage(tags[0])
      started = { imageId, image }
    }
    return started.image
  }
  const first = tags[0]
  if (!first || !buildPushesEveryTag(tags)) return { written: () => undefined, read }
  return {
    written: () => prepareRegistryRead(first),
    pushed: imageId => void read(imageId),
    read
  }
}

export function heldBack(before: BeforePush): boolean {
  return before.image !== undefined || Boolean(before.platforms?.budget.length)
}

export async function reportRun(run: {
  readonly inputs: Inputs
  readonly engine: Engine
  readonly basis: SizeBasis
  readonly multiPlatform: boolean
  readonly before: BeforePush
  readonly pushed: boolean
  readonly push: PushResult
  readonly layerCache: LayerCache
  readonly build: LayerCacheBuild
  readonly cacheSave: SavePlan
  readonly advice: Promise<AdviceSection | undefined>
  /** The image's inspect, started when the build's own push ended. */
  readonly pushedImage?: Promise<ImageInfo>
}): Promise<void> {
  const { inputs, engine, basis, pushed, build } = run
  const { imageId, tags } = basis
  const { pushes, untagged } = run.push
  // The image is built and pushed by now: what cannot be read of it is left out of the report.
  const image = await (run.pushedImage ?? familyOf(engine).inspect(imageId)).catch(
    (error: unknown) => {
      core.warning(`The image's sizes are left out: ${errorMessage(error)}`)
      return undefined
    }
  )
  const repoDigests = untagged ?? image?.repoDigests ?? []
  const registries = registryResults(pushes, repoDigests)
  const first = pushes.find(push => push.tag === tags[0])
  const digest = pushed && tags[0] ? (first?.digest ?? digestFor(tags[0], repoDigests)) : undefined
  core.setOutput('imageid', imageId)
  core.setOutput('digest', digest ?? '')
  core.setOutput('pushed', pushedOutput(registries))
  core.setOutput('image-name', untagged?.map(ref => ref.replace(/@.*/, '')).join('\n') ?? '')

  const imageSizes = (): Promise<SizeReport | undefined> =>
    image
      ? core.group('Size report', () =>
          sizeReport(() =>
            reportSizes({
              ...basis,
              pushed,
              ...(untagged?.[0] ? { readBack: untagged[0] } : {}),
              size: image.size,
              platform: image.platform,
              diffIds: image.diffIds
            })
          )
        )
      : Promise.resolve(undefined)
  const platformSizes = run.multiPlatform
    ? (run.before.platforms ??
      (await core.group('Size report', () => sizeReport(() => reportPlatformSizes(basis)))))
    : undefined
  const sizes = run.multiPlatform ? undefined : (run.before.image ?? (await imageSizes()))
  // A store that keeps layers compressed reports its blobs' size: the report counts the layers'.
  const size = run.multiPlatform
    ? platformSizes?.platforms[0]?.uncompressedSize
    : (sizes?.uncompressedSize ?? (engine.can.storesCompressedLayers ? undefined : image?.size))
  core.setOutput('size', size === undefined ? '' : String(size))
  const advised = await core.group('Advice', () => finishAdvice(run.advice, sizes))
  if (inputs.summary) {
    await appendSummary(
      renderSummary({
        imageId,
        tags,
        pushed,
        ...(size !== undefined ? { size } : {}),
        engine: engine.description,
        steps: build.steps,
        registries,
        cache: cacheReport(run.layerCache, build, run.cacheSave),
        ...(digest ? { digest } : {}),
        ...(untagged ? { untagged } : {}),
        ...(sizes ? { sizes } : {}),
        ...(platformSizes ? { platforms: platformSizes } : {}),
        ...(advised && (inputs.advice || advised.exceeded.length) ? { advice: advised } : {})
      })
    )
  }
  const failure = pushFailure(registries)
  if (failure) throw new Error(failure)
  const exceeded = [...(sizes?.budget ?? platformSizes?.budget ?? []), ...(advised?.exceeded ?? [])]
  if (inputs.sizes.budget.check === 'fail' && exceeded.length) throw new Error(exceeded.join(' '))
}

/** Sizes are a report: a failure to measure them warns and leaves them out. */
async function sizeReport<Report>(
  measure: () => Promise<Report | undefined>
): Promise<Report | undefined> {
  try {
    return await measure()
  } catch (error) {
    core.warning(`The size report could not be made: ${errorMessage(error)}`)
    return undefined
  }
}
