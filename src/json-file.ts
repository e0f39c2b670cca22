/**
 * A JSON file, or JSON text, that holds an object; undefined when it is
 * missing, unreadable or something else.
 */
import { readFileSync } from 'node:fs'

export function readJsonObject<T extends object>(file: string): T | undefined {
  try {
    return parseJsonObject<T>(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

export function parseJsonObject<T extends object>(text: string): T | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? (parsed as T) : undefined
  } catch {
    return undefined
  }
}
