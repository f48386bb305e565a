import {
  emptyNarrative,
  ItemFindingPatchSchema,
  ItemFindingSchema,
  ReportNarrativePatchSchema,
  ReportNarrativeSchema,
  type ItemFinding,
  type ItemFindingPatch,
  type ReportNarrative,
  type ReportNarrativePatch,
} from '#domain/scoring/report-narrative'
import type { IndexableType, Table } from 'dexie'
import type * as z from 'zod/mini'
import type { ReviewDatabase } from './database'
import { notFound } from './storage-error'
import { definedOnly, parseInput, parseRow, parseRows, read, write } from './repo-helpers'

// Like the action plan, the report's words stay editable once the review is final: the report is written after
// the scores are agreed, and each PDF or Word file is a copy of the words as they were when it was made.
async function requireReview(db: ReviewDatabase, reviewId: string) {
  if (!(await db.reviews.get(reviewId))) throw notFound('This review')
}

/**
 * Writes `changes` over the stored row, or over `fresh` when there is none yet, parsed whole before it is put,
 * in one transaction with the check that the review is still on this device.
 */
function upsert<Row>(
  table: (db: ReviewDatabase) => Table<Row>,
  reviewId: string,
  key: IndexableType,
  schema: z.ZodMiniType<Row>,
  what: string,
  fresh: Row,
  changes: Partial<Row>,
  now: Date,
): Promise<Row> {
  return write(
    (db) => [table(db), db.reviews],
    async (db) => {
      await requireReview(db, reviewId)
      const stored = await table(db).get(key)
      const existing = stored ? parseRow(schema, stored, what) : fresh
      const next = parseInput(schema, { ...existing, ...changes, updatedAt: now.toISOString() }, what)
      await table(db).put(next)
      return next
    },
  )
}

export const reportNarrativeRepo = {
  /** The review's narrative, or null when nobody has written any. */
  async getNarrative(reviewId: string): Promise<ReportNarrative | null> {
    return read(async (db) => {
      const row = await db.reportNarratives.get(reviewId)
      return row ? parseRow(ReportNarrativeSchema, row, 'report narrative') : null
    })
  },

  /** Changes only the fields given, creating the narrative on its first edit. */
  async updateNarrative(
    reviewId: string,
    patch: ReportNarrativePatch,
    now: Date = new Date(),
  ): Promise<ReportNarrative> {
    const changes = definedOnly(parseInput(ReportNarrativePatchSchema, patch, 'report narrative'))
    const fresh = emptyNarrative(reviewId, now.toISOString())
    const table = (db: ReviewDatabase) => db.reportNarratives
    return upsert<ReportNarrative>(
      table,
      reviewId,
      reviewId,
      ReportNarrativeSchema,
      'report narrative',
      fresh,
      changes,
      now,
    )
  },

  /** The findings the reviewers chose or wrote, one per item at most. */
  async listFindings(reviewId: string): Promise<ItemFinding[]> {
    return read(async (db) =>
      parseRows(ItemFindingSchema, await db.itemFindings.where('reviewId').equals(reviewId).toArray(), 'item finding'),
    )
  },

  /** Changes only the fields given, creating the item's finding on its first edit (following its score until chosen). */
  async updateFinding(
    reviewId: string,
    itemId: string,
    patch: ItemFindingPatch,
    now: Date = new Date(),
  ): Promise<ItemFinding> {
    const changes = definedOnly(parseInput(ItemFindingPatchSchema, patch, 'item finding'))
    const fresh: ItemFinding = { reviewId, itemId, kind: null, text: '', updatedAt: now.toISOString() }
    const table = (db: ReviewDatabase) => db.itemFindings
    return upsert<ItemFinding>(
      table,
      reviewId,
      [reviewId, itemId],
      ItemFindingSchema,
      'item finding',
      fresh,
      changes,
      now,
    )
  },
}
