import { describe, expect, it } from '@jest/globals'
import { parseBuildPushes, parseProgress, writtenImage } from '../../src/engine/progress.js'

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
