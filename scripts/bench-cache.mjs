#!/usr/bin/env node
// The layer cache, measured: on a Dockerfile whose builder stage has a slow
// step (seconds of real CPU work, tens of MB of output) and whose last step
// changes every run, time the action's main step, BENCH_ROUNDS times (3):
//   1. cold: a fresh engine (images and build cache wiped), an empty cache;
//   2. restored: the engine wiped again, the cache restored from run 1;
//   3. warm: the same rebuild on a daemon that still has its build cache
//      (Hoist's cache off: what a long-lived runner would do);
// then ten successive builds, each with a changed last step, and the stored
// cache's size after them. The ratios are each round's, and their median.
// It wipes the engine: run it with its own HOIST_ENGINE_DIR (npm run
// bench:cache does).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startCacheService } from '../__tests__/e2e/support/cache-service.mjs'
import { runAction } from './local-runner.mjs'

const MEGABYTES = Number(process.env.BENCH_MEGABYTES || 40)
const HASH_ROUNDS = Number(process.env.BENCH_HASH_ROUNDS || 40)
const BASE = process.env.HOIST_BASE_IMAGE || 'local/busybox:1'

const docker = (...args) =>
  execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

function wipeEngine() {
  const base = docker('image', 'inspect', '--format', '{{.Id}}', BASE)
  const ids = docker('image', 'ls', '--all', '--quiet', '--no-trunc')
    .split('\n')
    .filter(id => id && id !== base)
  if (ids.length) docker('image', 'rm', '--force', ...new Set(ids))
  docker('builder', 'prune', '--all', '--force')
  // A fresh runner's disk owes no writes: flush the last run's (hundreds of MB
  // of layers and archives), or the next run would pay for them.
  execFileSync('sync')
}

const cwd = mkdtempSync(path.join(tmpdir(), 'hoist-bench-'))
const runnerTemp = mkdtempSync(path.join(tmpdir(), 'hoist-bench-runner-temp-'))
writeFileSync(
  path.join(cwd, 'Dockerfile'),
  [
    `FROM ${BASE} AS builder`,
    `RUN dd if=/dev/urandom of=/blob bs=1M count=${MEGABYTES} 2>/dev/null && ` +
      `for i in $(seq ${HASH_ROUNDS}); do busybox sha256sum /blob >/dev/null; done`,
    `FROM ${BASE}`,
    'COPY --from=builder /blob /blob',
    'ARG RUN_ID=0',
    'RUN echo "$RUN_ID" > /run-id',
    ''
  ].join('\n')
)

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

let service
let run = 0

/** What a restore may download: the newest images entry, and every stage's own layers. */
function cacheSize() {
  const entries = service.entries()
  const images = entries.filter(entry => !entry.key.includes('-layers-')).at(-1)?.size ?? 0
  const layers = entries.filter(entry => entry.key.includes('-layers-'))
  return images + layers.reduce((total, entry) => total + entry.size, 0)
}
/** Times the main step (build and push: what the job's next steps wait for) and the post step. */
async function timedRun(label, cache = 'read-write') {
  run++
  const result = await runAction({
    cwd,
    sha: String(run % 10).repeat(40),
    inputs: { tags: 'bench/cache:latest', 'build-args': `RUN_ID=${run}`, cache },
    env: { ...service.env, GITHUB_RUN_ID: String(run) },
    // One runner: the cache's directory, part of its version, is the same path each run.
    runnerTemp
  })
  if (result.exitCode !== 0 || result.post?.exitCode !== 0) {
    throw new Error(`${label} failed:\n${result.log}${result.post?.log ?? ''}`)
  }
  const main = result.seconds
  const post = result.post?.seconds ?? 0
  const cached = /\| Steps cached \| (\d+ of \d+) \|/.exec(result.summary)?.[1] ?? '?'
  console.log(
    `${label.padEnd(34)} main ${main.toFixed(1).padStart(5)} s  + post (cache save) ` +
      `${post.toFixed(1).padStart(4)} s   steps cached: ${cached}`
  )
  return { main, total: main + post }
}

try {
  console.log(
    `Dockerfile: builder stage writes ${MEGABYTES} MB of random data and hashes it ` +
      `${HASH_ROUNDS} times; the last step changes every run. ${ROUNDS} rounds.\n`
  )
  const rounds = []
  for (let round = 1; round <= ROUNDS; round++) {
    await service?.close()
    service = await startCacheService() // empty: the cold build finds no cache
    wipeEngine()
    const cold = await timedRun(`${round}.1 cold (fresh engine, no cache)`)
    wipeEngine()
    const restored = await timedRun(`${round}.2 fresh engine, cache restored`)
    const warm = await timedRun(`${round}.3 warm daemon (Hoist cache off)`, 'off')
    rounds.push({ cold, restored, warm })
  }
  const firstSize = cacheSize()
  for (let i = 1; i <= 10; i++) await timedRun(`    successive build ${i}/10`)
  const lastSize = cacheSize()
  const mb = bytes => `${(bytes / 1e6).toFixed(1)} MB`
  const ratios = (a, b, part) => rounds.map(r => r[a][part] / r[b][part])
  const shown = values =>
    `${median(values).toFixed(2)}x`.padEnd(7) + `(${values.map(v => v.toFixed(2)).join(', ')})`
  console.log('')
  console.log(`median of ${ROUNDS} rounds (each round's ratio in brackets)`)
  console.log(
    `cold / restored, main step:          ${shown(ratios('cold', 'restored', 'main'))}   aim: at least 5x`
  )
  console.log(`cold / restored, main + post:        ${shown(ratios('cold', 'restored', 'total'))}`)
  console.log(
    `restored / warm daemon, main step:   ${shown(ratios('restored', 'warm', 'main'))}   aim: within 1.5x`
  )
  console.log(`restored / warm daemon, main + post: ${shown(ratios('restored', 'warm', 'total'))}`)
  console.log(
    `cache size: ${mb(firstSize)} after the last restored build, ${mb(lastSize)} after ten more ` +
      `(${(lastSize / firstSize).toFixed(2)}x; aim: at most 1.5x)`
  )
} finally {
  await service?.close()
}
