import type { ExchangeFile, ExchangeKind, ReviewData } from '#domain/exchange/file'
import {
  byTable,
  emptyRows,
  mapRows,
  recordKey,
  rowTables,
  tableNames,
  type RowTable,
  type TableName,
  type TableRow,
  type TableRows,
} from '#domain/exchange/tables'
import { fieldDifferences } from './fields'
import { conflictLabel, labelContext, reviewLabel, type LabelContext } from './labels'
import { DEVICE_SETTINGS, differingFields, incomingSettings, mergeReviews } from './merge'
import { describeRuleBreaks, importRuleBreaks, type ReviewRows } from './rules'
import { importBlockers, planTitle } from './summary'
import type { ImportedScale } from '#domain/scale/imported'
import type { Rating } from '#domain/review/rating'
import type { Review } from '#domain/review/review'
import { isImportedSummary } from '#domain/scoring/review-rules'
import type { Settings } from '#domain/settings/settings'

/** Rows to put, table by table; settings null means the settings are not written. */
export type ImportWrites = TableRows & { settings: Settings | null }

/** The device's rows with the same primary keys as the file's rows (a subset of the device). */
export type ExistingRecords = ImportWrites & {
  /**
   * Every rating and consensus row the device holds for the file's reviews, keys shared or not: the
   * review rules judge a review's whole state. Left out, `ratings` and `consensus` are taken as all of them.
   */
  scoresOnDevice?: Pick<ReviewData, 'ratings' | 'consensus'>
}

export type ConflictChoice = 'local' | 'incoming'

/** A row the file and the device both hold, differently: the user picks which version stays. */
interface ConflictIn<T extends TableName> {
  /** Unique within the plan; the key of the user's choice. */
  id: string
  table: T
  /** In users' words, e.g. "Rating of item 6 Employment agency collaboration by Sam Patel". */
  label: string
  /** The device's version (for a review, with the fields that merge without asking already merged). */
  local: TableRow<T>
  /** The file's version, as it would be written. */
  incoming: TableRow<T>
  /** The fields that differ, as text. */
  fields: { name: string; label: string; local: string; incoming: string }[]
  /**
   * Ratings by reviewers only the file's version of a review lists: written only if that version is
   * chosen, so a rating never names a reviewer its review does not have. Empty for other conflicts.
   */
  ratingsWithIncoming: Rating[]
}

/**
 * A conflict in one of the named tables (any table, when none is named), its two versions typed as that
 * table's rows: narrowing `table` narrows `local` and `incoming` with it.
 */
export type ImportConflict<N extends TableName = TableName> = { [T in N]: ConflictIn<T> }[N]

export interface TableCounts {
  added: number
  unchanged: number
  merged: number
  conflicts: number
}

export interface ImportPlan {
  kind: ExchangeKind
  /** What the file is, e.g. "Review of Northgate CRT (20-21 November 2026)". */
  title: string
  counts: Record<TableName, TableCounts>
  conflicts: ImportConflict[]
  /** Reasons the import cannot go ahead at all; the preview shows them instead of an Import button. */
  blockers: string[]
  /** Rows without conflicts: added, and reviews merged without asking. */
  writes: ImportWrites
  /**
   * What the import leaves or replaces on purpose, in words, for the preview: a summary for the network of a
   * review this device holds in full is not imported (the full review wins); a full review replaces its summary.
   */
  notes: string[]
}

export function emptyImportWrites(): ImportWrites {
  return { ...emptyRows(rowTables), settings: null }
}

/** The file's rows in the shape of the device's tables. */
function incomingRecords(file: ExchangeFile): ExistingRecords {
  return file.kind === 'backup' ? file.data : { ...file.data, importedScales: [], outcomes: [], settings: null }
}

/** Reviews whose two versions list different reviewers: their new reviewers' ratings wait on the user's choice. */
type ReviewerConflicts = Map<string, { conflict: ImportConflict<'reviews'>; localReviewers: Set<string> }>

