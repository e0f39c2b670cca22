/** The docker family: buildx or the daemon's BuildKit, through the docker client. */
import { execCommand, lastErrorLine } from '../exec.js'
import { buildCommand } from './build.js'
import type { EngineFamily } from './family.js'
import { daemonTag, daemonUntag } from './daemon-api.js'
import { dockerHistory, inspectDockerImage } from './docker-image.js'
import { tagImage, untagImage } from './image.js'
import { failedCacheImports, parseProgress } from './progress.js'
import { parseLoadedImages } from '../cache/strategy.js'

/** Docker Hub is docker's default registry: named by no host. */
function hostArg(host: string): string[] {
  return host === 'docker.io' ? [] : [host]
}

export const dockerFamily: EngineFamily = {
  command: 'docker',
  buildCommand: (request, engine) => buildCommand(request, engine),
  readBuild: result => ({
    // BuildKit writes its progress to stderr.
    steps: parseProgress(result.stderr),
    failedImports: failedCacheImports(result.stderr),
    stepImages: []
  }),
  // docker records the registry's digest as a repo digest of the image.
  pushArgs: tag => ['push', tag],
  loginArgs: (host, username) => [
    'login',
    '--username',
    username,
    '--password-stdin',
    ...hostArg(host)
  ],
  logoutArgs: host => ['logout', ...hostArg(host)],
  async tag(image, tag) {
    if (!(await daemonTag(image, tag))) await tagImage(image, tag, 'docker')
  },
  async untag(reference) {
    if (!(await daemonUntag(reference))) await untagImage(reference, 'docker')
  },
  inspect: image => inspectDockerImage(image),
  saveArgs: (image, archive) => ['save', '--output', archive, image],
  history: image => dockerHistory(image),
  async saveImages(images, folder) {
    const result = await execCommand(
      'docker',
      ['save', '--output', `${folder}/images.tar`, ...images],
      {
        silent: true
      }
    )
    if (result.exitCode !== 0) throw new Error(`docker save failed: ${lastErrorLine(result)}`)
  },
  async loadImages(folder) {
    const result = await execCommand('docker', ['load', '--input', `${folder}/images.tar`], {
      silent: true
    })
    if (result.exitCode !== 0) throw new Error(`docker load failed: ${lastErrorLine(result)}`)
    return parseLoadedImages(result.stdout)
  }
}
