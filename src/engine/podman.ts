/**
 * The podman family. Its builder is buildah's, so buildah (buildah.ts) shares
 * the build's command line and its log; images are kept in docker's format,
 * the one the layer cache's archive keeps and a docker engine pushes.
 */
import * as path from 'node:path'
import { execCommand, lastErrorLine } from '../exec.js'
import { isLoopback } from '../registry/challenge.js'
import { parseImageReference } from '../registry/reference.js'
import { secretArgs, type BuildRequest, type Command } from './build.js'
import type { EngineFamily } from './family.js'
import { inspectImage, tagImage, untagImage } from './image.js'
import { parseStepLog } from './step-log.js'

/**
 * `podman build` / `buildah build`. `--layers` keeps each step's image, which
 * later builds reuse; `--format docker` because only images of the format a
 * build makes are reused, and a loaded docker archive is in docker's. With
 * `printsImage`, no `--iidfile`: the builder prints the image's id instead. Pure.
 */
export function containersBuildCommand(
  request: BuildRequest,
  options: { readonly printsImage?: boolean } = {}
): Command {
  const args = ['build', '--format', 'docker', '--layers']
  if (!options.printsImage) args.push('--iidfile', request.iidFile)
  args.push('--file', request.file)
  if (request.target) args.push('--target', request.target)
  for (const arg of request.buildArgs) args.push('--build-arg', `${arg.name}=${arg.value}`)
  for (const label of request.labels) args.push('--label', `${label.name}=${label.value}`)
  for (const tag of request.tags) args.push('--tag', tag)
  if (request.noCache) args.push('--no-cache')
  // Without a value the two differ (buildah pulls by default): say what is meant.
  args.push(request.pull ? '--pull=always' : '--pull=missing')
  if (request.cacheArgs) args.push(...request.cacheArgs)
  const secrets = secretArgs(request.secrets)
  args.push(...secrets.args, request.context)
  return { args, env: secrets.env }
}

/**
 * A registry on this machine's loopback is spoken to over HTTP, as docker does
 * by itself: podman and buildah would need it in registries.conf.
 */
export function tlsArgs(host: string): string[] {
  return isLoopback(host.replace(/:\d+$/, '')) ? ['--tls-verify=false'] : []
}

export function registryOf(tag: string): string {
  return parseImageReference(tag).registry
}

export const CACHE_ARCHIVE = 'images.tar'

export const podmanFamily: EngineFamily = {
  command: 'podman',
  buildCommand: request => containersBuildCommand(request),
  readBuild: result => parseStepLog(`${result.stdout}\n${result.stderr}`),
  pushArgs: (tag, digestFile) => [
    'push',
    ...tlsArgs(registryOf(tag)),
    '--digestfile',
    digestFile,
    tag
  ],
  loginArgs: (host, username) => [
    'login',
    ...tlsArgs(host),
    '--username',
    username,
    '--password-stdin',
    host
  ],
  logoutArgs: host => ['logout', host],
  tag: (image, tag) => tagImage(image, tag, 'podman'),
  untag: reference => untagImage(reference, 'podman'),
  inspect: image => inspectImage(image, 'podman'),
  saveArgs: (image, archive) => ['save', '--format', 'docker-archive', '--output', archive, image],
  // No `history`: podman 4 prints its sizes for people, whatever --human says.
  async saveImages(images, folder) {
    const archive = path.join(folder, CACHE_ARCHIVE)
    const result = await execCommand(
      'podman',
      [
        'save',
        '--multi-image-archive',
        '--format',
        'docker-archive',
        '--output',
        archive,
        ...images
      ],
      { silent: true }
    )
    if (result.exitCode !== 0) throw new Error(`podman save failed: ${lastErrorLine(result)}`)
  },
  async loadImages(folder) {
    const archive = path.join(folder, CACHE_ARCHIVE)
    const result = await execCommand('podman', ['load', '--input', archive], { silent: true })
    if (result.exitCode !== 0) throw new Error(`podman load failed: ${lastErrorLine(result)}`)
    return [...result.stdout.matchAll(/^Loaded image(?:\(s\))?: (\S+)\s*$/gm)].map(m => m[1] ?? '')
  }
}
