import { describe, expect, it } from '@jest/globals'
import { pushedOutput, pushFailure, registryResults } from '../../src/registry/pushed.js'
import { registriesSection } from '../../src/report/registries.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const OTHER = `sha256:${'b'.repeat(64)}`

describe('registryResults', () => {
  const results = registryResults(
    [
      { tag: 'ghcr.io/o/app:1', registry: 'ghcr.io', outcome: 'pushed', attempts: 1 },
      { tag: 'ghcr.io/o/app:latest', registry: 'ghcr.io', outcome: 'pushed', attempts: 2 },
      {
        tag: 'r.io/app:1',
        registry: 'r.io',
        outcome: 'failed',
        attempts: 4,
        error: 'status: 503 Service Unavailable'
      },
      { tag: 'r.io/app:latest', registry: 'r.io', outcome: 'skipped', attempts: 0 }
    ],
    [`ghcr.io/o/app@${DIGEST}`, `docker.io/o/app@${OTHER}`]
  )

  it('groups tags by registry, with the digest and the outcome', () => {
    expect(results).toEqual([
      {
        registry: 'ghcr.io',
        tags: ['ghcr.io/o/app:1', 'ghcr.io/o/app:latest'],
        digest: DIGEST,
        outcome: 'pushed',
        attempts: 3
      },
      {
        registry: 'r.io',
        tags: ['r.io/app:1', 'r.io/app:latest'],
        outcome: 'failed',
        attempts: 4,
        error: 'status: 503 Service Unavailable'
      }
    ])
  })

  it('is the pushed output, keyed by registry', () => {
    expect(JSON.parse(pushedOutput(results))).toEqual({
      'ghcr.io': {
        tags: ['ghcr.io/o/app:1', 'ghcr.io/o/app:latest'],
        digest: DIGEST,
        outcome: 'pushed',
        attempts: 3
      },
      'r.io': {
        tags: ['r.io/app:1', 'r.io/app:latest'],
        outcome: 'failed',
        attempts: 4,
        error: 'status: 503 Service Unavailable'
      }
    })
    expect(pushedOutput([])).toBe('{}')
  })

  it('fails the run naming each registry that did not get the image', () => {
    expect(pushFailure(results)).toBe(
      'Push to r.io failed after 4 attempt(s): status: 503 Service Unavailable'
    )
    expect(pushFailure(results.slice(0, 1))).toBeUndefined()
  })

  it('renders a summary row per registry', () => {
    const md = registriesSection(results)
    expect(md).toContain('### Registries')
    expect(md).toContain(
      `| ghcr.io | \`ghcr.io/o/app:1\`<br>\`ghcr.io/o/app:latest\` | \`${DIGEST}\` | ✅ pushed (3 attempts) |`
    )
    expect(md).toContain(
      '| r.io | `r.io/app:1`<br>`r.io/app:latest` |  | ❌ failed (4 attempts): status: 503 Service Unavailable |'
    )
    expect(registriesSection([])).toBe('')
  })
})
