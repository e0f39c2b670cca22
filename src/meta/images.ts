/** The `images` input: the image names every tag is given to. Pure. */
import { parseImageReference } from '../registry/reference.js'
import { parseRecords, RuleError } from './records.js'
import { errorMessage } from '../errors.js'

export interface ImageNames {
  /** Enabled image names, in order, lower case. */
  readonly images: readonly string[]
  /** One sentence per name that was written with upper case, for a notice. */
  readonly notices: readonly string[]
}

/**
 * The `images` input: enabled image names, in order. One line of bare names
 * is a list (`user/app,ghcr.io/user/app`); otherwise one image per line,
 * `name=…,enable=true|false`. A name must be a valid reference without a tag
 * once lowercased, as metadata-action lowercases it: `ghcr.io/${{ github.repository }}`
 * is upper case whenever the owner or the repository is.
 */
export function parseImages(text: string): ImageNames {
  const names = enabledNames(text)
  const images = names.map(({ name, source }) => checkImage(name, source))
  const notices = names
    .filter(({ name }) => name !== name.toLowerCase())
    .map(
      ({ name }) =>
        `Image name "${name}" is used as "${name.toLowerCase()}": registries take lower case only`
    )
  return { images, notices }
}

function enabledNames(text: string): { name: string; source: string }[] {
  const records = parseRecords('images', text)
  const only = records[0]
  if (records.length === 1 && only && only.fields.every(field => !field.includes('='))) {
    return only.fields.map(name => ({ name, source: only.source }))
  }
  const images: { name: string; source: string }[] = []
  for (const record of records) {
    let name = ''
    let enable = 'true'
    for (const field of record.fields) {
      const [key = '', value = ''] = field.includes('=') ? field.split('=') : ['name', field]
      const attr = key.trim().toLowerCase()
      if (attr === 'name') name = value.trim()
      else if (attr === 'enable') enable = value.trim()
      else
        throw new RuleError(
          'images',
          `"${record.source}": unknown attribute "${key}"; use name or enable`
        )
    }
    if (!['true', 'false'].includes(enable)) {
      throw new RuleError('images', `"${record.source}": enable "${enable}" is not true or false`)
    }
    if (!name) throw new RuleError('images', `"${record.source}": the image name is empty`)
    if (enable === 'true') images.push({ name, source: record.source })
  }
  return images
}

/** The name in lower case, checked; an error quotes it as written. */
function checkImage(name: string, source: string): string {
  let reason: string | undefined
  try {
    const ref = parseImageReference(name.toLowerCase())
    if (ref.tag !== undefined || ref.digest !== undefined) {
      reason = 'give the image name without a tag or digest; the tags come from the tags rules'
    }
  } catch (error) {
    reason = errorMessage(error)
  }
  if (reason)
    throw new RuleError('images', `"${name}" in "${source}" is not a valid image name: ${reason}`)
  return name.toLowerCase()
}
