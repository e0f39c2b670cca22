// The action's own overhead: a fully cached build and push through the bundled
// action (main and post, as the runner runs them), against the same
// `docker build` + `docker push` run directly. Run with `npm run bench`
// (scripts/with-engine.sh provides the engine and registry).
//
// Each side runs ROUNDS times, alternating, after one warm-up; the medians
// give the ratio printed at the end.
//
// The advice case (`node scripts/bench.mjs advice` for it alone): the same
// cached build and push of a 100 MB image through the action, with `advice`
// on and off, interleaved; the ratio is what reading the image's files costs.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
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

async function overhead() {
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
  console.log(`cached build + push, median of ${ROUNDS} rounds`)
  console.log(`  docker build + docker push: ${fmt(d)}   (${directTimes.map(fmt).join(', ')})`)
  console.log(`  hoist (main + post):        ${fmt(a)}   (${actionTimes.map(fmt).join(', ')})`)
  console.log(
    `  overhead: ${fmt(a - d)}, ratio ${(a / d).toFixed(2)} (+${((a / d - 1) * 100).toFixed(1)}%)`
  )
}

/** A 100 MB image whose Dockerfile gives the advice something to measure. */
function adviceContext() {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-bench-advice-'))
  writeFileSync(
    path.join(dir, 'Dockerfile'),
    [
      `FROM ${process.env.HOIST_BASE_IMAGE ?? 'local/busybox:1'}`,
      'RUN mkdir -p /var/lib/apt/lists /opt/app && \\',
      '    dd if=/dev/urandom of=/var/lib/apt/lists/main_binary-amd64_Packages bs=1M count=8 2>/dev/null && \\',
      '    for i in $(seq 1 200); do dd if=/dev/urandom of=/opt/app/lib$i.so bs=1k count=400 2>/dev/null; done',
      'RUN dd if=/dev/urandom of=/opt/app/data.bin bs=1M count=12 2>/dev/null',
      'COPY . /src',
      'USER 1000',
      ''
    ].join('\n')
  )
  return dir
}

async function adviceCase() {
  const cwd = adviceContext()
  const adviceTag = `${registry}/bench/advice:latest`
  const run = advice => async () => {
    const result = await runAction({ cwd, inputs: { tags: adviceTag, push: 'true', advice } })
    if (result.exitCode !== 0 || result.post?.exitCode !== 0) {
      throw new Error(`the action failed:\n${result.log}${result.post?.log ?? ''}`)
    }
  }
  const on = run('true')
  const off = run('false')
  await on() // warm-up: every layer built, cached and pushed
  const offTimes = []
  const onTimes = []
  for (let i = 0; i < ROUNDS; i++) {
    offTimes.push(await time(off))
    onTimes.push(await time(on))
  }
  const size = execFileSync('docker', ['image', 'inspect', '--format', '{{.Size}}', adviceTag], {
    encoding: 'utf8'
  }).trim()
  const a = median(offTimes)
  const b = median(onTimes)
  console.log(
    `advice on a cached build + push of a ${(Number(size) / 1e6).toFixed(0)} MB image, median of ${ROUNDS} rounds`
  )
  console.log(`  advice: false: ${fmt(a)}   (${offTimes.map(fmt).join(', ')})`)
  console.log(`  advice: true:  ${fmt(b)}   (${onTimes.map(fmt).join(', ')})`)
  console.log(
    `  advice adds ${fmt(b - a)}, ratio ${(b / a).toFixed(2)} (+${((b / a - 1) * 100).toFixed(1)}%)`
  )
}

const fmt = ms => `${ms.toFixed(0)} ms`
const only = process.argv[2]
if (only !== 'advice') await overhead()
if (!only || only === 'advice') await adviceCase()
