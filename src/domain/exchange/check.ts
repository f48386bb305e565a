import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  ExchangeFileSchema,
  READABLE_FORMAT_VERSIONS,
  exchangeKinds,
  MAX_EXCHANGE_FILE_BYTES,
  megabytes,
  type ExchangeFile,
} from './file'
import { checkReferences } from './references'
import { summaryFileProblems } from './network-summary'
import { upgradeToCurrentFormat } from './upgrade'
import { isRecord, oversizedList, rowProblems } from './rows'
import { parseSafeJson } from '#domain/text/safe-json'
import { plural } from '#domain/text/plural'

export type ExchangeProblem = { path: string; message: string }

export type ExchangeCheck =
  | { ok: true; file: ExchangeFile }
  | {
      ok: false
      /** One sentence for the user: why nothing was imported. */
      reason: string
      /** Details with where in the file they are, at most MAX_PROBLEMS_LISTED. */
      problems: ExchangeProblem[]
    }

export const MAX_PROBLEMS_LISTED = 20

const refuse = (reason: string, problems: ExchangeProblem[] = []): ExchangeCheck => ({
  ok: false,
  reason,
  problems: problems.slice(0, MAX_PROBLEMS_LISTED),
})

export interface ExchangeCheckOptions {
  /**
   * The most bytes the text may take: MAX_EXCHANGE_FILE_BYTES for a file read as it is (the default);
   * MAX_UNPACKED_EXCHANGE_BYTES for the text unpacked from a compressed backup, whose file size was checked before.
   */
  limit?: number
}

/**
 * Everything that must hold before any row of a review file or a backup is written: size (before
 * parsing), safe JSON, our format and a version this app reads, every row's schema, references
 * between rows, no duplicated keys, valid imported scales. Never throws, whatever the text: a file
 * from outside is data, and any surprise is a refusal with a reason, not a crash.
 */
export function checkExchangeFile(
  text: string,
  sizeInBytes: number,
  options: ExchangeCheckOptions = {},
): ExchangeCheck {
  try {
    return check(text, sizeInBytes, options.limit ?? MAX_EXCHANGE_FILE_BYTES)
  } catch {
    return refuse('This file could not be checked, so nothing was imported. It may be damaged.')
  }
}

function check(text: string, sizeInBytes: number, limit: number): ExchangeCheck {
  // A UTF-8 file has at least as many bytes as its text has UTF-16 units, so the text length is a floor.
  const size = Math.max(Number.isFinite(sizeInBytes) ? sizeInBytes : 0, text.length)
  if (size > limit) {
    return refuse(
      `This file is ${megabytes(size)}, over the ${megabytes(limit)} limit for review files and backups, so it was not read.`,
    )
  }
  const json = parseSafeJson(text)
  if (!json.ok) return refuse(json.message, [{ path: '(file)', message: json.message }])

  const header = checkHeader(json.value)
  if (header) return header
  const list = oversizedList(json.value)
  if (list) return refuse('This file has a list far longer than any this app writes, so it was not read.', [list])
  const upgraded = upgradeToCurrentFormat(json.value as Record<string, unknown>)
  if (!upgraded.ok) return refuse(upgraded.reason, upgraded.problems)

  // Row by row first, stopping early, so a file of a million wrong rows cannot exhaust memory;
  // then the whole file, whose remaining problems can only be in its few other fields.
  const rows = rowProblems(upgraded.file, MAX_PROBLEMS_LISTED)
  if (rows.length > 0) return invalid(rows, rows.length > MAX_PROBLEMS_LISTED)
  const parsed = ExchangeFileSchema.safeParse(upgraded.file)
  if (!parsed.success) {
    return invalid(
      parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || '(file)',
        message: issue.message,
      })),
      false,
    )
  }
  const references = checkReferences(parsed.data)
  if (references) return refuse(references.reason, references.problems)
  const summary = summaryFileProblems(parsed.data.data)
  if (summary) return refuse(summary.reason, summary.problems)
  return { ok: true, file: parsed.data }
}

function invalid(problems: ExchangeProblem[], more: boolean): ExchangeCheck {
  const first = problems[0]
  const how = more ? `more than ${MAX_PROBLEMS_LISTED} problems` : plural(problems.length, 'problem')
  return refuse(
    `Parts of this file are not valid, so nothing was imported (${how}` +
      (first ? `; the first is at ${first.path}: ${first.message}).` : ').'),
    problems,
  )
}

/** The file says what it is: other JSON, newer or unknown versions and unknown kinds are told apart. */
function checkHeader(value: unknown): ExchangeCheck | null {
  if (!isRecord(value) || value.format !== EXCHANGE_FORMAT) {
    if (isRecord(value) && Array.isArray(value.items) && Array.isArray(value.sections)) {
      return refuse('This is a scale file, not a review or a backup: import it in Settings, under scales.')
    }
    return refuse('This is not an IPS Fidelity Review file: it is not a review or a backup made by this app.', [
      { path: 'format', message: `Expected "${EXCHANGE_FORMAT}"` },
    ])
  }
  const version = value.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('This file does not say which format version it uses, so it cannot be read.', [
      { path: 'formatVersion', message: 'Expected a whole number from 1' },
    ])
  }
  if (version > EXCHANGE_FORMAT_VERSION) {
    return refuse(
      `This file was made by a newer version of the app (format ${version}). Update the app on this device, then import again.`,
      [{ path: 'formatVersion', message: `This app reads format ${EXCHANGE_FORMAT_VERSION}` }],
    )
  }
  if (!READABLE_FORMAT_VERSIONS.includes(version)) {
    return refuse(`This file uses format ${version}, which this version of the app cannot read.`, [
      { path: 'formatVersion', message: `This app reads format ${EXCHANGE_FORMAT_VERSION}` },
    ])
  }
  if (!exchangeKinds.some((kind) => kind === value.kind)) {
    return refuse('This file holds a kind of data this app does not know, so it cannot be read.', [
      { path: 'kind', message: `Expected one of: ${exchangeKinds.join(', ')}` },
    ])
  }
  return null
}