/**
 * What importing `file` would do, without doing it: every row of the file is added (its key is not
 * on the device), unchanged (same content; when it was saved does not count), merged (a review whose
 * copies differ only in what merges without asking) or a conflict (both versions shown, the user
 * picks; nothing is overwritten silently). Pure, and linear in the number of rows.
 */
export function planImport(
  file: ExchangeFile,
  existing: ExistingRecords,
  isScaleAvailable: (id: string, version: string) => boolean,
): ImportPlan {
  const ctx = labelContext(file, existing)
  const sources = settleSummaries(incomingRecords(file), existing, ctx)
  const incoming = sources.incoming
  const writes = emptyImportWrites()
  const conflicts: ImportConflict[] = []
  const counts = byTable(tableNames, () => ({ added: 0, unchanged: 0, merged: 0, conflicts: 0 }))
  const reviewerConflicts: ReviewerConflicts = new Map()
  // The row lists as the registry types them, so each table's rows keep their own type.
  const incomingRows: TableRows = incoming
  const existingRows: TableRows = existing
  const written: TableRows = writes

  const record = (entry: ImportConflict) => {
    conflicts.push(entry)
    counts[entry.table].conflicts++
  }

  /** Each of the file's rows with the device's row of the same key, if there is one. */
  const matched = <T extends RowTable>(table: T) => {
    const local = new Map<string, TableRow<T>>(existingRows[table].map((row) => [recordKey(table, row), row]))
    return incomingRows[table].map((row) => ({ row, mine: local.get(recordKey(table, row)) }))
  }

  /** A new row is written and an identical one counted; one that differs is left to `differs`. */
  const settle = <T extends RowTable>(
    table: T,
    row: TableRow<T>,
    mine: TableRow<T> | undefined,
    differs: (mine: TableRow<T>, names: string[]) => void,
  ) => {
    if (!mine) {
      written[table].push(row)
      counts[table].added++
      return
    }
    const names = differingFields(mine, row)
    if (names.length === 0) counts[table].unchanged++
    else differs(mine, names)
  }

  const mergeReview = (mine: Review, row: Review) => {
    const merged = mergeReviews(mine, row)
    const names = differingFields(merged.local, merged.incoming)
    if (names.length > 0) {
      const entry = conflictIn('reviews', merged.local, merged.incoming, names, ctx)
      record(entry)
      if (names.includes('reviewers')) {
        reviewerConflicts.set(mine.id, { conflict: entry, localReviewers: new Set(mine.reviewers.map((r) => r.id)) })
      }
    } else if (differingFields(mine, merged.local).length === 0) {
      counts.reviews.unchanged++ // the device already has everything the file adds
    } else {
      writes.reviews.push(merged.local)
      counts.reviews.merged++
    }
  }

  // A released scale version never changes, so the same id and version with other content is refused, not
  // offered as a choice; when it was imported makes no difference (differingFields leaves importedAt out).
  const scaleClashes: ImportedScale[] = []
  // Table by table in the registry's order, so reviews are settled before their ratings.
  for (const table of rowTables) {
    if (table === 'reviews') {
      for (const { row, mine } of matched(table)) {
        // A full review replaces the summary of it on this device: its row is taken as it is.
        if (mine && sources.replaced.has(row.id)) {
          writes.reviews.push(row)
          counts.reviews.merged++
        } else settle(table, row, mine, (m) => mergeReview(m, row))
      }
    } else if (table === 'ratings') {
      for (const { row, mine } of matched(table)) {
        if (waitsForReviewChoice(row, mine, reviewerConflicts)) continue
        settle(table, row, mine, (m, names) => record(conflictIn(table, m, row, names, ctx)))
      }
    } else if (table === 'importedScales') {
      for (const { row, mine } of matched(table)) settle(table, row, mine, () => scaleClashes.push(row))
    } else {
      for (const { row, mine } of matched(table)) {
        settle(table, row, mine, (m, names) => record(conflictIn(table, m, row, names, ctx)))
      }
    }
  }
  describeWaitingRatings(reviewerConflicts)

  if (incoming.settings) {
    if (!existing.settings) {
      writes.settings = incoming.settings
      counts.settings.added++
    } else {
      const names = differingFields(existing.settings, incoming.settings, DEVICE_SETTINGS)
      if (names.length === 0) counts.settings.unchanged++
      else
        record(
          conflictIn('settings', existing.settings, incomingSettings(incoming.settings, existing.settings), names, ctx),
        )
    }
  }

  const plan: ImportPlan = {
    kind: file.kind,
    title: planTitle(file, ctx),
    counts,
    conflicts,
    blockers: [
      ...importBlockers(incoming.reviews, incoming.importedScales, isScaleAvailable, ctx),
      ...scaleClashes.map(
        (scale) =>
          `The file holds a different scale under id ${scale.id} version ${scale.version} than this device. ` +
          'A scale version never changes: give one of them a new version number, then import again.',
      ),
      ...finalReviewBlockers(
        existing.reviews.filter((review) => !sources.replaced.has(review.id)),
        writes,
        conflicts,
        ctx,
      ),
    ],
    writes,
    notes: sources.notes,
  }
  // Judged on what the import writes when the user keeps the device's side of every conflict; the
  // write checks the rules again with the choices made, so no choice can bring a broken state either.
  const breaks = importRuleBreaks(resolveImport(plan, {}), devicesReviewRows(existing), ctx.scale)
  plan.blockers.push(...describeRuleBreaks(breaks, (review) => reviewLabel(review, ctx)))
  return plan
}

