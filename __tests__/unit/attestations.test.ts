import { describe, expect, it } from '@jest/globals'
import {
  attestationArgs,
  attestationContext,
  attestationsFor,
  checkAttestations,
  type AttestationInputs
} from '../../src/engine/attestations.js'
import { readContext } from '../../src/context.js'
import { engines } from './support/engines.js'

const none: AttestationInputs = { provenance: '', sbom: '', attests: [] }
const RUN = 'https://github.com/o/r/actions/runs/7/attempts/1'
const pushPublic = { pushes: true, privateRepository: false, builderId: RUN, noDefaults: false }

describe('attestationArgs: build-push-action’s inputs and defaults', () => {
  it.each<[string, AttestationInputs, Partial<typeof pushPublic>, string[]]>([
    ['a public push: max provenance', none, {}, [`--provenance=mode=max,builder-id=${RUN}`]],
    [
      'a private push: min provenance, inline only',
      none,
      { privateRepository: true },
      [`--provenance=mode=min,inline-only=true,builder-id=${RUN}`]
    ],
    ['no push: no default', none, { pushes: false }, []],
    ['BUILDX_NO_DEFAULT_ATTESTATIONS: no default', none, { noDefaults: true }, []],
    ['provenance: false', { ...none, provenance: 'false' }, {}, ['--provenance=false']],
    ['provenance: true', { ...none, provenance: 'true' }, {}, [`--provenance=builder-id=${RUN}`]],
    [
      'provenance attributes keep their own builder-id',
      { ...none, provenance: 'mode=max,builder-id=x' },
      {},
      ['--provenance=mode=max,builder-id=x']
    ],
    [
      'outside a run: no builder-id',
      { ...none, provenance: 'true' },
      { builderId: '' },
      ['--provenance=true']
    ],
    [
      'sbom, with the default provenance',
      { ...none, sbom: 'true' },
      {},
      [`--provenance=mode=max,builder-id=${RUN}`, '--sbom=true']
    ],
    [
      'an attest of type provenance replaces the default',
      { ...none, attests: ['type=provenance,mode=min', 'type=sbom'] },
      {},
      ['--attest', 'type=provenance,mode=min', '--attest', 'type=sbom']
    ]
  ])('%s', (_name, inputs, context, args) => {
    expect(attestationArgs(inputs, { ...pushPublic, ...context })).toEqual(args)
  })
})

describe('attestations and the engine', () => {
  it('an engine that keeps no attestation gets no argument, not even the default', () => {
    expect(attestationsFor(none, engines.runner, pushPublic)).toEqual([])
    expect(attestationsFor(none, engines.legacy, pushPublic)).toEqual([])
    expect(attestationsFor(none, engines.containerd, pushPublic)).toHaveLength(1)
  })

  it.each([
    [{ ...none, provenance: 'mode=max' }, 'provenance'],
    [{ ...none, sbom: 'true' }, 'sbom'],
    [{ ...none, attests: ['type=sbom'] }, 'attests']
  ])(
    'asking one of an engine that cannot keep it names the input and the fix (%#)',
    (inputs, input) => {
      expect(() => checkAttestations(inputs, engines.runner)).toThrow(
        new RegExp(
          `^Input "${input}": .* cannot keep attestations .*setup-buildx-action.*containerd image store.*set ${input} to false`
        )
      )
    }
  )

  it('false, or nothing, is fine everywhere', () => {
    expect(() =>
      checkAttestations({ ...none, provenance: 'false', sbom: 'false' }, engines.legacy)
    ).not.toThrow()
    expect(() =>
      checkAttestations({ ...none, provenance: 'true' }, engines.containerd)
    ).not.toThrow()
  })

  it('the run gives the builder id and the repository’s visibility', () => {
    const run = {
      ...readContext({}),
      repository: 'o/r',
      runId: '7',
      payload: { repository: { private: true } }
    }
    expect(attestationContext(run, true, { GITHUB_RUN_ATTEMPT: '2' })).toEqual({
      pushes: true,
      privateRepository: true,
      builderId: 'https://github.com/o/r/actions/runs/7/attempts/2',
      noDefaults: false
    })
  })
})
