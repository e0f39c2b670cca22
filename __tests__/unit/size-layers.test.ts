import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { EngineFamily } from '../../src/engine/family.js'
import { historyLayers, prefetchHistory, unmeasuredLayers } from '../../src/engine/layers.js'
import type { BuildStep } from '../../src/engine/progress.js'
import {
  configFromHistory,
  displayInstruction,
  historyRows,
  instructionKey,
  parseImageConfig,
  type HistoryRecord,
  type ImageLayers
} from '../../src/report/layers.js'

describe('displayInstruction', () => {
  it.each([
    ['RUN /bin/sh -c make # buildkit', 'RUN make'],
    ['RUN |2 A=1 B=x y /bin/sh -c echo $A # buildkit', 'RUN echo $A'],
    ['COPY /out/greeting /greeting # buildkit', 'COPY /out/greeting /greeting'],
    ['ENV PATH=/bin', 'ENV PATH=/bin'],
    ['RUN |1 A=1 echo hi', 'RUN echo hi'],
    ['/bin/sh -c #(nop)  CMD ["sh"]', 'CMD ["sh"]'],
    ['/bin/sh -c apk add curl', 'RUN apk add curl']
  ])('%s → %s', (createdBy, shown) => {
    expect(displayInstruction(createdBy)).toBe(shown)
  })
})

describe('instructionKey', () => {
  it.each([
    ['COPY --from=builder /out/greeting /greeting', 'COPY /out/greeting /greeting # buildkit'],
    ['RUN  echo   hi', 'RUN /bin/sh -c echo hi # buildkit'],
    ['COPY --chown=1:1 a /b', 'COPY a /b']
  ])('a build step %j matches the history entry %j', (step, createdBy) => {
    expect(instructionKey(step)).toBe(instructionKey(createdBy))
  })
})

describe('configFromHistory', () => {
  const platform = { os: 'linux', architecture: 'amd64' }
  const record = (createdBy: string, size: number, comment = 'buildkit.dockerfile.v0') => ({
    createdBy,
    comment,
    size
  })

  it('takes the entries with a size as the layers, in order', () => {
    const records = [
      record('', 1_982_382, 'Imported from -'),
      record('COPY /blob /blob # buildkit', 41_943_040),
      record('ARG RUN_ID=0', 0),
      record('RUN |1 RUN_ID=1 /bin/sh -c echo "$RUN_ID" > /run-id # buildkit', 2)
    ]
    expect(configFromHistory(records, ['sha256:1', 'sha256:2', 'sha256:3'], platform)).toEqual({
      ...platform,
      history: [
        { createdBy: 'Imported from -', emptyLayer: false },
        { createdBy: 'COPY /blob /blob # buildkit', emptyLayer: false },
        { createdBy: 'ARG RUN_ID=0', emptyLayer: true },
        {
          createdBy: 'RUN |1 RUN_ID=1 /bin/sh -c echo "$RUN_ID" > /run-id # buildkit',
          emptyLayer: false
        }
      ],
      diffIds: ['sha256:1', 'sha256:2', 'sha256:3']
    })
  })

  it('gives up when a layer that changed nothing makes the sizes ambiguous', () => {
    const records = [record('', 100, 'Imported from -'), record('RUN true # buildkit', 0)]
    expect(configFromHistory(records, ['sha256:1', 'sha256:2'], platform)).toBeUndefined()
  })
})

describe('historyLayers', () => {
  const platform = { os: 'linux', architecture: 'amd64' }
  const records = [
    { createdBy: '', comment: 'Imported from -', size: 100 },
    { createdBy: 'ENV A=1', comment: 'buildkit.dockerfile.v0', size: 0 },
    { createdBy: 'RUN make # buildkit', comment: 'buildkit.dockerfile.v0', size: 40 }
  ]
  /** A family whose history is `answer`, counting the times it is asked. */
  function familyWith(answer: HistoryRecord[] | undefined) {
    const asked: string[] = []
    const family = {
      command: `fake-${Math.random()}`,
      history: (imageId: string) => {
        asked.push(imageId)
        return Promise.resolve(answer)
      }
    } as unknown as EngineFamily
    return { family, asked }
  }

  it('gives the sizes, and the config where history says which entries made a layer', async () => {
    const { family, asked } = familyWith(records)
    const image = { id: 'sha256:1', diffIds: ['sha256:a', 'sha256:b'], platform }
    prefetchHistory(image.id, family)
    const layers = await historyLayers(image, family)
    expect(layers?.uncompressed).toEqual([100, 0, 40])
    expect(layers?.config?.diffIds).toEqual(['sha256:a', 'sha256:b'])
    expect(layers?.config?.history.map(entry => entry.emptyLayer)).toEqual([false, true, false])
    expect(asked).toEqual(['sha256:1']) // read ahead once, taken after
  })

  it('gives the sizes only where a layer that changed nothing makes them ambiguous', async () => {
    const { family } = familyWith(records)
    const image = { id: 'sha256:2', diffIds: ['sha256:a', 'sha256:b', 'sha256:c'], platform }
    expect(await historyLayers(image, family)).toEqual({ uncompressed: [100, 0, 40] })
  })

  it('gives an unmeasured image its config from history, with no export', async () => {
    // An export would run `sh -c 'exit 3'` and fail.
    const { family } = familyWith(records)
    const saving = { ...family, command: 'sh', saveArgs: () => ['-c', 'exit 3'] }
    const image = { id: 'sha256:4', diffIds: ['sha256:a', 'sha256:b'], platform }
    const temp = mkdtempSync(path.join(tmpdir(), 'hoist-unmeasured-'))
    const layers = await unmeasuredLayers(image, temp, saving as EngineFamily)
    expect(layers.config.diffIds).toEqual(['sha256:a', 'sha256:b'])
    expect(layers).toMatchObject({ compressed: [], exact: false, uncompressed: [100, 0, 40] })

    // Where history cannot say which entries made a layer, the config is the export's.
    const ambiguous = { id: 'sha256:5', diffIds: ['sha256:a', 'sha256:b', 'sha256:c'], platform }
    await expect(unmeasuredLayers(ambiguous, temp, saving as EngineFamily)).rejects.toThrow(
      /sh save failed/
    )
    rmSync(temp, { recursive: true, force: true })
  })

  it('gives nothing where the engine gives no history in bytes', async () => {
    const { family } = familyWith(undefined)
    const image = { id: 'sha256:3', diffIds: [], platform }
    expect(await historyLayers(image, family)).toBeUndefined()
    const none = { command: 'none' } as unknown as EngineFamily
    expect(await historyLayers(image, none)).toBeUndefined()
  })
})

