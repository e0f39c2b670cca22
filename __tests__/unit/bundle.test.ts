import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const dist = path.join(import.meta.dirname, '..', '..', 'dist')
const chunks = readdirSync(dist)
  .filter(name => name.endsWith('.js'))
  .map(name => ({ name, text: readFileSync(path.join(dist, name), 'utf8') }))

describe('the committed bundle', () => {
  it('has the stand-in for undici (src/bundle/undici.ts), not undici itself', () => {
    expect(chunks.some(chunk => chunk.text.includes('undici is not bundled with Hoist'))).toBe(true)
    // undici's own sources cite their issues and keep a debug log under their name.
    const undici = chunks.filter(chunk => /nodejs\/undici\/issues|undiciDebugLog/.test(chunk.text))
    expect(undici.map(chunk => chunk.name)).toEqual([])
  })
})
