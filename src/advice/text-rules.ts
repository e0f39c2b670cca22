/**
 * Advice read from the Dockerfile's text (the image's user aside, which
 * advice.ts reads from the image when it can) and the build's steps: the practices
 * a linter would check, with the seconds at stake where the build measured
 * them. Pure.
 */
import { instructionKey } from '../report/layers.js'
import type { BuildStep } from '../engine/progress.js'
import type { Finding } from './finding.js'
import {
  copySources,
  finalStage,
  fromParts,
  splitFlags,
  type Instruction
} from '../dockerfile/instructions.js'
import { looksSecret } from '../secret-names.js'

/** Dependency installs that read a manifest the source tree does not change often. */
const INSTALL =
  /\b(npm (ci|install|i)\b|yarn( install)?\b|pnpm (install|i)\b|pip3? install\b|poetry install\b|bundle( install)?\b|go mod download\b|cargo (build|fetch)\b|composer install\b)/

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i
const REMOTE = /^(https?:\/\/|git@|git:\/\/)/i

export function textFindings(
  instructions: readonly Instruction[],
  steps: readonly BuildStep[]
): Finding[] {
  return [
    ...installOrder(instructions, steps),
    ...addLocal(instructions),
    ...baseTags(instructions),
    ...shellForm(instructions),
    ...secrets(instructions)
  ]
}

function installOrder(
  instructions: readonly Instruction[],
  steps: readonly BuildStep[]
): Finding[] {
  const findings: Finding[] = []
  const stageNames = new Map<number, string>()
  for (const copy of instructions) {
    if (copy.keyword === 'FROM') stageNames.set(copy.stage, stageAlias(copy))
    if ((copy.keyword !== 'COPY' && copy.keyword !== 'ADD') || !copiesContext(copy)) continue
    const install = instructions.find(
      other =>
        other.stage === copy.stage &&
        other.line > copy.line &&
        other.keyword === 'RUN' &&
        INSTALL.test([other.args, ...(other.heredocs ?? [])].join('\n'))
    )
    if (!install) continue
    const step = findStep(steps, install, stageNames.get(copy.stage) ?? '')
    const ran = step && !step.cached ? step.seconds : undefined
    findings.push({
      rule: 'install-order',
      level: 'warning',
      line: copy.line,
      title: 'Dependencies installed after the whole context',
      subject: `${copy.keyword} ${copy.args}`,
      detail:
        `The install at line ${install.line} runs again on every source change. ` +
        (ran !== undefined ? `It ran ${ran.toFixed(1)} s in this build. ` : '') +
        'Copy the dependency manifests first, install, then copy the source.',
      ...(ran !== undefined ? { seconds: ran } : {})
    })
  }
  return findings
}

function copiesContext(copy: Instruction): boolean {
  const { flags } = splitFlags(copy.args)
  if (flags.some(flag => /^--from=/i.test(flag))) return false
  return copySources(copy.args).some(source => /^\.\/?$|^\.\/\*$|^\*$/.test(source))
}

function stageAlias(from: Instruction): string {
  return fromParts(from).alias ?? `stage-${from.stage}`
}

function findStep(
  steps: readonly BuildStep[],
  instruction: Instruction,
  stage: string
): BuildStep | undefined {
  const key = instructionKey(`${instruction.keyword} ${instruction.args}`)
  const same = steps.filter(step => instructionKey(step.instruction) === key)
  return same.find(step => step.stage.startsWith(`${stage} `)) ?? same[0]
}

function addLocal(instructions: readonly Instruction[]): Finding[] {
  return instructions
    .filter(instruction => instruction.keyword === 'ADD')
    .filter(add => {
      const { flags } = splitFlags(add.args)
      if (flags.some(flag => /^--(checksum|keep-git-dir)/i.test(flag))) return false
      const sources = copySources(add.args)
      return sources.length > 0 && sources.every(s => !REMOTE.test(s) && !ARCHIVE.test(s))
    })
    .map(add => ({
      rule: 'add-local' as const,
      level: 'notice' as const,
      line: add.line,
      title: 'ADD of a local file',
      subject: `ADD ${add.args}`,
      detail: 'COPY does the same with no surprises: ADD also fetches URLs and unpacks archives.'
    }))
}

