import { describe, expect, it } from '@jest/globals'
import { registryKind } from '../../src/registry/kinds.js'

describe('registryKind', () => {
  it.each([
    ['docker.io', { kind: 'docker-hub' }],
    ['index.docker.io', { kind: 'docker-hub' }],
    ['registry-1.docker.io', { kind: 'docker-hub' }],
    ['ghcr.io', { kind: 'ghcr' }],
    ['GHCR.IO', { kind: 'ghcr' }],
    ['public.ecr.aws', { kind: 'ecr-public', region: 'us-east-1' }],
    [
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      { kind: 'ecr', accountId: '123456789012', region: 'eu-west-1' }
    ],
    [
      '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn',
      { kind: 'ecr', accountId: '123456789012', region: 'cn-north-1' }
    ],
    [
      '123456789012.dkr-ecr.us-east-2.on.aws',
      { kind: 'ecr', accountId: '123456789012', region: 'us-east-2' }
    ],
    [
      '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com',
      { kind: 'ecr', accountId: '123456789012', region: 'us-gov-west-1' }
    ],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com:5000',
      { kind: 'ecr', accountId: '123456789012', region: 'us-east-1' }
    ],
    ['gcr.io', { kind: 'gcr' }],
    ['eu.gcr.io', { kind: 'gcr' }],
    ['europe-west4-docker.pkg.dev', { kind: 'artifact-registry', region: 'europe-west4' }],
    ['us-docker.pkg.dev', { kind: 'artifact-registry', region: 'us' }],
    ['localhost:5000', { kind: 'generic' }],
    ['registry.example.com', { kind: 'generic' }],
    ['12345.dkr.ecr.us-east-1.amazonaws.com', { kind: 'generic' }], // not 12 digits
    ['notgcr.io', { kind: 'generic' }],
    ['[::1]:5000', { kind: 'generic' }]
  ])('%s', (host, expected) => {
    expect(registryKind(host)).toEqual({ host, ...expected })
  })
})
