import { describe, expect, it } from '@jest/globals'
import { parseImageReference } from '../../src/registry/reference.js'

describe('parseImageReference', () => {
  it.each([
    ['alpine', { registry: 'docker.io', repository: 'library/alpine', name: 'alpine' }],
    [
      'user/app:1.2',
      { registry: 'docker.io', repository: 'user/app', name: 'user/app', tag: '1.2' }
    ],
    [
      'docker.io/user/app',
      { registry: 'docker.io', repository: 'user/app', name: 'docker.io/user/app' }
    ],
    ['index.docker.io/library/x:y', { registry: 'docker.io', repository: 'library/x', tag: 'y' }],
    ['ghcr.io/o/a/b:v1', { registry: 'ghcr.io', repository: 'o/a/b', tag: 'v1' }],
    ['localhost:5000/a:b', { registry: 'localhost:5000', repository: 'a', tag: 'b' }],
    ['localhost/a', { registry: 'localhost', repository: 'a' }],
    ['127.0.0.1:5000/a_b.c-d__e', { registry: '127.0.0.1:5000', repository: 'a_b.c-d__e' }],
    ['[::1]:5000/a', { registry: '[::1]:5000', repository: 'a' }],
    [
      `r.io/a@sha256:${'a'.repeat(64)}`,
      { registry: 'r.io', repository: 'a', digest: `sha256:${'a'.repeat(64)}` }
    ],
    ['r.io/a:t@sha256:' + 'b'.repeat(64), { repository: 'a', tag: 't' }],
    [
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:x',
      { registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com' }
    ],
    ['r.io/a:' + 'x'.repeat(128), { tag: 'x'.repeat(128) }]
  ])('%s', (reference, expected) => {
    expect(parseImageReference(reference)).toMatchObject(expected)
  })

  it.each([
    ['', /empty/],
    [' app', /spaces around/],
    ['app:1 2', /white space/],
    ['User/app', /lower case/],
    ['r.io/App', /lower case/],
    ['r.io/app:-x', /tag "-x" is not valid/],
    ['r.io/app:.x', /tag ".x" is not valid/],
    ['r.io/app:' + 'x'.repeat(129), /is not valid/],
    ['r.io/a//b', /empty component/],
    ['r.io/a-', /"a-" is not a valid/],
    ['r.io/a@sha256:short', /not a valid digest/],
    ['bad_host.io:x/a', /not a valid registry host/]
  ])('rejects %p', (reference, reason) => {
    expect(() => parseImageReference(reference)).toThrow(reason)
  })
})
