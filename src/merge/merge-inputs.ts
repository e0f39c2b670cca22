/**
 * `push-by-digest` and `merge`, checked together with the inputs they cannot
 * go with: a merge builds nothing, so an input that only steers a build is a
 * mistake, not something to ignore. Pure.
 */
import { InputError } from '../errors.js'
import { parseList } from '../input-values.js'
import type { Inputs } from '../inputs.js'
import { parseImageReference } from '../registry/reference.js'

/** One image to merge: its digest, and the name it is read from (default: the first tag's). */
export interface MergeSource {
  /** As written. */
  readonly text: string
  readonly digest: string
  /** Where it is read from; absent for a bare digest. */
  readonly location?: { readonly registry: string; readonly repository: string }
}

export interface FanOut {
  readonly pushByDigest: boolean
  /** The images to merge into one index; absent when this is no merge. */
  readonly merge?: readonly MergeSource[]
}

const DIGEST = /^sha256:[a-f0-9]{64}$/

/** Build inputs a merge has no use for: the name each is set under, when it is. */
function buildInputsGiven(inputs: Omit<Inputs, keyof FanOut>): string[] {
  const given: [string, boolean][] = [
    ['platforms', inputs.platforms.length > 0],
    ['target', inputs.target !== ''],
    ['build-args', inputs.buildArgs.length > 0],
    ['secrets', inputs.secrets.length > 0],
    ['provenance', inputs.attestations.provenance !== ''],
    ['sbom', inputs.attestations.sbom !== ''],
    ['attests', inputs.attestations.attests.length > 0],
    ['cache-from', inputs.cacheFrom.length > 0],
    ['cache-to', inputs.cacheTo.length > 0],
    ['promote-from', inputs.promote !== undefined]
  ]
  return given.filter(([, set]) => set).map(([name]) => name)
}

/**
 * `rawMerge` is the input as written: comment lines (`#`) count as written, so
 * a merge whose digests all came out empty is an error, not a build.
 */
export function parseFanOut(
  pushByDigest: boolean,
  rawMerge: string,
  inputs: Omit<Inputs, keyof FanOut>
): FanOut {
  if (pushByDigest && !inputs.push) {
    throw new InputError('push-by-digest', 'the image is pushed untagged: set push to true')
  }
  if (pushByDigest && inputs.promote) {
    throw new InputError('push-by-digest', 'a promotion builds nothing to push: remove one of them')
  }
  if (rawMerge.trim() === '') return { pushByDigest }
  if (pushByDigest) {
    throw new InputError('push-by-digest', 'a merge builds nothing to push: remove one of them')
  }
  const [conflict] = buildInputsGiven(inputs)
  if (conflict) {
    throw new InputError(
      conflict,
      'a merge builds nothing, so it has no use for it (each platform comes from the manifest ' +
        `a digest names): remove ${conflict} from the merge step`
    )
  }
  const merge = parseList(rawMerge, { commas: true }).map(parseMergeSource)
  if (merge.length === 0) {
    throw new InputError(
      'merge',
      'it names no digest (are the build jobs’ digest outputs empty?); nothing was pushed'
    )
  }
  if (!inputs.push) throw new InputError('merge', 'a merge writes tags: set push to true')
  return { pushByDigest, merge }
}

/** `sha256:…`, or `name@sha256:…`. */
export function parseMergeSource(text: string): MergeSource {
  if (DIGEST.test(text)) return { text, digest: text }
  const wrong = `"${text}" is not a digest (sha256:…) nor a name@sha256:… reference`
  let ref: ReturnType<typeof parseImageReference>
  try {
    ref = parseImageReference(text)
  } catch (error) {
    throw new InputError('merge', `${wrong}: ${(error as Error).message}`)
  }
  if (!ref.digest || !DIGEST.test(ref.digest) || ref.tag !== undefined) {
    throw new InputError('merge', wrong)
  }
  return {
    text,
    digest: ref.digest,
    location: { registry: ref.registry, repository: ref.repository }
  }
}
