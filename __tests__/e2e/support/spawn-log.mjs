/**
 * Preloaded into the action (`node --import`) by countingSpawns in
 * fast-path.test.ts: writes down each program the action starts, at its
 * start and its end, to HOIST_SPAWN_LOG (`start ARGV`, `end ARGV`). It
 * changes nothing the action sees: PATH and the programs are its own.
 */
import childProcess from 'node:child_process'
import { appendFileSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import path from 'node:path'
import process from 'node:process'

const log = process.env.HOIST_SPAWN_LOG ?? ''
const spawn = childProcess.spawn
childProcess.spawn = function (command, args, ...rest) {
  const argv = [
    path.basename(String(command)),
    ...(Array.isArray(args) ? args.map(String) : [])
  ].join(' ')
  appendFileSync(log, `start ${argv}\n`)
  const child = spawn.call(this, command, args, ...rest)
  child.on('exit', () => appendFileSync(log, `end ${argv}\n`))
  return child
}
// The action imports spawn as an ES module's export: it sees the one above.
syncBuiltinESMExports()
