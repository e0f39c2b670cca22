import { describe, expect, it } from '@jest/globals'
import {
  parseBoolean,
  parseCount,
  parseKeyValue,
  parseLabel,
  parseList
} from '../../src/input-values.js'

describe('parseList', () => {
  it('splits lines, trims, drops blanks and comment lines', () => {
    expect(parseList(' a \n\n# note\n  b=c # kept\n')).toEqual(['a', 'b=c # kept'])
  })
  it('splits commas only when asked', () => {
    expect(parseList('a,b\nc', { commas: true })).toEqual(['a', 'b', 'c'])
    expect(parseList('A=1,2')).toEqual(['A=1,2'])
  })
})

describe('parseKeyValue', () => {
  it('splits at the first =', () => {
    expect(parseKeyValue('build-args', 'URL=a=b')).toEqual({ name: 'URL', value: 'a=b' })
    expect(parseKeyValue('build-args', 'EMPTY=')).toEqual({ name: 'EMPTY', value: '' })
  })
  it.each(['NAME', '=value'])('names the input for %p', line => {
    expect(() => parseKeyValue('build-args', line)).toThrow(
      `Input "build-args": "${line}" is not of the form NAME=value`
    )
  })
})

describe('parseLabel', () => {
  it.each([
    ['org.example.flag', { name: 'org.example.flag', value: '' }],
    ['org.example.empty=', { name: 'org.example.empty', value: '' }],
    ['org.example.url=a=b', { name: 'org.example.url', value: 'a=b' }]
  ])('reads %p as docker build --label does', (line, label) => {
    expect(parseLabel(line)).toEqual(label)
  })
  it('names the input for a line without a key', () => {
    expect(() => parseLabel('=value')).toThrow('Input "labels": "=value" is not of the form')
  })
})

describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['', true]
  ])('%p', (raw, expected) => {
    expect(parseBoolean('push', raw, true)).toBe(expected)
  })
  it('names the input and the value', () => {
    expect(() => parseBoolean('push', 'maybe', false)).toThrow(
      'Input "push": "maybe" is not a boolean'
    )
  })
})

describe('parseCount', () => {
  it.each([
    ['', 3],
    ['0', 0],
    [' 10 ', 10]
  ])('%p', (raw, expected) => {
    expect(parseCount('retries', raw, 3)).toBe(expected)
  })
  it.each(['-1', '2.5', 'three', '11'])('names the input and the value for %p', raw => {
    expect(() => parseCount('retries', raw, 3)).toThrow(
      `Input "retries": "${raw}" is not a whole number from 0 to 10`
    )
  })
})
