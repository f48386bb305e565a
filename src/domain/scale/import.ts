import { formatBytes } from '#domain/text/bytes'
import { parseSafeJson } from '#domain/text/safe-json'
import { type ScaleFile, type ScaleProblem } from './schema'
import { parseScale } from './parse'
import { MAX_SCALE_ID_LENGTH, MAX_SCALE_VERSION_LENGTH } from './imported'

/** A scale file is tens of kilobytes; anything near this is not a scale and is refused before parsing. */
export const MAX_SCALE_FILE_BYTES = 5 * 1024 * 1024

export type ScaleImportCheck = { ok: true; scale: ScaleFile } | { ok: false; problems: ScaleProblem[] }

const refuse = (message: string, path = '(file)'): ScaleImportCheck => ({ ok: false, problems: [{ path, message }] })

/**
 * Everything that must hold before an imported scale file is stored: size, safe JSON, the scale schema with
 * every invariant, an id and version the stored row (and so a backup) can hold, and no clash with a built-in
 * scale (a released id and version is never replaced).
 */
export function checkScaleImport(
  text: string,
  sizeInBytes: number,
  existing: readonly Pick<ScaleFile, 'id' | 'version'>[],
): ScaleImportCheck {
  if (sizeInBytes > MAX_SCALE_FILE_BYTES) {
    return refuse(`The file is ${formatBytes(sizeInBytes)}; a scale file must be under 5 MB.`)
  }
  const json = parseSafeJson(text)
  if (!json.ok) {
    // A file with prototype keys or overlong text is valid JSON, so it gets its own reason.
    return refuse(json.code === 'unsafe' ? json.message : `This is not a valid JSON file (${json.detail}).`)
  }
  const result = parseScale(json.value)
  if (!result.ok) return result
  if (result.scale.id.length > MAX_SCALE_ID_LENGTH) {
    return refuse(`The scale's id is longer than ${MAX_SCALE_ID_LENGTH} characters. Give it a shorter id.`, 'id')
  }
  if (result.scale.version.length > MAX_SCALE_VERSION_LENGTH) {
    return refuse(`The scale's version is longer than ${MAX_SCALE_VERSION_LENGTH} characters.`, 'version')
  }
  const clash = existing.find((scale) => scale.id === result.scale.id && scale.version === result.scale.version)
  if (clash) {
    return refuse(
      `A built-in scale already has id "${clash.id}" and version ${clash.version}. Give your file a new version number.`,
      'version',
    )
  }
  return result
}

/** The file name an exported scale gets, e.g. "ips-uk-1.0.0.json". */
export function scaleFileName(scale: Pick<ScaleFile, 'id' | 'version'>): string {
  return `${scale.id}-${scale.version}.json`
}
