#!/usr/bin/env node
// The action's own overhead, against the bare CLI doing the same job, on the
// engine of `npm run bench` (the `runner` profile unless HOIST_ENGINE_PROFILE
// says otherwise). Each case runs the bare command and the bundled action
// (main and post, as the runner runs them) in turn, BENCH_ROUNDS times (9)
// after one warm-up each; the medians give the ratios printed at the end.
//   cached     a fully cached build, pushed under two tags to one registry,
//              against the bare build with the action's OCI labels (the same
//              image: its `created` label is new each round, so is its config)
//              and without them (an image the registry holds: only its tags
//              put back, which the other sides move); beside it, the labelled
//              bare build followed by two empty node starts (main and post):
//              the floor of any JavaScript action with a post step
//   upload     a new 50 MB layer each round (built, then uploaded in full), with
//              the advice on (the default) and off
//   3 registries  the same upload to three registries, against one: on this
//              machine's loopback, where the registries' own work shares its
//              cores with the daemon's compression; and over links of
//              BENCH_LINK_MBPS (25 MB/s) per connection, as registries
//              elsewhere are reached (scripts/throttle.mjs)
//   advice     a cached build and push of a 100 MB image, advice on against off
// CPU is user + sys of the step's processes (node and the docker CLI it
// starts, not the daemon), from /usr/bin/time, per job (main + post).
// The layer cache's restore is measured by `npm run bench:cache`.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { ACTION_NODE, runAction } from './local-runner.mjs'
import { startThrottle } from './throttle.mjs'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9)
const UPLOAD_MB = Number(process.env.BENCH_UPLOAD_MB ?? 50)
const LINK_MBPS = Number(process.env.BENCH_LINK_MBPS ?? 25)
const registry = process.env.HOIST_REGISTRY
const registry2 = process.env.HOIST_REGISTRY_2
if (!registry || !registry2) throw new Error('HOIST_REGISTRY is not set: run `npm run bench`')
const buildx = (() => {
  try {
    execFileSync('docker', ['buildx', 'version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const work = mkdtempSync(path.join(tmpdir(), 'hoist-bench-'))
const registry3 = await startRegistry(path.join(work, 'registry3'))

function context(name, dockerfile) {
  const dir = path.join(work, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'Dockerfile'), dockerfile)
  return dir
}

const cachedContext = context(
  'cached',
  `FROM ${process.env.HOIST_BASE_IMAGE}\nRUN echo cached > /cached\n`
)
// A 100 MB image whose Dockerfile gives the advice something to measure.
const adviceContext = context(
  'advice',
  [
    `FROM ${process.env.HOIST_BASE_IMAGE}`,
    'RUN mkdir -p /var/lib/apt/lists /opt/app && \\',
    '    dd if=/dev/urandom of=/var/lib/apt/lists/main_binary-amd64_Packages bs=1M count=8 2>/dev/null && \\',
    '    for i in $(seq 1 200); do dd if=/dev/urandom of=/opt/app/lib$i.so bs=1k count=400 2>/dev/null; done',
    'RUN dd if=/dev/urandom of=/opt/app/data.bin bs=1M count=12 2>/dev/null',
    'USER 1000',
    ''
  ].join('\n')
)
const uploadContext = context(
  'upload',
  [
    `FROM ${process.env.HOIST_BASE_IMAGE}`,
    'ARG ROUND=0',
    `RUN echo "$ROUND" > /round && dd if=/dev/urandom of=/data bs=1M count=${UPLOAD_MB} 2>/dev/null`,
    ''
  ].join('\n')
)

/**
 * The OCI labels the action gives the image (labels.ts), `created` now: the
 * bare CLI with these builds the same image, a new config each round.
 */
function ociLabels() {
  const source = 'https://github.com/octo-org/hoist-demo'
  return Object.entries({
    created: new Date().toISOString(),
    description: '',
    licenses: '',
    revision: '0123456789abcdef0123456789abcdef01234567',
    source,
    title: 'hoist-demo',
    url: source,
    version: '1'
  }).map(([key, value]) => `org.opencontainers.image.${key}=${value}`)
}

/** The bare CLI: what a workflow would run by hand for the same result. */
function bare(cwd, tags, buildArgs = [], labels = []) {
  const args = buildx
    ? ['buildx', 'build', '--push', '--progress=plain']
    : ['build', '--progress=plain']
  for (const arg of buildArgs) args.push('--build-arg', arg)
  for (const label of labels) args.push('--label', label)
  for (const tag of tags) args.push('--tag', tag)
  const env = buildx ? process.env : { ...process.env, DOCKER_BUILDKIT: '1' }
  return timed(['docker', ...args, cwd], env).then(async first => {
    if (buildx) return first
    let total = first
    for (const tag of tags) total = add(total, await timed(['docker', 'push', tag], process.env))
    return total
  })
}

/** The bundled action, main then post, each under /usr/bin/time for its CPU. */
async function hoist(cwd, tags, buildArgs = [], inputs = {}) {
  const cpuFile = path.join(work, 'cpu')
  writeFileSync(cpuFile, '')
  const start = performance.now()
  const result = await runAction({
    cwd,
    inputs: { tags: tags.join('\n'), push: 'true', 'build-args': buildArgs.join('\n'), ...inputs },
    wrapper: ['/usr/bin/time', '-a', '-o', cpuFile, '-f', '%U %S']
  })
  const ms = performance.now() - start
  if (result.exitCode !== 0 || result.post?.exitCode !== 0) {
    throw new Error(`the action failed:\n${result.log}${result.post?.log ?? ''}`)
  }
  const cpu = readFileSync(cpuFile, 'utf8')
    .trim()
    .split('\n')
    .flatMap(line => line.split(' ').map(Number))
    .reduce((sum, seconds) => sum + seconds, 0)
  return { ms, cpu }
}

function timed([command, ...args], env) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn('/usr/bin/time', ['-f', '%U %S', command, ...args], {
      env,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('close', code => {
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} failed:\n${stderr}`))
      const [user, sys] = stderr.trim().split('\n').at(-1).split(' ').map(Number)
      resolve({ ms: performance.now() - start, cpu: user + sys })
    })
  })
}

const add = (a, b) => ({ ms: a.ms + b.ms, cpu: a.cpu + b.cpu })
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Runs each side of a case in turn, ROUNDS times after a warm-up; returns the medians. */
async function compare(name, sides) {
  const times = Object.fromEntries(Object.keys(sides).map(side => [side, []]))
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [side, run] of Object.entries(sides)) {
      const result = await run(round)
      if (round > 0) times[side].push(result)
    }
  }
  const medians = Object.fromEntries(
    Object.entries(times).map(([side, results]) => [
      side,
      { ms: median(results.map(r => r.ms)), cpu: median(results.map(r => r.cpu)) }
    ])
  )
  console.log(`\n${name}: median of ${ROUNDS} rounds`)
  for (const [side, { ms, cpu }] of Object.entries(medians)) {
    const all = times[side].map(r => r.ms.toFixed(0)).join(', ')
    console.log(
      `  ${side.padEnd(28)} ${(ms / 1000).toFixed(2)} s, CPU ${cpu.toFixed(2)} s   (${all} ms)`
    )
  }
  return medians
}

const fresh = name => `${name}/bench/${path.basename(work).toLowerCase()}`
// Unique to this run too: an engine kept from an earlier run has its rounds' layers cached.
let uploadRound = 0
const nextRound = () => [`ROUND=${path.basename(work)}-${++uploadRound}`]

const cachedTags = [`${registry}/bench/cached:1`, `${registry}/bench/cached:2`]
const cached = await compare('cached build + push, 2 tags', {
  'bare CLI': () => bare(cachedContext, cachedTags),
  // The same image as the action's: its labels, so a new config and manifest to push.
  'bare CLI, same labels': () => bare(cachedContext, cachedTags, [], ociLabels()),
  // The least any JavaScript action with a post step adds: the runner starts node twice.
  'bare CLI + node twice': async () => {
    const build = await bare(cachedContext, cachedTags, [], ociLabels())
    const main = await timed([ACTION_NODE, '-e', ''], process.env)
    return add(add(build, main), await timed([ACTION_NODE, '-e', ''], process.env))
  },
  hoist: () => hoist(cachedContext, cachedTags)
})
const upload = await compare(`a new ${UPLOAD_MB} MB layer, built and uploaded`, {
  'bare CLI': () => bare(uploadContext, [`${fresh(registry)}-bare:1`], nextRound()),
  hoist: () => hoist(uploadContext, [`${fresh(registry)}-hoist:1`], nextRound()),
  // The advice lists the new layer's files from `docker save`, beside the push.
  'hoist, advice: false': () =>
    hoist(uploadContext, [`${fresh(registry)}-quiet:1`], nextRound(), { advice: 'false' })
})
const three = await compare(`the same, to three registries`, {
  'hoist, one registry': () => hoist(uploadContext, [`${fresh(registry)}-one:1`], nextRound()),
  'hoist, three registries': () =>
    hoist(
      uploadContext,
      [registry, registry2, registry3.host].map(r => `${fresh(r)}-three:1`),
      nextRound()
    )
})

const links = await Promise.all(
  [registry, registry2, registry3.host].map(host => startThrottle(host, LINK_MBPS * 1e6))
)
const [link1, link2, link3] = links.map(link => link.host)
const linked = await compare(`the same over links of ${LINK_MBPS} MB/s`, {
  'hoist, one registry': () => hoist(uploadContext, [`${fresh(link1)}-one:1`], nextRound()),
  'hoist, three registries': () =>
    hoist(
      uploadContext,
      [link1, link2, link3].map(r => `${fresh(r)}-three:1`),
      nextRound()
    )
})
for (const link of links) link.stop()

const advice = await compare('advice on a cached build + push of a 100 MB image', {
  'advice: false': () =>
    hoist(adviceContext, [`${registry}/bench/advice:1`], [], { advice: 'false' }),
  'advice: true': () => hoist(adviceContext, [`${registry}/bench/advice:1`], [], { advice: 'true' })
})

const ratio = (a, b) => (a / b).toFixed(2)
console.log('\nratios (goal in brackets)')
const sameImage = cached['bare CLI, same labels'].ms
console.log(
  `  cached, hoist ÷ bare CLI:        ${ratio(cached.hoist.ms, sameImage)}  (≤ 1.5; the bare build with the same labels)`
)
console.log(
  `  cached, floor ÷ bare CLI:        ${ratio(cached['bare CLI + node twice'].ms, sameImage)}  (node's two starts alone)`
)
console.log(
  `  cached, hoist ÷ bare, no labels: ${ratio(cached.hoist.ms, cached['bare CLI'].ms)}  (an image the registry holds: only its two tags put back)`
)
console.log(
  `  upload, hoist ÷ bare CLI:        ${ratio(upload.hoist.ms, upload['bare CLI'].ms)}  (≤ 1.1)`
)
console.log(
  `  upload, advice off ÷ bare CLI:   ${ratio(upload['hoist, advice: false'].ms, upload['bare CLI'].ms)}`
)
console.log(
  `  three registries ÷ one:          ${ratio(three['hoist, three registries'].ms, three['hoist, one registry'].ms)}  (≤ 1.2; on loopback)`
)
console.log(
  `  ${`the same over ${LINK_MBPS} MB/s links:`.padEnd(32)} ${ratio(linked['hoist, three registries'].ms, linked['hoist, one registry'].ms)}  (≤ 1.2)`
)
console.log(
  `  hoist's own CPU, cached job:     ${(cached.hoist.cpu - cached['bare CLI'].cpu).toFixed(2)} s ` +
    `(${cached.hoist.cpu.toFixed(2)} s with the docker CLI it runs, against ${cached['bare CLI'].cpu.toFixed(2)} s bare)  (< 0.4)`
)
console.log(
  `  advice on ÷ off:                 ${ratio(advice['advice: true'].ms, advice['advice: false'].ms)}  (≤ 1.1)`
)
registry3.stop()

/** A third open registry on a free loopback port, for the three-registry case. */
async function startRegistry(dir) {
  mkdirSync(path.join(dir, 'data'), { recursive: true })
  const port = await new Promise(resolve => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
  writeFileSync(
    path.join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log: {level: error}',
      `storage: {filesystem: {rootdirectory: ${dir}/data}}`,
      `http: {addr: 127.0.0.1:${port}}`,
      ''
    ].join('\n')
  )
  const child = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], {
    stdio: 'ignore'
  })
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/v2/`)
      break
    } catch {
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
  return { host: `127.0.0.1:${port}`, stop: () => child.kill() }
}
