/**
 * What the docker family reads of a local image: the daemon's own answer over
 * its socket where that is certain (daemon-api.ts), else the CLI's.
 */
import { execCommand } from '../exec.js'
import type { HistoryRecord } from '../report/layers.js'
import { daemonImage } from './daemon-api.js'
import { imageInfo, inspectImage, type ImageInfo } from './image.js'

/** The daemon's inspect is the record `docker image inspect` prints. */
export async function inspectDockerImage(image: string): Promise<ImageInfo> {
  const record = await daemonImage(image, 'json')
  return typeof record === 'object' && record !== null && !Array.isArray(record)
    ? imageInfo(record, image)
    : inspectImage(image, 'docker')
}

/** `docker history`, oldest first; undefined when neither the daemon nor the CLI gives it. */
export async function dockerHistory(imageId: string): Promise<HistoryRecord[] | undefined> {
  return (await historyByApi(imageId)) ?? historyByCli(imageId)
}

/**
 * The daemon's history, as `docker history` prints it: a tab in a command
 * shows as a space. Undefined to ask the CLI.
 */
async function historyByApi(imageId: string): Promise<HistoryRecord[] | undefined> {
  const answer = await daemonImage(imageId, 'history')
  if (!Array.isArray(answer)) return undefined
  const records = answer as { Size?: unknown; CreatedBy?: unknown; Comment?: unknown }[]
  return records
    .map(record => ({
      size: typeof record.Size === 'number' ? record.Size : 0,
      createdBy: typeof record.CreatedBy === 'string' ? record.CreatedBy.replaceAll('\t', ' ') : '',
      comment: typeof record.Comment === 'string' ? record.Comment : ''
    }))
    .reverse()
}

/** Text fields as JSON, so a RUN of several lines stays one line. */
async function historyByCli(imageId: string): Promise<HistoryRecord[] | undefined> {
  const result = await execCommand(
    'docker',
    [
      'history',
      '--no-trunc',
      '--human=false',
      '--format',
      '{{.Size}} {{json .CreatedBy}} {{json .Comment}}',
      imageId
    ],
    { silent: true }
  )
  if (result.exitCode !== 0) return undefined
  try {
    const records = result.stdout
      .trim()
      .split('\n')
      .map(line => {
        const [, size, createdBy, comment] = /^(\d+) ("(?:[^"\\]|\\.)*") (".*")$/.exec(line) ?? []
        if (size === undefined || createdBy === undefined || comment === undefined) {
          throw new Error(`unexpected docker history line: ${line}`)
        }
        return {
          size: Number(size),
          createdBy: JSON.parse(createdBy) as string,
          comment: JSON.parse(comment) as string
        }
      })
    return records.reverse()
  } catch {
    return undefined
  }
}
