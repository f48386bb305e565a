import {
  emptyReviewData,
  reviewTables,
  type ExchangeFile,
  type ExchangeKind,
  type ReviewData,
} from '#domain/exchange/file'
import type { ImportedScale } from '#domain/scale/imported'
import { importTables, recordKey, type ImportTable } from '#domain/exchange/keys'
import { fieldDifferences } from './fields'
import { conflictLabel, labelContext, reviewLabel, type LabelContext } from './labels'
import { DEVICE_SETTINGS, differingFields, incomingSettings, mergeReviews, sameValue } from './merge'
import { describeRuleBreaks, importRuleBreaks, type ReviewRows } from './rules'
import { importBlockers, planTitle } from './summary'
import type { Rating } from '#domain/review/rating'
import type { Review } from '#domain/review/review'
import type { Settings } from '#domain/settings/settings'

/** Rows to put, table by table; settings null means the settings are not written. */
export type ImportWrites = ReviewData & { importedScales: ImportedScale[]; settings: Settings | null }

/** The device's rows with the same primary keys as the file's rows (a subset of the device). */
export type ExistingRecords = ImportWrites & {
  /**
   * Every rating and consensus row the device holds for the file's reviews, keys shared or not: the
   * review rules judge a review's whole state. Left out, `ratings` and `consensus` are taken as all of them.
   */
  scoresOnDevice?: Pick<ReviewData, 'ratings' | 'consensus'>
}

export type ConflictChoice = 'local' | 'incoming'

export interface ImportConflict {
  /** Unique within the plan; the key of the user's choice. */
  id: string
  table: ImportTable
  /** In users' words, e.g. "Rating of item 6 Employment agency collaboration by Sam Patel". */
  label: string
  /** The device's version (for a review, with the fields that merge without asking already merged). */
  local: unknown
  /** The file's version, as it would be written. */
  incoming: unknown
  /** The fields that differ, as text. */
  fields: { name: string; label: string; local: string; incoming: string }[]
  /**
   * Ratings by reviewers only the file's version of a review lists: written only if that version is
   * chosen, so a rating never names a reviewer its review does not have. Empty for other conflicts.
   */
  ratingsWithIncoming: Rating[]
}

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
  counts: Record<ImportTable, TableCounts>
  conflicts: ImportConflict[]
  /** Reasons the import cannot go ahead at all; the preview shows them instead of an Import button. */
  blockers: string[]
  /** Rows without conflicts: added, and reviews merged without asking. */
  writes: ImportWrites
}

export function emptyImportWrites(): ImportWrites {
  return { ...emptyReviewData(), importedScales: [], settings: null }
}

type Row = Readonly<Record<string, unknown>>

/** The file's rows in the shape of the device's tables. */
function incomingRecords(file: ExchangeFile): ExistingRecords {
  return file.kind === 'backup' ? file.data : { ...file.data, importedScales: [], settings: null }
}

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
  const incoming = incomingRecords(file)
  const ctx = labelContext(file, existing)
  const writes = emptyImportWrites()
  const conflicts: ImportConflict[] = []
  const counts = Object.fromEntries(
    importTables.map((table) => [table, { added: 0, unchanged: 0, merged: 0, conflicts: 0 }]),
  ) as Record<ImportTable, TableCounts>
  // Reviews whose two versions list different reviewers: their new reviewers' ratings wait on the user's choice.
  const reviewerConflicts = new Map<string, { conflict: ImportConflict; localReviewers: Set<string> }>()

  const conflict = (table: ImportTable, local: Row, theirs: Row, names: string[]): ImportConflict => {
    const entry: ImportConflict = {
      id: `${table}:${recordKey(table, local)}`,
      table,
      label: conflictLabel(table, local, ctx),
      local,
      incoming: theirs,
      fields: fieldDifferences(table, names, local, theirs, ctx),
      ratingsWithIncoming: [],
    }
    conflicts.push(entry)
    counts[table].conflicts++
    return entry
  }

  const scaleClashes: ImportedScale[] = []
  for (const table of [...reviewTables, 'importedScales'] as const) {
    const rows: readonly Row[] = incoming[table]
    if (rows.length === 0) continue
    const local = new Map<string, Row>((existing[table] as readonly Row[]).map((row) => [recordKey(table, row), row]))
    const written = writes[table] as Row[]
    for (const row of rows) {
      const mine = local.get(recordKey(table, row))
      if (table === 'ratings' && waitsForReviewChoice(row as Rating, mine, reviewerConflicts)) continue
      if (!mine) {
        written.push(row)
        counts[table].added++
      } else if (table === 'importedScales') {
        // A released scale version never changes, so the same id and version with other content is refused,
        // not offered as a choice; when it was imported makes no difference.
        if (sameValue((mine as ImportedScale).data, (row as ImportedScale).data)) counts[table].unchanged++
        else scaleClashes.push(row as ImportedScale)
      } else if (differingFields(mine, row).length === 0) {
        counts[table].unchanged++
      } else if (table !== 'reviews') {
        conflict(table, mine, row, differingFields(mine, row))
      } else {
        const merged = mergeReviews(mine as Review, row as Review)
        const names = differingFields(merged.local, merged.incoming)
        if (names.length > 0) {
          const entry = conflict(table, merged.local, merged.incoming, names)
          if (names.includes('reviewers')) {
            const localReviewers = new Set((mine as Review).reviewers.map((r) => r.id))
            reviewerConflicts.set((mine as Review).id, { conflict: entry, localReviewers })
          }
        } else if (differingFields(mine, merged.local).length === 0) {
          counts[table].unchanged++ // the device already has everything the file adds
        } else {
          written.push(merged.local)
          counts[table].merged++
        }
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
      else conflict('settings', existing.settings, incomingSettings(incoming.settings, existing.settings), names)
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
      ...finalReviewBlockers(existing.reviews, writes, conflicts, ctx),
    ],
    writes,
  }
  // Judged on what the import writes when the user keeps the device's side of every conflict; the
  // write checks the rules again with the choices made, so no choice can bring a broken state either.
  const breaks = importRuleBreaks(resolveImport(plan, {}), devicesReviewRows(existing), ctx.scale)
  plan.blockers.push(...describeRuleBreaks(breaks, (review) => reviewLabel(review, ctx)))
  return plan
}

