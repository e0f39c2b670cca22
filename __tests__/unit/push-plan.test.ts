import { describe, expect, it } from '@jest/globals'
import type { Engine } from '../../src/engine/engine.js'
import type { TagPush } from '../../src/engine/push.js'
import {
  buildPushTags,
  copySource,
  inTagOrder,
  pushesThroughRelay,
  tagsByRegistry
} from '../../src/pipeline/push-plan.js'

describe('tagsByRegistry', () => {
  const cases: [string, string[], { registry: string; tags: string[] }[]][] = [
    ['no tags', [], []],
    [
      'one registry',
      ['ghcr.io/o/app:1', 'ghcr.io/o/app:latest'],
      [{ registry: 'ghcr.io', tags: ['ghcr.io/o/app:1', 'ghcr.io/o/app:latest'] }]
    ],
    [
      'registries in the order first named, each one its tags in order',
      ['ghcr.io/o/app:1', 'localhost:5000/app:1', 'ghcr.io/o/app:2', 'localhost:5000/app:2'],
      [
        { registry: 'ghcr.io', tags: ['ghcr.io/o/app:1', 'ghcr.io/o/app:2'] },
        { registry: 'localhost:5000', tags: ['localhost:5000/app:1', 'localhost:5000/app:2'] }
      ]
    ],
    [
      'Docker Hub named with and without its host, and two repositories of one registry',
      ['o/app:1', 'docker.io/o/other:1', '127.0.0.1:5000/a:1', '127.0.0.1:5000/b:1'],
      [
        { registry: 'docker.io', tags: ['o/app:1', 'docker.io/o/other:1'] },
        { registry: '127.0.0.1:5000', tags: ['127.0.0.1:5000/a:1', '127.0.0.1:5000/b:1'] }
      ]
    ],
    [
      'localhost and 127.0.0.1 as two registries, as docker counts them',
      ['localhost:5000/app:1', '127.0.0.1:5000/app:1'],
      [
        { registry: 'localhost:5000', tags: ['localhost:5000/app:1'] },
        { registry: '127.0.0.1:5000', tags: ['127.0.0.1:5000/app:1'] }
      ]
    ]
  ]

  it.each(cases)('%s', (_, tags, groups) => {
    expect(tagsByRegistry(tags)).toEqual(groups)
  })
})

describe('buildPushTags', () => {
  it.each([
    [[], []],
    [
      ['r.io/a:1', 'r.io/a:2'],
      ['r.io/a:1', 'r.io/a:2']
    ],
    [
      ['r.io/a:1', 'q.io/a:1', 'r.io/b:1'],
      ['r.io/a:1', 'r.io/b:1']
    ]
  ])('of %j: the first registry’s, %j', (tags, pushed) => {
    expect(buildPushTags(tags)).toEqual(pushed)
  })
})

const push = (tag: string, outcome: TagPush['outcome']): TagPush => ({
  tag,
  registry: tag.split('/')[0] ?? '',
  outcome,
  attempts: outcome === 'skipped' ? 0 : 1
})

describe('copySource', () => {
  it.each([
    ['the first tag pushed', [push('r.io/a:1', 'pushed'), push('r.io/a:2', 'pushed')], 'r.io/a:1'],
    [
      'the first that was pushed, when an earlier one failed',
      [push('r.io/a:1', 'failed'), push('r.io/b:1', 'pushed')],
      'r.io/b:1'
    ],
    [
      'none when the registry got nothing',
      [push('r.io/a:1', 'failed'), push('r.io/a:2', 'skipped')],
      undefined
    ],
    ['none without tags', [], undefined]
  ])('%s', (_, pushes, source) => {
    expect(copySource(pushes)).toBe(source)
  })
})

describe('inTagOrder', () => {
  it('puts results that ended in any order back in the order of the tags', () => {
    const tags = ['r.io/a:1', 'q.io/a:1', 'r.io/a:2', 'p.io/a:1']
    const ended = [
      push('r.io/a:1', 'pushed'),
      push('r.io/a:2', 'pushed'),
      push('p.io/a:1', 'failed'),
      push('q.io/a:1', 'pushed')
    ]
    expect(inTagOrder(ended, tags).map(result => result.tag)).toEqual(tags)
  })
})

describe('pushesThroughRelay', () => {
  const can = (pushThroughRelay: boolean) =>
    ({ can: { pushThroughRelay } }) as unknown as Pick<Engine, 'can'>
  it('is one push through the relay for several registries, where the engine can push to it', () => {
    expect(pushesThroughRelay(['r.io/a:1', 'q.io/a:1'], can(true))).toBe(true)
    // Docker Hub, named two ways, is one registry.
    expect(pushesThroughRelay(['o/a:1', 'docker.io/o/a:2'], can(true))).toBe(false)
    expect(pushesThroughRelay(['r.io/a:1', 'r.io/b:1'], can(true))).toBe(false)
    expect(pushesThroughRelay(['r.io/a:1', 'q.io/a:1'], can(false))).toBe(false)
  })
})
