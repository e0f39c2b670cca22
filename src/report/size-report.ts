/**
 * The size report of a run: the image's layers (from the registry when it was
 * pushed, else computed locally), the comparison with a base image read from
 * the registry, the budget, and the pull request comment. Only the budget can
 * fail the step, and only after the report is written.
 */
import * as core from '@actions/core'
import type { RunContext } from '../context.js'
import type { EngineFamily } from '../engine/family.js'
import { historyLayers, localLayers, unmeasuredLayers } from '../engine/layers.js'
import { uploadSizes } from '../engine/upload-sizes.js'
import type { BuildStep } from '../engine/progress.js'
import type { SizeInputs } from '../inputs.js'
import type { Platform } from '../registry/client.js'
import { registryLayers } from '../registry/image.js'
import { parseImageReference } from '../registry/reference.js'
import { baseReferenceFor, NOTHING_TO_COMPARE, pullRequestOf } from './base.js'
import { checkBudget } from './budget.js'
import { plainText } from './escape.js'
import { CommentRefused, upsertComment } from './comment.js'
import { compareImages } from './compare.js'
import { withBaseRow } from './base-rows.js'
import { historyRows, totalCompressed, type ImageLayers } from './layers.js'
import { commentMarker, renderComment, type SizeReport } from './sizes.js'
import { errorMessage } from '../errors.js'

export interface SizeRequest {
  readonly imageId: string
  readonly tags: readonly string[]
  readonly pushed: boolean
  /** Uncompressed bytes, from `docker image inspect` (a store that keeps layers compressed says its blobs'). */
  readonly size: number
  /** Engine.can.storesCompressedLayers: the layers' own bytes are counted from their content. */
  readonly compressedStore: boolean
  /** Engine.daemonOnThisHost: the daemon can push to a registry on 127.0.0.1 here. */
  readonly daemonOnThisHost: boolean
  /** The engine family that inspects, saves and reads the image's history. */
  readonly family: EngineFamily
  readonly platform: Platform
  /** Where a pushed image is read back from, when not under its first tag (pushed by digest). */
  readonly readBack?: string
  /** From `docker image inspect`: the local image's layers. */
  readonly diffIds: readonly string[]
  readonly steps: readonly BuildStep[]
  /** The Dockerfile's text: it tells the base image's entries from the build's. */
  readonly dockerfile: string
  readonly tempDir: string
  readonly inputs: SizeInputs
  readonly context: RunContext
  /** On a pull request, the image the base branch's tag rules give. */
  readonly baseImage?: string
}

export async function reportSizes(request: SizeRequest): Promise<SizeReport> {
  const { inputs, tags } = request
  const platform = request.platform
  const { payload } = request.context
  const baseReference = baseReferenceFor({ ...inputs, ...request, tags, payload })

  let base: (ImageLayers & { layerDigests: string[] }) | undefined
  let comparisonNote: string | undefined
  if (baseReference) {
    try {
      base = await registryLayers(baseReference, platform)
      if (!base) comparisonNote = NOTHING_TO_COMPARE.missing(baseReference)
    } catch (error) {
      // The registry's message is outside text: plain in the log, escaped in the report.
      const reason = errorMessage(error)
      core.warning(`Nothing to compare with: ${baseReference} could not be read (${reason}).`)
      comparisonNote = NOTHING_TO_COMPARE.unreadable(baseReference, reason)
    }
  } else if (pullRequestOf(payload)) {
    comparisonNote = NOTHING_TO_COMPARE.noTag
  }

  const current = await currentLayers(request, platform, base)
  const comparison = base && baseReference ? compareImages(baseReference, base, current) : undefined
  const compressedSize = comparison?.currentTotal ?? totalCompressed(current)
  // Not measured means no budget is set: nothing to check.
  const budget =
    compressedSize === undefined
      ? { exceeded: [] }
      : checkBudget(inputs.budget, compressedSize, comparison)
  core.setOutput('compressed-size', compressedSize === undefined ? '' : String(compressedSize))
  core.setOutput('size-delta', comparison ? String(comparison.change) : '')
  if (inputs.budget.check === 'warn') for (const line of budget.exceeded) core.warning(line)

  const report: SizeReport = {
    rows: withBaseRow(historyRows(current, request.steps), current, request.dockerfile),
    ...(compressedSize !== undefined ? { compressedSize } : {}),
    // buildah's inspect gives no size: the layers' own bytes are counted then too.
    uncompressedSize:
      request.compressedStore || request.size === 0
        ? (current.uncompressed ?? []).reduce((sum, size) => sum + size, 0)
        : request.size,
    exact: current.exact,
    budget: budget.exceeded,
    sizeCheck: inputs.budget.check,
    ...(comparison ? { comparison } : {}),
    ...(comparison && base && baseReference
      ? { compared: { reference: baseReference, layers: base, layerDigests: base.layerDigests } }
      : {}),
    ...(comparisonNote ? { comparisonNote } : {})
  }
  const commentNote = inputs.comment ? await comment(request, report) : undefined
  return commentNote ? { ...report, commentNote } : report
}

/** With `size-check: fail` and a budget, nothing is pushed before the image is measured. */
export function checksBudgetBeforePush(budget: SizeInputs['budget']): boolean {
  return budget.check === 'fail' && (budget.maxSize !== undefined || Boolean(budget.maxIncrease))
}