function devicesReviewRows(existing: ExistingRecords): ReviewRows {
  return { reviews: existing.reviews, ...(existing.scoresOnDevice ?? existing) }
}

// What a final review locks; its action plan stays editable after the report, as in the app.
const lockedWhenFinal = ['evidence', 'calculatorInputs', 'recordReviewRows', 'ratings', 'consensus'] as const

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
  for (const entry of conflicts) {
    const reviewId = (entry.local as { reviewId?: unknown }).reviewId
    if (
      (lockedWhenFinal as readonly string[]).includes(entry.table) &&
      typeof reviewId === 'string' &&
      final.has(reviewId)
    ) {
      touched.add(reviewId)
    }
  }
  return [...touched].map(
    (reviewId) =>
      `The ${reviewLabel(final.get(reviewId), ctx).replace(/^Review/, 'review')} is final on this device, and the file would change its evidence or ` +
      'scores. Reopen it on this device first (the reopening is recorded), then import again.',
  )
}

/** A new rating by a reviewer only the file's version of its review lists: held back with that review's conflict. */
function waitsForReviewChoice(
  rating: Rating,
  mine: Row | undefined,
  reviewerConflicts: ReadonlyMap<string, { conflict: ImportConflict; localReviewers: Set<string> }>,
): boolean {
  const waiting = reviewerConflicts.get(rating.reviewId)
  if (mine || !waiting || waiting.localReviewers.has(rating.reviewerId)) return false
  waiting.conflict.ratingsWithIncoming.push(rating)
  return true
}

function describeWaitingRatings(reviewerConflicts: ReadonlyMap<string, { conflict: ImportConflict }>): void {
  for (const { conflict } of reviewerConflicts.values()) {
    const ratings = conflict.ratingsWithIncoming
    if (ratings.length === 0) continue
    const review = conflict.incoming as Review
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
  const { writes: planned } = plan
  const writes: ImportWrites = {
    teams: [...planned.teams],
    reviews: [...planned.reviews],
    evidence: [...planned.evidence],
    calculatorInputs: [...planned.calculatorInputs],
    recordReviewRows: [...planned.recordReviewRows],
    ratings: [...planned.ratings],
    consensus: [...planned.consensus],
    actionPlan: [...planned.actionPlan],
    importedScales: [...planned.importedScales],
    settings: planned.settings,
  }
  for (const conflict of plan.conflicts) {
    const takeIncoming = choices[conflict.id] === 'incoming'
    // Keeping the device's row needs no write, except a review: its kept version carries the merged fields.
    if (!takeIncoming && conflict.table !== 'reviews') continue
    const row = takeIncoming ? conflict.incoming : conflict.local
    if (conflict.table === 'settings') writes.settings = row as Settings
    else (writes[conflict.table] as unknown[]).push(row)
    if (takeIncoming) writes.ratings.push(...conflict.ratingsWithIncoming)
  }
  return writes
}
