import { describe, expect, it } from '@jest/globals'
import { computeAnnotations } from '../../src/meta/annotations.js'
import { DEFAULT_SEPARATORS, metadataOutputs, outputVariable } from '../../src/meta/outputs.js'
import { RuleError } from '../../src/meta/records.js'
import { refContext } from '../../src/meta/refs.js'
import { compute, NOW } from './support/events.js'

const ctx = refContext(
  {
    eventName: 'push',
    ref: 'refs/heads/dev',
    sha: '0123456789abcdef0123456789abcdef01234567',
    payload: {},
    prHeadSha: false,
    shortShaLength: ''
  },
  NOW
)
const oci = [
  { name: 'org.opencontainers.image.version', value: 'dev' },
  { name: 'org.opencontainers.image.title', value: 'hello' }
]

describe("computeAnnotations: metadata-action's annotations output", () => {
  it.each<[string, { name: string; value: string }[], string[], string[]]>([
    [
      'the OCI labels at the default level, sorted',
      [],
      ['manifest'],
      [
        'manifest:org.opencontainers.image.title=hello',
        'manifest:org.opencontainers.image.version=dev'
      ]
    ],
    [
      'each level of DOCKER_METADATA_ANNOTATIONS_LEVELS',
      [],
      ['manifest', 'index'],
      [
        'manifest:org.opencontainers.image.title=hello',
        'manifest:org.opencontainers.image.version=dev',
        'index:org.opencontainers.image.title=hello',
        'index:org.opencontainers.image.version=dev'
      ]
    ],
    [
      'a custom one over the OCI one, rendered',
      [{ name: 'org.opencontainers.image.title', value: 'app-{{branch}}' }],
      ['manifest'],
      [
        'manifest:org.opencontainers.image.title=app-dev',
        'manifest:org.opencontainers.image.version=dev'
      ]
    ],
    [
      'a custom one with its own level keeps it',
      [{ name: 'index:org.example.team', value: 'platform' }],
      ['manifest'],
      [
        'manifest:org.opencontainers.image.title=hello',
        'manifest:org.opencontainers.image.version=dev',
        'index:org.example.team=platform'
      ]
    ],
    [
      'a platform-scoped level',
      [{ name: 'manifest[linux/amd64]:x', value: '1' }],
      [],
      ['manifest[linux/amd64]:x=1']
    ]
  ])('%s', (_, custom, levels, expected) => {
    expect(computeAnnotations(oci, custom, levels, ctx)).toEqual(expected)
  })

  it('names the annotations input when a value cannot be rendered', () => {
    const render = () => computeAnnotations([], [{ name: 'a', value: '{{nope' }], ['manifest'], ctx)
    expect(render).toThrow(RuleError)
    expect(render).toThrow(/Input "annotations": "a=\{\{nope"/)
  })
})

describe('metadataOutputs', () => {
  const meta = compute('push-tag', { images: 'r.io/a', tags: 'type=semver,pattern={{version}}' })

  it('joins each list by its separator, and json has the annotations', () => {
    const outputs = Object.fromEntries(
      metadataOutputs(meta, { tags: ',', labels: ';', annotations: ' ' })
    )
    expect(outputs.tags).toBe('r.io/a:1.2.3,r.io/a:latest')
    expect(outputs['tag-names']).toBe('1.2.3,latest')
    expect(outputs.labels?.split(';')).toContain('org.opencontainers.image.version=1.2.3')
    expect(outputs.annotations?.split(' ')).toContain(
      'manifest:org.opencontainers.image.version=1.2.3'
    )
    expect((JSON.parse(outputs.json ?? '') as { annotations: string[] }).annotations).toEqual(
      meta.annotations
    )
  })

  it('sets the outputs in the order metadata-action documents them', () => {
    expect(metadataOutputs(meta, DEFAULT_SEPARATORS).map(([name]) => name)).toEqual([
      'version',
      'tags',
      'tag-names',
      'labels',
      'annotations',
      'json'
    ])
  })

  it.each([
    ['version', 'DOCKER_METADATA_OUTPUT_VERSION'],
    ['tag-names', 'DOCKER_METADATA_OUTPUT_TAG_NAMES'],
    ['annotations', 'DOCKER_METADATA_OUTPUT_ANNOTATIONS']
  ])('exports %s as %s', (output, variable) => {
    expect(outputVariable(output)).toBe(variable)
  })
})
