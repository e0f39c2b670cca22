/** Which image a run compares with, and what the report says when there is none. Pure. */
import { sanitizeTag } from '../meta/tags.js'
import { formatReference, parseImageReference } from '../registry/reference.js'
import { codeSpan, plainText } from './escape.js'

/**
 * The tag `type=ref,event=branch` gives a branch: characters a tag cannot
 * hold become `-` (`feature/x` → `feature-x`).
 */
export function branchTag(branch: string): string {
  return sanitizeTag(branch.replace(/^refs\/heads\//, ''))
}

/**
 * The base branch's image when `tags` are full references, which name no
 * branch: the first tag's repository, tagged with the branch name. (With
 * `images` and tag rules, the rules applied to the base branch decide.)
 */
export function defaultBaseReference(
  tags: readonly string[],
  baseBranch: string
): string | undefined {
  const first = tags[0]
  const tag = branchTag(baseBranch)
  if (!first || !tag) return undefined
  const ref = parseImageReference(first)
  return formatReference({
    registry: ref.registry,
    repository: ref.repository,
    name: ref.name,
    tag
  })
}

export interface PullRequest {
  readonly number: number
  readonly baseBranch: string
  /** True when the head repository is not the base repository: the token is read-only. */
  readonly fork: boolean
}

/** The pull request of a `pull_request` or `pull_request_target` event payload. */
export function pullRequestOf(payload: Readonly<Record<string, unknown>>): PullRequest | undefined {
  const pr = payload.pull_request as
    | {
        number?: number
        base?: { ref?: string; repo?: { full_name?: string } }
        head?: { repo?: { full_name?: string } }
      }
    | undefined
  if (!pr || typeof pr.number !== 'number' || !pr.base?.ref) return undefined
  const head = pr.head?.repo?.full_name
  const base = pr.base.repo?.full_name
  return { number: pr.number, baseBranch: pr.base.ref, fork: !!head && !!base && head !== base }
}

/** `compare-to`, else the base branch's image: the tag rules' (`baseImage`), else the first tag's repository's. */
export function baseReferenceFor(request: {
  readonly compareTo: string
  readonly baseImage?: string
  readonly tags: readonly string[]
  readonly payload: Readonly<Record<string, unknown>>
}): string | undefined {
  const pr = pullRequestOf(request.payload)
  return (
    request.compareTo ||
    request.baseImage ||
    (pr ? defaultBaseReference(request.tags, pr.baseBranch) : undefined)
  )
}

/** The report's line when nothing is compared; the reference and a registry's words are outside text. */
export const NOTHING_TO_COMPARE = {
  missing: (reference: string): string =>
    `Nothing to compare with: ${codeSpan(reference)} is not in the registry yet.`,
  unreadable: (reference: string, reason: string): string =>
    `Nothing to compare with: ${codeSpan(reference)} could not be read (${plainText(reason)}).`,
  noTag: 'Nothing to compare with: no tag to derive the base image from; set `compare-to`.'
}
