/**
 * The build the inputs and the engine make, checked before anything runs:
 * what the engine cannot do (platforms, attestations, options) is an input
 * error here, so nothing is built or pushed.
 */
import type { RunContext } from '../context.js'
import { attestationContext, attestationsFor, checkAttestations } from '../engine/attestations.js'
import type { BuildRequest } from '../engine/build.js'
import { checkEngineOptions } from '../engine/build-runs.js'
import type { Engine } from '../engine/engine.js'
import { checkPlatforms } from '../engine/platforms.js'
import type { Inputs } from '../inputs.js'
import { checksBudgetBeforePush } from '../report/size-report.js'
import type { RunTags } from '../tags.js'
import { buildPushTags, pushesThroughRelay } from './push-plan.js'

export type PlannedBuild = BuildRequest & { readonly platforms: readonly string[] }

export function planBuild(plan: {
  readonly inputs: Inputs
  readonly engine: Engine
  readonly context: RunContext
  readonly metadata: RunTags
  readonly iidFile: string
}): PlannedBuild {
  const { inputs, engine, metadata } = plan
  const platforms = checkPlatforms(inputs.platforms, engine)
  checkAttestations(inputs.attestations, engine)
  const attestations = attestationsFor(
    inputs.attestations,
    engine,
    attestationContext(plan.context, inputs.push, process.env)
  )
  // Annotated where the engine keeps annotations; where it cannot, only given ones are an error.
  checkEngineOptions(inputs.build, inputs.annotations.length > 0, engine)
  // Where the engine can, the build pushes every tag itself: one command, not a
  // push per tag after it; never when a budget must pass before anything is
  // pushed, nor to several registries that one push through the relay writes.
  const push =
    inputs.push &&
    !inputs.pushByDigest &&
    engine.can.pushFromBuild &&
    !pushesThroughRelay(metadata.tags, engine) &&
    platforms.length <= 1 &&
    !checksBudgetBeforePush(inputs.sizes.budget) &&
    !(inputs.sizes.budget.check === 'fail' && inputs.sizes.budget.maxWasted)
  return {
    ...inputs,
    // Pushing, it names the first registry's tags only: the push step names and copies the others.
    tags: push ? buildPushTags(metadata.tags) : metadata.tags,
    labels: metadata.labels,
    annotations: engine.can.annotate ? metadata.annotations : [],
    options: inputs.build,
    iidFile: plan.iidFile,
    platforms,
    attestations,
    push,
    pushStallMs: inputs.registryAuth.retry.stallMs
  }
}
