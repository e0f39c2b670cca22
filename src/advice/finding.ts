/** One piece of advice on a Dockerfile line. Plain data, shared by the rules and the renderers. */

export type AdviceRule =
  | 'package-cache'
  | 'wasted-files'
  | 'merge-runs'
  | 'install-order'
  | 'dockerignore'
  | 'add-local'
  | 'base-tag'
  | 'shell-form'
  | 'no-user'
  | 'secret-in-image'
  | 'build-only'

export interface FileSize {
  readonly path: string
  readonly size: number
}

export interface Finding {
  readonly rule: AdviceRule
  readonly level: 'warning' | 'notice'
  /** 1-based line of the Dockerfile. */
  readonly line: number
  /** Hoist's own words, a few of them. */
  readonly title: string
  /** What the finding is about, as the Dockerfile or the image has it: untrusted text. */
  readonly subject: string
  /** Hoist's own words: what it measured and what would fix it. */
  readonly detail: string
  /** Bytes at stake, when measured. */
  readonly bytes?: number
  /** Seconds at stake, when measured. */
  readonly seconds?: number
  /** The largest files behind `bytes`, largest first. */
  readonly files?: readonly FileSize[]
}

/** How many files a finding names. */
export const FILES_SHOWN = 5

export function largest(files: readonly FileSize[]): FileSize[] {
  return [...files].sort((a, b) => b.size - a.size).slice(0, FILES_SHOWN)
}
