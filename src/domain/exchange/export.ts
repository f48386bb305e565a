import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  MAX_EXCHANGE_FILE_BYTES,
  MAX_UNPACKED_EXCHANGE_BYTES,
  megabytes,
  type BackupData,
  type BackupFile,
  type ExchangeFile,
  type ReviewData,
  type ReviewExchangeFile,
} from './file'
import { mapRows, recordKey, rowTables, type RowTable, type TableName, type TableRows } from './tables'
import { localIsoDate } from '#domain/text/dates'
import { MAX_FILE_NAME_LENGTH, slugify } from '#domain/text/file-names'
import type { Review } from '#domain/review/review'
import { traineeName } from '#domain/review/trainee'
import { networkSummary, networkSummaryProblem } from './network-summary'

/** 'co-reviewer' is "Send to co-reviewer": the file a second reviewer imports to rate the same review. */
export type ExportPurpose = 'export' | 'co-reviewer'

export type ExchangeExportErrorCode = 'review-not-found' | 'team-not-found' | 'no-summary'

export class ExchangeExportError extends Error {
  readonly code: ExchangeExportErrorCode
  constructor(code: ExchangeExportErrorCode, message: string) {
    super(message)
    this.name = 'ExchangeExportError'
    this.code = code
  }
}

// Rows in key order, so exporting the same data twice gives the same file.
function sortedByKey<T extends Readonly<Record<string, unknown>>>(table: TableName, rows: readonly T[]): T[] {
  return rows
    .map((row) => ({ row, key: recordKey(table, row) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ row }) => row)
}

const header = (appVersion: string, now: Date) =>
  ({
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    appVersion,
    createdAt: now.toISOString(),
  }) as const

/**
 * One review with its team and every row recorded for it. For a co-reviewer, ratings of reviewers
 * who have not finished rating are left out, so blind rating holds in the file too: the other
 * reviewer cannot read a score that the app would not yet show them.
 */
export function reviewExchangeFile(
  data: ReviewData,
  reviewId: string,
  options: { appVersion: string; now: Date; purpose: ExportPurpose },
): ReviewExchangeFile {
  const review = data.reviews.find((r) => r.id === reviewId)
  if (!review) throw new ExchangeExportError('review-not-found', 'This review is not on this device.')
  const team = data.teams.find((t) => t.id === review.teamId)
  if (!team) throw new ExchangeExportError('team-not-found', 'This review’s team is not on this device.')
  const own = <T extends { reviewId: string }>(rows: readonly T[]) => rows.filter((row) => row.reviewId === reviewId)
  const finished = new Set(review.ratingsFinishedBy)
  const ratings = own(data.ratings).filter((r) => options.purpose === 'export' || finished.has(r.reviewerId))
  return {
    ...header(options.appVersion, options.now),
    kind: 'review',
    reviewId,
    data: {
      teams: [team],
      reviews: [review],
      visitSessions: sortedByKey('visitSessions', own(data.visitSessions)),
      sessionNotes: sortedByKey('sessionNotes', own(data.sessionNotes)),
      evidence: sortedByKey('evidence', own(data.evidence)),
      calculatorInputs: sortedByKey('calculatorInputs', own(data.calculatorInputs)),
      recordReviewRows: sortedByKey('recordReviewRows', own(data.recordReviewRows)),
      ratings: sortedByKey('ratings', ratings),
      consensus: sortedByKey('consensus', own(data.consensus)),
      actionPlan: sortedByKey('actionPlan', own(data.actionPlan)),
      reportNarratives: sortedByKey('reportNarratives', own(data.reportNarratives)),
      itemFindings: sortedByKey('itemFindings', own(data.itemFindings)),
    },
  }
}

/**
 * The summary for the network of one final review (network-summary.ts): a review file with the review marked
 * as a summary and no evidence, notes, sessions, records or calculator figures. Throws when the review has no
 * summary (a draft or a training exercise), with the reason in words.
 */
export function networkSummaryFile(
  data: ReviewData,
  reviewId: string,
  options: { appVersion: string; now: Date },
): ReviewExchangeFile {
  const full = reviewExchangeFile(data, reviewId, { ...options, purpose: 'export' })
  const problem = networkSummaryProblem(full.data)
  if (problem) throw new ExchangeExportError('no-summary', problem)
  return { ...full, data: networkSummary(full.data) }
}

