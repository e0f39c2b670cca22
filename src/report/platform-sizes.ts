/**
 * The size report of a multi-platform build: the image index read from the
 * local store (every platform, as a push uploads it), each platform compared
 * with the same platform of the base image in the registry, budgets per platform.
 */
import * as core from '@actions/core'
import type { RunContext } from '../context.js'
import type { BuildStep } from '../engine/progress.js'
import { parsePlatform } from '../engine/platforms.js'
import { savedIndex, type ImageIndex } from '../engine/saved-index.js'
import type { SizeInputs } from '../inputs.js'
import { registryLayers } from '../registry/image.js'
import { errorMessage } from '../errors.js'
import { baseReferenceFor, NOTHING_TO_COMPARE, pullRequestOf } from './base.js'
import type { ImageLayers } from './layers.js'
import {
  platformBudget,
  platformSizes,
  type PlatformBase,
  type PlatformsReport
} from './platforms.js'

export interface PlatformSizeRequest {
  readonly imageId: string
  readonly tags: readonly string[]
  readonly steps: readonly BuildStep[]
  readonly tempDir: string
  readonly inputs: SizeInputs
  readonly context: RunContext
  readonly baseImage?: string
}

export async function reportPlatformSizes(request: PlatformSizeRequest): Promise<PlatformsReport> {
  return comparePlatforms(await savedIndex(request.imageId, request.tempDir), request)
}

/** The report of an index's platforms, wherever they were read (the local store, a registry). */
export async function comparePlatforms(
  index: ImageIndex,
  request: Omit<PlatformSizeRequest, 'imageId' | 'tempDir'>
): Promise<PlatformsReport> {
  const { inputs, tags } = request
  const { payload } = request.context
  const baseReference = baseReferenceFor({ ...inputs, ...request, tags, payload })
  let comparisonNote: string | undefined
  const bases = new Map<string, PlatformBase>()
  if (baseReference) {
    try {
      for (const image of index.platforms) {
        const layers = await baseLayers(baseReference, image.platform)
        bases.set(image.platform, { reference: baseReference, ...(layers ? { layers } : {}) })
      }
      if (![...bases.values()].some(base => base.layers)) {
        bases.clear()
        comparisonNote = NOTHING_TO_COMPARE.missing(baseReference)
      }
    } catch (error) {
      bases.clear()
      // The registry's message is outside text: plain in the log, escaped in the report.
      const reason = errorMessage(error)
      core.warning(`Nothing to compare with: ${baseReference} could not be read (${reason}).`)
      comparisonNote = NOTHING_TO_COMPARE.unreadable(baseReference, reason)
    }
  } else if (pullRequestOf(payload)) {
    comparisonNote = NOTHING_TO_COMPARE.noTag
  }
  const platforms = index.platforms.map(image =>
    platformSizes(image, request.steps, bases.get(image.platform))
  )
  const budget = platformBudget(inputs.budget, platforms)
  if (inputs.budget.check === 'warn') for (const line of budget) core.warning(line)
  const first = platforms[0]
  core.setOutput('compressed-size', first ? String(first.compressedSize) : '')
  core.setOutput('size-delta', first?.comparison ? String(first.comparison.change) : '')
  return {
    platforms,
    attestations: index.attestations,
    budget,
    sizeCheck: inputs.budget.check,
    ...(comparisonNote ? { comparisonNote } : {})
  }
}

/** The base image's layers for a platform; undefined when it has no image for it. */
async function baseLayers(reference: string, platform: string): Promise<ImageLayers | undefined> {
  const wanted = parsePlatform(platform)
  try {
    const layers = await registryLayers(reference, wanted)
    // A single-platform base is one platform's image, whichever was asked for.
    const { os, architecture } = layers?.config ?? {}
    return os === wanted.os && architecture === wanted.architecture ? layers : undefined
  } catch (error) {
    if (/has no image for/.test(errorMessage(error))) return undefined
    throw error
  }
}
