import { describe, expect, it } from '@jest/globals'
import { entryPlatform, isAttestation, splitIndex } from '../../src/engine/saved-index.js'
import type { ImageLayers } from '../../src/report/layers.js'
import { platformBudget, platformSizes, renderPlatforms } from '../../src/report/platforms.js'

/** An index as buildx pushes it with provenance: two images, two attestation manifests. */
const entries = [
  { digest: 'sha256:a', size: 1, platform: { os: 'linux', architecture: 'amd64' } },
  { digest: 'sha256:b', size: 1, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
  {
    digest: 'sha256:c',
    size: 1,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: {
      'vnd.docker.reference.type': 'attestation-manifest',
      'vnd.docker.reference.digest': 'sha256:a'
    }
  },
  { digest: 'sha256:d', size: 1, platform: { os: 'unknown', architecture: 'unknown' } }
]

function layers(sizes: number[], extra = 0): ImageLayers {
  const history = sizes.map((_, i) => ({ createdBy: `RUN step ${i}`, emptyLayer: false }))
  const diffIds = sizes.map((_, i) => `sha256:layer${i}`)
  if (extra) {
    history.push({ createdBy: 'RUN grow', emptyLayer: false })
    diffIds.push('sha256:grown')
  }
  return {
    config: { os: 'linux', architecture: 'amd64', history, diffIds },
    compressed: extra ? [...sizes, extra] : sizes,
    uncompressed: (extra ? [...sizes, extra] : sizes).map(size => size * 2),
    exact: true
  }
}

describe('an image index', () => {
  it('tells images from attestation manifests, which are never a platform', () => {
    expect(entries.map(isAttestation)).toEqual([false, false, true, true])
    const { images, attestations } = splitIndex(entries)
    expect(images.map(entryPlatform)).toEqual(['linux/amd64', 'linux/arm/v7'])
    expect(attestations).toBe(2)
  })
})

describe('platform sizes', () => {
  const base = { reference: 'r/app:main', layers: layers([1000, 500]) }
  const grown = platformSizes(
    { platform: 'linux/arm64', digest: 'sha256:b', layers: layers([1000, 500], 4000) },
    [],
    base
  )

  it('each platform: its compressed and uncompressed sizes and its change against the same platform', () => {
    expect(grown.compressedSize).toBe(5500)
    expect(grown.uncompressedSize).toBe(11000)
    expect(grown.comparison?.change).toBe(4000)
    const missing = platformSizes(
      { platform: 'linux/s390x', digest: 'sha256:x', layers: layers([10]) },
      [],
      { reference: 'r/app:main' }
    )
    expect(missing.comparison).toBeUndefined()
    expect(missing.comparisonNote).toBe('`r/app:main` has no linux/s390x image.')
  })

  it('each platform has the budget on its own, and the line names it', () => {
    const small = platformSizes(
      { platform: 'linux/amd64', digest: 'sha256:a', layers: layers([1000, 500]) },
      [],
      base
    )
    const lines = platformBudget({ check: 'fail', maxSize: 5000, maxIncrease: { bytes: 100 } }, [
      small,
      grown
    ])
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^linux\/arm64: The image is 5\.50 kB compressed, over max-size/)
    expect(lines[1]).toMatch(/^linux\/arm64: The image grew by 4\.00 kB/)
  })

  it('renders a row per platform, attestations apart, and each history folded', () => {
    const text = renderPlatforms({
      platforms: [grown],
      attestations: 2,
      budget: ['linux/arm64: over'],
      sizeCheck: 'warn'
    })
    expect(text).toContain('| `linux/arm64` | 5.50 kB | 11.0 kB | 3 | +4.00 kB |')
    expect(text).toContain('Attestations: 2 manifests (provenance, SBOM) beside the platforms')
    expect(text).toContain('> ⚠️ **Size budget exceeded.** linux/arm64: over')
    expect(text).toContain('<summary><b>linux/arm64</b>: history and comparison</summary>')
    expect(text).not.toContain('unknown')
  })
})