/**
 * A summary for the network never overwrites the full review it was made from: where the device holds the
 * review in full, the file's rows of that review are left out (the file's team still goes the usual way).
 * Where the device holds only a summary and the file the full review, the full review replaces it.
 */
function settleSummaries(
  incoming: ExistingRecords,
  existing: ExistingRecords,
  ctx: LabelContext,
): { incoming: ExistingRecords; replaced: ReadonlySet<string>; notes: string[] } {
  const onDevice = new Map(existing.reviews.map((review) => [review.id, review]))
  const kept = new Set<string>()
  const replaced = new Set<string>()
  const notes: string[] = []
  for (const review of incoming.reviews) {
    const mine = onDevice.get(review.id)
    if (!mine || isImportedSummary(mine) === isImportedSummary(review)) continue
    if (isImportedSummary(review)) {
      kept.add(review.id)
      notes.push(
        `The file’s summary of the ${reviewLabel(mine, ctx).replace(/^Review/, 'review')} is not imported: this ` +
          'device holds that review in full, with its evidence, and the full review is kept.',
      )
    } else {
      replaced.add(review.id)
      notes.push(
        `The ${reviewLabel(review, ctx).replace(/^Review/, 'review')} is on this device as an imported summary: ` +
          'the full review in the file replaces it.',
      )
    }
  }
  if (kept.size === 0) return { incoming, replaced, notes }
  const rows: TableRows = incoming
  const left = mapRows(rowTables, <T extends RowTable>(table: T) =>
    rows[table].filter((row) => {
      const reviewId = table === 'reviews' ? (row as { id: string }).id : (row as { reviewId?: string }).reviewId
      return reviewId === undefined || !kept.has(reviewId)
    }),
  )
  return { incoming: { ...left, settings: incoming.settings }, replaced, notes }
}

/** A conflict in `table`, in users' words, with the fields that differ. */
function conflictIn<T extends TableName>(
  table: T,
  local: TableRow<T>,
  incoming: TableRow<T>,
  names: string[],
  ctx: LabelContext,
): ImportConflict<T> {
  return {
    id: `${table}:${recordKey(table, local)}`,
    table,
    label: conflictLabel(table, local, ctx),
    local,
    incoming,
    fields: fieldDifferences(table, names, local, incoming, ctx),
    ratingsWithIncoming: [],
  }
}

