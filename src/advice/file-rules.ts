/**
 * Advice measured on the image's files: package-manager caches left in a
 * layer, files a later layer deletes or overwrites, and toolchains in the
 * final image. Pure.
 */
import { formatBytes } from '../report/format.js'
import { largest, type FileSize, type Finding } from './finding.js'
import type { FileEntry } from './image-files.js'
import type { Instruction } from '../dockerfile/instructions.js'
import type { WasteAnalysis, WastedFile } from './waste.js'

/** Less than this is noise (lock files, a package database rewritten). */
export const MIN_BYTES = 4096
/** A toolchain worth a stage of its own. */
export const MIN_TOOLCHAIN_BYTES = 1_000_000

const HOME = '(?:root|home/[^/]+)'

interface Pattern {
  readonly name: string
  readonly pattern: RegExp
  readonly fix: string
}

const CACHES: readonly Pattern[] = [
  {
    name: 'apt package lists',
    pattern: /^var\/lib\/apt\/lists\/(?!lock$|partial$|auxfiles$)./,
    fix: 'end the same RUN with `rm -rf /var/lib/apt/lists/*`'
  },
  {
    name: 'apt package cache',
    pattern: /^var\/cache\/apt\/./,
    fix: 'run `apt-get clean` in the same RUN'
  },
  {
    name: 'apk package cache',
    pattern: /^(?:var\/cache\/apk|etc\/apk\/cache)\/./,
    fix: 'use `apk add --no-cache`'
  },
  { name: 'yum cache', pattern: /^var\/cache\/yum\/./, fix: 'run `yum clean all` in the same RUN' },
  {
    name: 'dnf cache',
    pattern: /^var\/cache\/(?:dnf|libdnf5)\/./,
    fix: 'run `dnf clean all` in the same RUN'
  },
  {
    name: 'npm cache',
    pattern: new RegExp(`^${HOME}/\\.npm/.`),
    fix: 'run `npm cache clean --force` in the same RUN, or use RUN --mount=type=cache'
  },
  {
    name: 'yarn cache',
    pattern: new RegExp(
      `^(?:usr/local/share/\\.cache/yarn|${HOME}/\\.cache/yarn|${HOME}/\\.yarn/berry/cache)/.`
    ),
    fix: 'run `yarn cache clean` in the same RUN, or use RUN --mount=type=cache'
  },
  {
    name: 'pnpm store',
    pattern: new RegExp(`^${HOME}/\\.(?:local/share/pnpm/store|cache/pnpm|pnpm-store)/.`),
    fix: 'use RUN --mount=type=cache for the store'
  },
  {
    name: 'pip cache',
    pattern: new RegExp(`^${HOME}/\\.cache/pip/.`),
    fix: 'use `pip install --no-cache-dir`'
  },
  {
    name: 'Poetry cache',
    pattern: new RegExp(`^${HOME}/\\.cache/pypoetry/.`),
    fix: 'remove it in the same RUN, or use RUN --mount=type=cache'
  },
  {
    name: 'Go build cache',
    pattern: new RegExp(`^${HOME}/\\.cache/go-build/.`),
    fix: 'use RUN --mount=type=cache,target=/root/.cache/go-build'
  },
  {
    name: 'Go module download cache',
    pattern: new RegExp(`^(?:go|${HOME}/go)/pkg/mod/cache/.`),
    fix: 'use RUN --mount=type=cache for the module cache'
  },
  {
    name: 'Cargo registry',
    pattern: new RegExp(`^(?:usr/local/cargo|${HOME}/\\.cargo)/registry/.`),
    fix: 'use RUN --mount=type=cache for the registry'
  },
  {
    name: 'Composer cache',
    pattern: new RegExp(`^${HOME}/\\.(?:composer/cache|cache/composer)/.`),
    fix: 'use `composer install --no-cache`'
  },
  {
    name: 'Bundler cache',
    pattern: new RegExp(`^(?:usr/local/bundle|${HOME}/\\.bundle)/cache/.`),
    fix: 'remove it in the same RUN, or use RUN --mount=type=cache'
  }
]