function baseTags(instructions: readonly Instruction[]): Finding[] {
  const stages = new Set<string>()
  const findings: Finding[] = []
  for (const from of instructions.filter(instruction => instruction.keyword === 'FROM')) {
    const { image } = fromParts(from)
    const lower = image.toLowerCase()
    const known = lower === 'scratch' || stages.has(lower) || image.includes('$')
    stages.add(stageAlias(from))
    if (known || image.includes('@')) continue
    const tag = /:([^/:]+)$/.exec(image)?.[1]
    if (tag !== undefined && tag !== 'latest') continue
    findings.push({
      rule: 'base-tag',
      level: 'warning',
      line: from.line,
      title: tag ? 'Base image tagged latest' : 'Base image without a tag',
      subject: image,
      detail: 'The build changes when the base does. Name a version tag, or a digest.'
    })
  }
  return findings
}

function shellForm(instructions: readonly Instruction[]): Finding[] {
  return finalStage(instructions)
    .filter(i => (i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD') && !i.args.startsWith('['))
    .map(instruction => ({
      rule: 'shell-form' as const,
      level: 'warning' as const,
      line: instruction.line,
      title: `Shell-form ${instruction.keyword}`,
      subject: `${instruction.keyword} ${instruction.args}`,
      detail:
        'The process runs under /bin/sh -c, which does not pass on SIGTERM: the container ' +
        'is killed after the stop timeout. Use the exec form, ["program", "arg"].'
    }))
}

/** `user` is the image config's User, when the image was read. */
export function noUser(instructions: readonly Instruction[], user?: string): Finding[] {
  const stage = finalStage(instructions)
  const from = stage[0]
  if (!from) return []
  const last = stage.filter(i => i.keyword === 'USER').at(-1)
  const effective = last ? last.args : user
  if (effective !== undefined && !/^(root|0)(:.*)?$/.test(effective.trim()) && effective.trim()) {
    return []
  }
  return [
    {
      rule: 'no-user',
      level: 'notice',
      line: last?.line ?? from.line,
      title: 'The image runs as root',
      subject: last ? `USER ${last.args}` : `FROM ${from.args}`,
      detail: 'Add a USER with an unprivileged account to the final stage.'
    }
  ]
}

function secrets(instructions: readonly Instruction[]): Finding[] {
  const findings: Finding[] = []
  for (const instruction of instructions) {
    if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') continue
    for (const name of declaredNames(instruction)) {
      if (!looksSecret(name)) continue
      findings.push({
        rule: 'secret-in-image',
        level: 'warning',
        line: instruction.line,
        title: `A secret in ${instruction.keyword}`,
        // The name only: the value, if any, is never repeated.
        subject: `${instruction.keyword} ${name}`,
        detail:
          `${instruction.keyword} values are kept in the image's history and config, where ` +
          'anyone who pulls it reads them. Pass it with the `secrets` input and ' +
          'RUN --mount=type=secret instead.'
      })
    }
  }
  return findings
}

/** The names an ARG or ENV declares, never their values. */
function declaredNames(instruction: Instruction): string[] {
  const args = instruction.args
  if (instruction.keyword === 'ENV' && !/^[^\s=]+=/.test(args)) {
    // The legacy form, `ENV NAME value`, declares one name.
    return [args.split(/\s+/)[0] ?? ''].filter(Boolean)
  }
  const names: string[] = []
  const pair = /([^\s="']+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g
  for (const match of args.matchAll(pair)) if (match[1]) names.push(match[1])
  return names
}