function devicesReviewRows(existing: ExistingRecords): ReviewRows {
  return { reviews: existing.reviews, ...(existing.scoresOnDevice ?? existing) }
}

// What a final review locks; its action plan stays editable after the report, as in the app.
const lockedWhenFinal = ['evidence', 'calculatorInputs', 'recordReviewRows', 'ratings', 'consensus'] as const
const locked: ReadonlySet<TableName> = new Set(lockedWhenFinal)

/**
 * A review that is final on this device changes only after someone reopens it (who, when and why are
 * recorded), so a file that would add to or change its evidence or scores is refused until then.
 */
function finalReviewBlockers(
  onDevice: readonly Review[],
  writes: ImportWrites,
  conflicts: readonly ImportConflict[],
  ctx: LabelContext,
): string[] {
  const final = new Map(onDevice.filter((review) => review.status === 'final').map((review) => [review.id, review]))
  if (final.size === 0) return []
  const touched = new Set<string>()
  for (const table of lockedWhenFinal) {
    for (const row of writes[table]) if (final.has(row.reviewId)) touched.add(row.reviewId)
  }
  for (const { table, local } of conflicts) {
    if (locked.has(table) && 'reviewId' in local && final.has(local.reviewId)) touched.add(local.reviewId)
  }
  return [...touched].map(
    (reviewId) =>
      `The ${reviewLabel(final.get(reviewId), ctx).replace(/^Review/, 'review')} is final on this device, and the file would change its evidence or ` +
      'scores. Reopen it on this device first (the reopening is recorded), then import again.',
  )
}

/** A new rating by a reviewer only the file's version of its review lists: held back with that review's conflict. */
function waitsForReviewChoice(rating: Rating, mine: Rating | undefined, reviewerConflicts: ReviewerConflicts): boolean {
  const waiting = reviewerConflicts.get(rating.reviewId)
  if (mine || !waiting || waiting.localReviewers.has(rating.reviewerId)) return false
  waiting.conflict.ratingsWithIncoming.push(rating)
  return true
}

function describeWaitingRatings(reviewerConflicts: ReviewerConflicts): void {
  for (const { conflict } of reviewerConflicts.values()) {
    const ratings = conflict.ratingsWithIncoming
    if (ratings.length === 0) continue
    const review = conflict.incoming
    const names = [...new Set(ratings.map((r) => review.reviewers.find((x) => x.id === r.reviewerId)?.name))]
    conflict.fields.push({
      name: 'ratings',
      label: 'Ratings that come with this version',
      local: 'None',
      incoming: `${ratings.length} ${ratings.length === 1 ? 'rating' : 'ratings'} by ${names.join(' and ')}`,
    })
  }
}

/**
 * The rows to write once the user has chosen: every row without a conflict, and for each conflict
 * where the file's version is chosen, that version. A conflict with no choice keeps the device's
 * version (never last-write-wins).
 */
export function resolveImport(plan: ImportPlan, choices: Readonly<Record<string, ConflictChoice>>): ImportWrites {
  const planned: TableRows = plan.writes
  const rows = mapRows(rowTables, <T extends RowTable>(table: T) => [...planned[table]])
  const writes: ImportWrites = { ...rows, settings: plan.writes.settings }
  for (const conflict of plan.conflicts) {
    const takeIncoming = choices[conflict.id] === 'incoming'
    // Keeping the device's row needs no write, except a review: its kept version carries the merged fields.
    if (!takeIncoming && conflict.table !== 'reviews') continue
    if (conflict.table === 'settings') writes.settings = takeIncoming ? conflict.incoming : conflict.local
    else putChosen(rows, conflict, takeIncoming)
    if (takeIncoming) writes.ratings.push(...conflict.ratingsWithIncoming)
  }
  return writes
}

function putChosen<T extends RowTable>(rows: TableRows, conflict: ImportConflict<T>, takeIncoming: boolean): void {
  rows[conflict.table].push(takeIncoming ? conflict.incoming : conflict.local)
}
