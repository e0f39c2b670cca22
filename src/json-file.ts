/** A JSON file that holds an object; undefined when it is missing, unreadable or something else. */
import { readFileSync } from 'node:fs'

export function readJsonObject<T extends object>(file: string): T | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return typeof parsed === 'object' && parsed !== null ? (parsed as T) : undefined
  } catch {
    return undefined
  }
}
