import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'

/** A compiled program's first bytes (ELF): what the action takes for the docker CLI. It cannot run. */
export const ELF_HEADER = Buffer.from('7f454c4602010100', 'hex')

/** A PATH whose first `docker` is an executable file of `content`, in a new folder `dir/name`. */
export function pathWithDocker(
  dir: string,
  name: string,
  content: string | Buffer,
  rest: string = process.env.PATH ?? ''
): string {
  const at = path.join(dir, name)
  mkdirSync(at)
  writeFileSync(path.join(at, 'docker'), content, { mode: 0o755 })
  return `${at}${path.delimiter}${rest}`
}
