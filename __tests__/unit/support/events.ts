import { readFileSync } from 'node:fs'
import path from 'node:path'
import { loadTemplates } from '../../../src/meta/expressions.js'
import { computeMetadata, type Metadata, type MetadataRequest } from '../../../src/meta/metadata.js'

// The metadata functions are synchronous once the template libraries are in.
await loadTemplates()

export const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37'
export const PR_HEAD_SHA = '5a2d3e1f0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e'
export const NOW = new Date('2026-11-22T20:00:00.000Z')

/** The recorded payloads in __fixtures__/events, with the ref the runner gives each. */
export const EVENTS = {
  'push-branch': { eventName: 'push', ref: 'refs/heads/main' },
  'push-tag': { eventName: 'push', ref: 'refs/tags/v1.2.3' },
  pull_request: { eventName: 'pull_request', ref: 'refs/pull/15/merge' },
  // The runner gives the base branch; the PR's merge ref is what tags are made from.
  pull_request_target: { eventName: 'pull_request_target', ref: 'refs/heads/main' },
  schedule: { eventName: 'schedule', ref: 'refs/heads/main' },
  workflow_dispatch: { eventName: 'workflow_dispatch', ref: 'refs/heads/main' },
  release: { eventName: 'release', ref: 'refs/tags/v1.3.0-rc.1' },
  merge_group: {
    eventName: 'merge_group',
    ref: 'refs/heads/gh-readonly-queue/main/pr-15-0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c'
  },
  none: { eventName: '', ref: '' }
} as const
export type EventName = keyof typeof EVENTS

export function payload(event: EventName): Record<string, unknown> {
  if (event === 'none') return {}
  const file = path.join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    '__fixtures__',
    'events',
    `${event}.json`
  )
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
}

export interface Case {
  readonly images?: string
  readonly tags?: string
  readonly flavor?: string
  readonly labels?: MetadataRequest['labels']
  readonly ref?: string
  readonly env?: { readonly prHeadSha?: boolean; readonly shortShaLength?: string }
}

/** Runs the pure computation for a recorded event, optionally with another ref. */
export function compute(event: EventName, c: Case = {}): Metadata {
  const facts = EVENTS[event]
  return computeMetadata({
    images: c.images ?? 'ghcr.io/octo-org/hello',
    tags: c.tags ?? '',
    flavor: c.flavor ?? '',
    labels: c.labels ?? [],
    now: NOW,
    run: {
      eventName: facts.eventName,
      ref: c.ref ?? facts.ref,
      sha: event === 'none' ? '' : SHA,
      payload: payload(event),
      prHeadSha: c.env?.prHeadSha ?? false,
      shortShaLength: c.env?.shortShaLength ?? '',
      repository: 'octo-org/hello',
      serverUrl: 'https://github.com'
    }
  })
}