describe('parseImageConfig', () => {
  it('reads history, empty layers and diff IDs', () => {
    expect(
      parseImageConfig({
        os: 'linux',
        architecture: 'arm64',
        history: [
          { comment: 'Imported from -' },
          { created_by: 'ENV A=1', empty_layer: true },
          { created_by: 'RUN /bin/sh -c x # buildkit' }
        ],
        rootfs: { diff_ids: ['sha256:1', 'sha256:2'] }
      })
    ).toEqual({
      os: 'linux',
      architecture: 'arm64',
      history: [
        { createdBy: 'Imported from -', emptyLayer: false },
        { createdBy: 'ENV A=1', emptyLayer: true },
        { createdBy: 'RUN /bin/sh -c x # buildkit', emptyLayer: false }
      ],
      diffIds: ['sha256:1', 'sha256:2']
    })
  })

  it('gives an image without a usable history one row per layer', () => {
    const config = parseImageConfig({ rootfs: { diff_ids: ['sha256:1', 'sha256:2'] } })
    expect(config.history).toEqual([
      { createdBy: '', emptyLayer: false },
      { createdBy: '', emptyLayer: false }
    ])
  })
})

function step(stage: string, instruction: string, cached: boolean): BuildStep {
  return { stage, instruction, cached, seconds: cached ? 0 : 1, failed: false }
}

describe('historyRows', () => {
  const image: ImageLayers = {
    config: {
      os: 'linux',
      architecture: 'amd64',
      history: [
        { createdBy: 'Imported from -', emptyLayer: false },
        { createdBy: 'ENV X=1', emptyLayer: true },
        { createdBy: 'COPY /out/a /a # buildkit', emptyLayer: false },
        { createdBy: 'RUN /bin/sh -c echo hi > /b # buildkit', emptyLayer: false }
      ],
      diffIds: ['sha256:base', 'sha256:copy', 'sha256:run']
    },
    compressed: [1000, 20, 30],
    uncompressed: [2000, 0, 5, 3],
    exact: true
  }

  it('gives each instruction its layer, sizes, and whether its final-stage step was cached', () => {
    const steps = [
      step('builder 1/2', 'FROM busybox', true),
      step('builder 2/2', 'RUN echo hi > /b', false), // another stage: not this image's history
      step('final 1/3', 'FROM busybox', true),
      step('final 2/3', 'COPY --from=builder /out/a /a', true),
      step('final 3/3', 'RUN echo hi > /b', false)
    ]
    expect(historyRows(image, steps)).toEqual([
      {
        instruction: 'Imported from -',
        uncompressed: 2000,
        diffId: 'sha256:base',
        compressed: 1000
      },
      { instruction: 'ENV X=1', uncompressed: 0 },
      {
        instruction: 'COPY /out/a /a',
        uncompressed: 5,
        diffId: 'sha256:copy',
        compressed: 20,
        cached: true
      },
      {
        instruction: 'RUN echo hi > /b',
        uncompressed: 3,
        diffId: 'sha256:run',
        compressed: 30,
        cached: false
      }
    ])
  })

  it('leaves out uncompressed sizes that do not line up with the history', () => {
    const rows = historyRows({ ...image, uncompressed: [1, 2] }, [])
    expect(rows.every(row => row.uncompressed === undefined)).toBe(true)
    expect(rows.map(row => row.compressed)).toEqual([1000, undefined, 20, 30])
  })
})