/** Everything on the device, imported scales and settings included. */
export function backupFile(data: BackupData, options: { appVersion: string; now: Date }): BackupFile {
  const rows: TableRows = data
  const sorted = mapRows(rowTables, <T extends RowTable>(table: T) => sortedByKey(table, rows[table]))
  return {
    ...header(options.appVersion, options.now),
    kind: 'backup',
    data: { ...sorted, settings: data.settings },
  }
}

// Room kept for the team's name when a trainee's name is long.
const MAX_TRAINEE_SLUG_LENGTH = 30

/**
 * "northgate-crt-review-2026-11-21.json" (team and first day of the visit); "…-for-co-reviewer.json" for a
 * co-reviewer; a training exercise carries its trainee's name, "…-review-2026-11-21-trainee-sam-patel.json",
 * so a class's files, on one practice case and often one day, do not overwrite each other.
 */
export function reviewFileName(
  teamName: string | null,
  review: Pick<Review, 'visitStart' | 'type' | 'reviewers'>,
  purpose: ExportPurpose,
): string {
  const trainee = review.type === 'training' ? slugify(traineeName(review) ?? '', MAX_TRAINEE_SLUG_LENGTH) : ''
  const tail =
    `-review-${review.visitStart}${trainee ? `-trainee-${trainee}` : ''}` +
    `${purpose === 'co-reviewer' ? '-for-co-reviewer' : ''}.json`
  const team = slugify(teamName ?? '', MAX_FILE_NAME_LENGTH - tail.length) || 'team'
  return `${team}${tail}`
}

const SUMMARY_TAIL = '-network-summary.json'

/** "northgate-crt-2026-11-21-network-summary.json": a summary for the network says so in its name. */
export function networkSummaryFileName(teamName: string | null, review: Pick<Review, 'visitStart'>): string {
  const tail = `-${review.visitStart}${SUMMARY_TAIL}`
  return `${slugify(teamName ?? '', MAX_FILE_NAME_LENGTH - tail.length) || 'team'}${tail}`
}

/**
 * A file's name: a review file by team and visit (a summary for the network says so), a backup by the day it was made
 * ("ips-fidelity-review-backup-2026-11-23.json.gz": a backup is saved gzip-compressed).
 */
export function exchangeFileName(
  file: ExchangeFile,
  teamName: string | null,
  purpose: ExportPurpose = 'export',
): string {
  if (file.kind === 'backup') return `ips-fidelity-review-backup-${localIsoDate(new Date(file.createdAt))}.json.gz`
  const review = file.data.reviews.find((r) => r.id === file.reviewId)
  if (review?.source === 'network-summary') return networkSummaryFileName(teamName, review)
  return reviewFileName(
    teamName,
    review ?? { visitStart: file.createdAt.slice(0, 10), type: 'independent', reviewers: [] },
    purpose,
  )
}

/**
 * The file's text. A review file is indented so support can read it; a backup is compact (it is
 * compressed and must stay under the import limits to be restored at all).
 */
export function serialiseExchangeFile(file: ExchangeFile): string {
  return `${file.kind === 'review' ? JSON.stringify(file, null, 2) : JSON.stringify(file)}\n`
}

/** Bytes the text takes as UTF-8, the encoding it is saved in. */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4 // a surrogate pair is one character of four bytes
      i++
    } else bytes += 3
  }
  return bytes
}

const shrink = 'Delete personal data from finished reviews, then try again.'

/**
 * A warning when a file is too large to be imported again (so a backup would not restore), else null.
 * For a compressed file, give its size: the file must be within the file limit and its text within the unpacked limit.
 */
export function exchangeFileSizeWarning(text: string, compressedBytes?: number): string | null {
  const bytes = utf8ByteLength(text)
  const tooLarge = (what: string, size: number, limit: number) =>
    `This file ${what} ${megabytes(size)}, over the ${megabytes(limit)} that can be imported, so it could not be restored. ${shrink}`
  const fileBytes = compressedBytes ?? bytes
  if (fileBytes > MAX_EXCHANGE_FILE_BYTES) return tooLarge('is', fileBytes, MAX_EXCHANGE_FILE_BYTES)
  if (compressedBytes !== undefined && bytes > MAX_UNPACKED_EXCHANGE_BYTES) {
    return tooLarge('unpacks to', bytes, MAX_UNPACKED_EXCHANGE_BYTES)
  }
  return null
}
