// The action's own overhead: a fully cached build and push through the bundled
// action (main and post, as the runner runs them), against the same
// `docker build` + `docker push` run directly. Run with `npm run bench`
// (scripts/with-engine.sh provides the engine and registry).
//
// Each side runs ROUNDS times, alternating, after one warm-up; the medians
// give the ratio printed at the end.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { runAction } from './local-runner.mjs'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7)
const registry = process.env.HOIST_REGISTRY
if (!registry) throw new Error('HOIST_REGISTRY is not set: run `npm run bench`')

const context = 'examples/hello'
const tag = `${registry}/bench/hello:latest`
const iidFile = path.join(mkdtempSync(path.join(tmpdir(), 'hoist-bench-')), 'iid')

function direct() {
  // The same build the action runs for the docker driver, then the push.
  execFileSync(
    'docker',
    [
      'build',
      '--progress=plain',
      '--iidfile',
      iidFile,
      '--file',
      `${context}/Dockerfile`,
      '--tag',
      tag,
      context
    ],
    { env: { ...process.env, DOCKER_BUILDKIT: '1' }, stdio: 'ignore' }
  )
  execFileSync('docker', ['push', tag], { stdio: 'ignore' })
}

async function action() {
  const result = await runAction({ inputs: { context, tags: tag, push: 'true' } })
  if (result.exitCode !== 0 || result.post?.exitCode !== 0) {
    throw new Error(`the action failed:\n${result.log}${result.post?.log ?? ''}`)
  }
}

async function time(fn) {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

await action() // warm-up: every layer built, cached and pushed
direct()
const directTimes = []
const actionTimes = []
for (let i = 0; i < ROUNDS; i++) {
  directTimes.push(await time(direct))
  actionTimes.push(await time(action))
}
const d = median(directTimes)
const a = median(actionTimes)
const fmt = ms => `${ms.toFixed(0)} ms`
console.log(`cached build + push, median of ${ROUNDS} rounds`)
console.log(`  docker build + docker push: ${fmt(d)}   (${directTimes.map(fmt).join(', ')})`)
console.log(`  hoist (main + post):        ${fmt(a)}   (${actionTimes.map(fmt).join(', ')})`)
console.log(
  `  overhead: ${fmt(a - d)}, ratio ${(a / d).toFixed(2)} (+${((a / d - 1) * 100).toFixed(1)}%)`
)