const TOOLCHAINS: readonly Pattern[] = [
  {
    name: 'C/C++ compiler',
    pattern:
      /^usr\/(?:lib|libexec)\/gcc\/|^usr\/bin\/(?:gcc|g\+\+|cc|c\+\+|cpp|clang)(?:-[\d.]+)?$|^usr\/lib\/llvm-/,
    fix: ''
  },
  { name: 'Go toolchain', pattern: /^usr\/(?:local|lib)\/go\//, fix: '' },
  {
    name: 'Rust toolchain',
    pattern: new RegExp(`^(?:usr/local/rustup|${HOME}/\\.rustup)/toolchains/`),
    fix: ''
  },
  { name: 'JDK', pattern: /^usr\/lib\/jvm\/[^/]*jdk/, fix: '' }
]

export interface LayerFacts {
  readonly layers: readonly (readonly FileEntry[])[]
  /** The instruction that made each layer; undefined for the base image's. */
  readonly made: readonly (Instruction | undefined)[]
  /** The final stage's FROM: where findings about the base image go. */
  readonly from: Instruction
  readonly waste: WasteAnalysis
  /** Every instruction of the file, to tell consecutive RUNs. */
  readonly instructions: readonly Instruction[]
}

export function fileFindings(facts: LayerFacts): Finding[] {
  return [...caches(facts), ...wastedFiles(facts), ...buildOnly(facts)]
}

function caches(facts: LayerFacts): Finding[] {
  const findings: Finding[] = []
  facts.layers.forEach((entries, layer) => {
    const made = facts.made[layer]
    if (!made) return
    for (const cache of CACHES) {
      const files = entries.filter(e => e.kind === 'file' && cache.pattern.test(e.path))
      const bytes = sum(files)
      if (bytes < MIN_BYTES) continue
      findings.push({
        rule: 'package-cache',
        level: 'warning',
        line: made.line,
        title: `${cache.name} left in the layer`,
        subject: `${made.keyword} ${made.args}`,
        detail: `${formatBytes(bytes)} of ${cache.name} ship in this layer: ${cache.fix}.`,
        bytes,
        files: largest(files.map(f => ({ path: `/${f.path}`, size: f.size })))
      })
    }
  })
  return findings
}

function wastedFiles(facts: LayerFacts): Finding[] {
  const groups = new Map<string, WastedFile[]>()
  for (const file of facts.waste.wasted) {
    const key = `${file.writtenIn}:${file.removedIn}`
    groups.set(key, [...(groups.get(key) ?? []), file])
  }
  const findings: Finding[] = []
  for (const files of groups.values()) {
    const bytes = files.reduce((total, file) => total + file.size, 0)
    const first = files[0]
    if (!first || bytes < MIN_BYTES) continue
    const writer = facts.made[first.writtenIn]
    const remover = facts.made[first.removedIn]
    const at = writer ?? remover ?? facts.from
    const merge = writer && remover && consecutiveRuns(facts.instructions, writer, remover)
    const removedAt = remover ? `line ${remover.line}` : 'a later layer'
    const verb = files.every(f => f.how === 'deleted')
      ? 'deletes'
      : files.every(f => f.how === 'overwritten')
        ? 'overwrites'
        : 'deletes or overwrites'
    findings.push({
      rule: merge ? 'merge-runs' : 'wasted-files',
      level: 'warning',
      line: at.line,
      title: merge
        ? 'RUNs that would be smaller merged'
        : 'Files removed in a later layer still ship',
      subject: `${at.keyword} ${at.args}`,
      detail: merge
        ? `The RUN at ${removedAt} ${verb} ${formatBytes(bytes)} this RUN wrote; merged into one RUN, they would not ship.`
        : `${writer ? 'This layer writes' : "The base image's layer holds"} ${formatBytes(bytes)} that ${removedAt} ${verb}: ` +
          'the bytes still ship in this layer. Remove them in the step that makes them, or leave them out with a multi-stage build.',
      bytes,
      files: largest(files.map(f => ({ path: `/${f.path}`, size: f.size })))
    })
  }
  return findings
}

function consecutiveRuns(
  instructions: readonly Instruction[],
  writer: Instruction,
  remover: Instruction
): boolean {
  if (writer.keyword !== 'RUN' || remover.keyword !== 'RUN' || writer.stage !== remover.stage) {
    return false
  }
  const index = instructions.indexOf(writer)
  return index >= 0 && instructions[index + 1] === remover
}

function buildOnly(facts: LayerFacts): Finding[] {
  const findings: Finding[] = []
  for (const toolchain of TOOLCHAINS) {
    const byLayer = new Map<number, FileSize[]>()
    for (const [path, state] of facts.waste.final) {
      if (!toolchain.pattern.test(path)) continue
      byLayer.set(state.layer, [
        ...(byLayer.get(state.layer) ?? []),
        { path: `/${path}`, size: state.size }
      ])
    }
    const files = [...byLayer.values()].flat()
    const bytes = sum(files)
    if (bytes < MIN_TOOLCHAIN_BYTES) continue
    // Where most of it was written: the base image's toolchain points at FROM.
    const [layer] = [...byLayer.entries()].sort((a, b) => sum(b[1]) - sum(a[1]))[0] ?? [-1]
    const at = facts.made[layer] ?? facts.from
    findings.push({
      rule: 'build-only',
      level: 'warning',
      line: at.line,
      title: `A ${toolchain.name} in the final image`,
      subject: `${at.keyword} ${at.args}`,
      detail:
        `${formatBytes(bytes)} of ${toolchain.name} ship in the final image. Build in a stage of ` +
        'its own and COPY --from it only what the program needs at run time.',
      bytes,
      files: largest(files)
    })
  }
  return findings
}

function sum(files: readonly { readonly size: number }[]): number {
  return files.reduce((total, file) => total + file.size, 0)
}
