/**
 * Attestations (`provenance`, `sbom`, `attests`) as build-push-action passes
 * them to buildx, with its defaults: a pushed image gets provenance,
 * `mode=max` for a public repository and `mode=min,inline-only=true` for a
 * private one, unless the workflow asks otherwise. Pure.
 */
import type { RunContext } from '../context.js'
import { InputError } from '../errors.js'
import type { Engine } from './engine.js'

export interface AttestationInputs {
  /** As written: empty, `true`, `false` or buildx attributes (`mode=max`). */
  readonly provenance: string
  /** As written: empty, `true`, `false` or attributes (`generator=…`). */
  readonly sbom: string
  /** `--attest` values, one per line (`type=provenance,mode=max`). */
  readonly attests: readonly string[]
}

export interface AttestationContext {
  /** The image leaves the builder for a registry (a loaded-only image gets no default). */
  readonly pushes: boolean
  readonly privateRepository: boolean
  /** The run's URL, recorded as the provenance's builder; empty outside a workflow run. */
  readonly builderId: string
  /** BUILDX_NO_DEFAULT_ATTESTATIONS is set. */
  readonly noDefaults: boolean
}

/** This run's side of the defaults: its repository's visibility and its URL. */
export function attestationContext(
  run: RunContext,
  pushes: boolean,
  env: NodeJS.ProcessEnv
): AttestationContext {
  const repository = run.payload.repository as { private?: unknown } | undefined
  const attempt = env.GITHUB_RUN_ATTEMPT || '1'
  return {
    pushes,
    privateRepository: repository?.private === true,
    builderId: run.runId
      ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${attempt}`
      : '',
    noDefaults: Boolean(env.BUILDX_NO_DEFAULT_ATTESTATIONS)
  }
}

/** The buildx arguments; empty for an engine that keeps no attestation. */
export function attestationArgs(inputs: AttestationInputs, context: AttestationContext): string[] {
  const args = inputs.attests.flatMap(attest => ['--attest', attest])
  const { provenance, sbom } = inputs
  if (provenance) {
    args.push(`--provenance=${provenanceAttributes(provenance, context.builderId)}`)
  } else if (context.pushes && !context.noDefaults && !hasType(inputs.attests, 'provenance')) {
    const mode = context.privateRepository ? 'mode=min,inline-only=true' : 'mode=max'
    args.push(`--provenance=${provenanceAttributes(mode, context.builderId)}`)
  }
  if (sbom) args.push(`--sbom=${sbom}`)
  return args
}

/** Whether the workflow asked for an attestation itself (not a default, not `false`). */
function asksForAttestations(inputs: AttestationInputs): boolean {
  return inputs.attests.length > 0 || isSet(inputs.provenance) || isSet(inputs.sbom)
}

/**
 * The attestation arguments for this engine: none where it keeps none (the
 * classic store's docker driver, the daemon's BuildKit), which
 * `checkAttestations` has already made sure the workflow did not ask for.
 */
export function attestationsFor(
  inputs: AttestationInputs,
  engine: Engine,
  context: AttestationContext
): string[] {
  return engine.frontend === 'buildx' && engine.can.multiPlatform
    ? attestationArgs(inputs, context)
    : []
}

/**
 * Attestations travel as manifests of an image index: only an engine whose
 * output can hold an index (the one that builds several platforms) keeps them.
 */
export function checkAttestations(inputs: AttestationInputs, engine: Engine): void {
  if (!asksForAttestations(inputs) || (engine.frontend === 'buildx' && engine.can.multiPlatform))
    return
  const input =
    inputs.attests.length > 0 ? 'attests' : isSet(inputs.provenance) ? 'provenance' : 'sbom'
  throw new InputError(
    input,
    `${engine.description} cannot keep attestations (they need an image index). Use a ` +
      'docker-container builder (docker/setup-buildx-action) or the containerd image store, ' +
      `or set ${input} to false.`
  )
}

function provenanceAttributes(value: string, builderId: string): string {
  if (isFalse(value)) return 'false'
  const attributes = /^(true|1)$/i.test(value) ? [] : [value]
  if (builderId && !/(^|,)builder-id=/.test(value)) attributes.push(`builder-id=${builderId}`)
  return attributes.join(',') || 'true'
}

function hasType(attests: readonly string[], type: string): boolean {
  return attests.some(attest => new RegExp(`(^|,)\\s*type=${type}\\s*(,|$)`).test(attest))
}

function isSet(value: string): boolean {
  return value !== '' && !isFalse(value)
}

function isFalse(value: string): boolean {
  return /^(false|0)$/i.test(value.trim())
}
