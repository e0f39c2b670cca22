/**
 * Build arguments that look like secrets. A build-arg's value is in the
 * history of every image of the stage that declares it, and in the layers its
 * steps make with it: saved into the layer cache, it could be restored by every
 * branch and every pull request. Such stages are not cached, and the workflow
 * is told to pass the value with `secrets` instead. Pure.
 */
import type { Stage } from '../dockerfile/stages.js'
import type { BuildArg } from '../input-values.js'
import { looksSecret } from '../secret-names.js'

/** The names of the build-args given that look like secrets, in order, once each. */
export function secretLikeArgs(args: readonly BuildArg[]): string[] {
  return [...new Set(args.map(arg => arg.name).filter(looksSecret))]
}

/** What the workflow is told of them. */
export function secretArgsWarning(names: readonly string[]): string {
  return (
    `Input "build-args": ${names.join(', ')} look(s) like a secret. A build-arg's value ` +
    "stays in the image's history and in the layers of every stage that declares it " +
    '(Hoist does not cache those stages); pass it with the secrets input and ' +
    '`RUN --mount=type=secret` instead.'
  )
}

/**
 * The stages that receive such an argument, each with the names: those that
 * declare it, and those built `FROM` one of them (its layers and history are theirs).
 */
export function stagesWithSecrets(
  stages: readonly Stage[],
  secretArgs: readonly string[]
): Map<number, string[]> {
  const found = new Map<number, string[]>()
  for (const stage of stages) {
    const own = stage.args.filter(name => secretArgs.includes(name))
    const base = stages.find(
      other =>
        other.index < stage.index &&
        (other.name === stage.base.toLowerCase() || String(other.index) === stage.base)
    )
    const inherited = base ? (found.get(base.index) ?? []) : []
    const names = [...new Set([...inherited, ...own])]
    if (names.length > 0) found.set(stage.index, names)
  }
  return found
}