/**
 * With `size-check: fail`, a push waits for the budget: the image is measured
 * here first. Returns the report when the budget is exceeded (nothing may be
 * pushed), undefined otherwise.
 */
export async function overBudgetBeforePush(
  request: Omit<SizeRequest, 'pushed' | 'size' | 'platform' | 'diffIds'>
): Promise<SizeReport | undefined> {
  if (!checksBudgetBeforePush(request.inputs.budget)) return undefined
  const { size, platform, diffIds } = await request.family.inspect(request.imageId)
  const inputs = { ...request.inputs, comment: false }
  const report = await reportSizes({ ...request, inputs, pushed: false, size, platform, diffIds })
  if (!report.budget?.length) return undefined
  core.info('The size budget is exceeded: nothing is pushed.')
  const commentNote = request.inputs.comment ? await comment(request, report) : undefined
  return commentNote ? { ...report, commentNote } : report
}

/** A pushed image is read back from the registry (exact sizes); otherwise it is measured here. */
async function currentLayers(
  request: SizeRequest,
  platform: Platform,
  base: ImageLayers | undefined
): Promise<ImageLayers> {
  const first = request.readBack ?? request.tags[0]
  const { compressedStore, family } = request
  // A store that keeps layers uncompressed (docker's classic one) names an
  // image by its config's digest, and history gives that config.
  const configInHistory = !compressedStore && family.history !== undefined
  if (request.pushed && first) {
    try {
      if (configInHistory) {
        // Read ahead as the build wrote the image: in hand by now. The config,
        // from history, is not read from the registry again.
        const image = { id: request.imageId, diffIds: request.diffIds, platform }
        const local = await historyLayers(image, family)
        const known = local?.config && { digest: request.imageId, config: local.config }
        const pushed = await registryLayers(first, platform, known)
        if (pushed) return { ...pushed, ...(local ? { uncompressed: local.uncompressed } : {}) }
      } else {
        // The local command first: it runs while this process loads its HTTP client.
        const local = localLayers(request.imageId, request.tempDir, {
          measure: false,
          compressedStore,
          family
        }).then(layers => layers.uncompressed)
        const [pushed, uncompressed] = await Promise.all([registryLayers(first, platform), local])
        if (pushed) return { ...pushed, ...(uncompressed ? { uncompressed } : {}) }
      }
    } catch (error) {
      core.warning(`Could not read ${first} back from the registry: ${errorMessage(error)}`)
    }
  }
  // Compressing every layer here costs seconds per 100 MB, and even exporting
  // the image costs a second per few hundred MB: only for what needs the figure.
  const { budget } = request.inputs
  // A store that keeps layers compressed has the figure already: one export gives it.
  const measure =
    compressedStore ||
    request.pushed ||
    base !== undefined ||
    budget.maxSize !== undefined ||
    budget.maxIncrease !== undefined
  const image = { id: request.imageId, diffIds: request.diffIds, platform }
  if (!measure) return unmeasuredLayers(image, request.tempDir, family)
  // A classic store compresses as it pushes: its own push, to a sink here, says how.
  if (!compressedStore && family.command === 'docker' && request.daemonOnThisHost) {
    try {
      const [layers, compressed] = await Promise.all([
        unmeasuredLayers(image, request.tempDir, family),
        uploadSizes(request.imageId)
      ])
      if (compressed.length === layers.config.diffIds.length) return { ...layers, compressed }
    } catch (error) {
      core.info(
        `Compressed sizes computed here instead: the daemon's push failed (${errorMessage(error)})`
      )
    }
  }
  const known = new Map<string, number>()
  base?.config.diffIds.forEach((diffId, i) => known.set(diffId, base.compressed[i] ?? 0))
  return localLayers(request.imageId, request.tempDir, { known, compressedStore, family })
}

/** Posts or updates the comment; returns a note for the summary when it could not. */
async function comment(
  request: Pick<SizeRequest, 'context' | 'tags' | 'imageId' | 'inputs'>,
  report: SizeReport
): Promise<string | undefined> {
  const pr = pullRequestOf(request.context.payload)
  // The same workflow usually runs on pushes too: there, no comment is wanted, and no note.
  if (!pr) return undefined
  const image = request.tags[0] ? parseImageReference(request.tags[0]).name : request.imageId
  if (!request.inputs.githubToken) return 'No pull request comment: `github-token` is empty.'
  try {
    const done = await upsertComment(
      {
        apiUrl: request.context.apiUrl,
        repository: request.context.repository,
        number: pr.number,
        token: request.inputs.githubToken
      },
      commentMarker(image),
      renderComment(image, report)
    )
    core.info(`Pull request comment ${done}.`)
    return undefined
  } catch (error) {
    if (error instanceof CommentRefused) {
      return (
        `No pull request comment: GitHub refused it (${error.status}); ` +
        (pr.fork
          ? "a fork's pull request gets a read-only token."
          : 'the token needs `pull-requests: write` permission.')
      )
    }
    core.warning(`The pull request comment failed: ${errorMessage(error)}`)
    return `No pull request comment: ${plainText(errorMessage(error))}`
  }
}
