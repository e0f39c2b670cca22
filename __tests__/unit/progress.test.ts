import { describe, expect, it } from '@jest/globals'
import {
  parseBuildPushes,
  parseProgress,
  pushWatcher,
  writtenImage
} from '../../src/engine/progress.js'

const LOG = `#1 [internal] load build definition from Dockerfile
#1 sha256:4e710ffd0c89d069602d02785d8dc61112f948ebe98da7f582a71a9b241da021
#1 transferring dockerfile: 181B done
#1 DONE 0.0s

#4 [builder 1/2] FROM docker.io/local/busybox:1
#4 sha256:01e1341586a17b4d557fd8dbbd34d9ff54e769d882dc7bd62427c4ab92a80473
#4 CACHED

#5 [builder 2/2] RUN echo "zz" > /greeting
#5 0.211 some output: #5 DONE 9.9s
#5 DONE 0.3s

#6 [stage-1 2/2] COPY --from=builder /greeting /greeting
#6 CACHED

#8 [3/3] RUN exit 3
#8 ERROR: executor failed running [/bin/sh -c exit 3]: exit code: 3

#7 exporting to image
#7 DONE 0.0s
`

describe('parseProgress', () => {
  it('reads the Dockerfile steps with cache hits, durations and failures', () => {
    expect(parseProgress(LOG)).toEqual([
      {
        stage: 'builder 1/2',
        instruction: 'FROM docker.io/local/busybox:1',
        cached: true,
        seconds: 0,
        failed: false
      },
      {
        stage: 'builder 2/2',
        instruction: 'RUN echo "zz" > /greeting',
        cached: false,
        seconds: 0.3,
        failed: false
      },
      {
        stage: 'stage-1 2/2',
        instruction: 'COPY --from=builder /greeting /greeting',
        cached: true,
        seconds: 0,
        failed: false
      },
      { stage: '3/3', instruction: 'RUN exit 3', cached: false, seconds: 0, failed: true }
    ])
  })

  it('finds nothing in an empty log', () => {
    expect(parseProgress('')).toEqual([])
  })
})

describe('a push from the build', () => {
  const id = `sha256:${'b7'.repeat(32)}`
  const log = [
    '#6 exporting to image',
    '#6 exporting layers 0.0s done',
    `#6 writing image ${id} done`,
    '#6 naming to r1/app:1 0.0s done',
    '#6 naming to r2/app:1 0.0s done',
    '#6 DONE 0.1s',
    '',
    '#7 pushing r1/app:1 with docker',
    '#7 pushing layer 573be3df8f06 0.1s done',
    '#7 DONE 0.2s',
    '',
    '#8 pushing r2/app:1 with docker',
    '#8 ERROR: received unexpected HTTP status: 503 Service Unavailable',
    '------',
    ' > pushing r2/app:1 with docker:',
    '------',
    'ERROR: received unexpected HTTP status: 503 Service Unavailable'
  ].join('\n')

  it('says which tags it pushed and which one failed, with the reason', () => {
    expect(parseBuildPushes(log)).toEqual({
      pushed: ['r1/app:1'],
      failed: { tag: 'r2/app:1', error: 'received unexpected HTTP status: 503 Service Unavailable' }
    })
    // Stopped in the middle of a push: that tag is neither pushed nor failed yet.
    expect(parseBuildPushes('#7 pushing r1/app:1 with docker\n')).toEqual({
      pushed: [],
      unfinished: 'r1/app:1'
    })
  })

  it('reads the image the build wrote, before any push', () => {
    expect(writtenImage(log)).toBe(id)
    expect(writtenImage('#6 exporting to image\n#6 ERROR: no space left\n')).toBeUndefined()
  })
})

describe('pushWatcher', () => {
  const id = `sha256:${'ab'.repeat(32)}`
  const other = `sha256:${'cd'.repeat(32)}`
  const tags = ['registry.test/app:1', 'registry.test/app:2']
  const exported = `#6 exporting layers done\n#6 writing image ${id} done\n`
  const pushed = (vertex: number, tag: string, end = 'DONE 0.1s') =>
    `#${vertex} pushing ${tag} with docker\n#${vertex} pushing layer 644eefb3f416 0.0s done\n#${vertex} ${end}\n`

  function watched(pieces: string[], watchedTags = tags) {
    const seen: string[] = []
    const watch = pushWatcher(watchedTags, {
      written: imageId => seen.push(`written ${imageId}`),
      pushed: imageId => seen.push(`pushed ${imageId}`)
    })
    for (const piece of pieces) watch(piece)
    return seen
  }

  it.each([
    ['one piece', [exported], [`written ${id}`]],
    [
      'a line split across pieces',
      [`#6 writing ima`, `ge ${id}`, ` done\n#7 pushing`],
      [`written ${id}`]
    ],
    [
      'only once',
      [`#6 writing image ${id} done\n#9 writing image ${other} done\n`],
      [`written ${id}`]
    ],
    ['not before the line is whole', [`#6 writing image ${id}`], []],
    ['a step that prints the words', [`#5 0.2 writing image ${id} done\n`], []]
  ])('tells the image written: %s', (_name, pieces, expected) => {
    expect(watched(pieces)).toEqual(expected)
  })

  it('tells the pushes done once every tag is pushed, not before', () => {
    expect(watched([exported, pushed(7, tags[0] ?? '')])).toEqual([`written ${id}`])
    expect(watched([exported, pushed(7, tags[0] ?? ''), pushed(8, tags[1] ?? '')])).toEqual([
      `written ${id}`,
      `pushed ${id}`
    ])
  })

  it('tells the pushes done once, and goes on reading when a listener throws', () => {
    const seen: string[] = []
    const watch = pushWatcher(tags, {
      written: () => {
        throw new Error('no registry client')
      },
      pushed: imageId => seen.push(imageId)
    })
    const again = pushed(9, tags[1] ?? '')
    for (const piece of [exported, pushed(7, tags[0] ?? ''), pushed(8, tags[1] ?? ''), again]) {
      watch(piece)
    }
    expect(seen).toEqual([id])
  })

  it.each([
    ['a push fails', [exported, pushed(7, tags[0] ?? ''), pushed(8, tags[1] ?? '', 'ERROR: 503')]],
    [
      'a push is under way',
      [exported, pushed(7, tags[0] ?? ''), `#8 pushing ${tags[1]} with docker\n`]
    ],
    [
      'another vertex ends',
      [exported, pushed(7, tags[0] ?? ''), `#8 [2/2] RUN true\n#8 DONE 0.1s\n`]
    ],
    ['no image was written', [pushed(7, tags[0] ?? ''), pushed(8, tags[1] ?? '')]]
  ])('tells no pushes done when %s', (_name, pieces) => {
    expect(watched(pieces).filter(event => event.startsWith('pushed'))).toEqual([])
  })
})
