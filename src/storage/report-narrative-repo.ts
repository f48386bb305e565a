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
import type { ReviewDatabase } from './database'
import { notFound } from './storage-error'
import { definedOnly, parseInput, parseRow, parseRows, read, write } from './repo-helpers'

// Like the action plan, the report's words stay editable once the review is final: the report is written after
// the scores are agreed, and each PDF or Word file is a copy of the words as they were when it was made.
async function requireReview(db: ReviewDatabase, reviewId: string) {
  if (!(await db.reviews.get(reviewId))) throw notFound('This review')
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
    return write(
      (db) => [db.reportNarratives, db.reviews],
      async (db) => {
        await requireReview(db, reviewId)
        const stored = await db.reportNarratives.get(reviewId)
        const existing = stored
          ? parseRow(ReportNarrativeSchema, stored, 'report narrative')
          : emptyNarrative(reviewId, now.toISOString())
        const next = parseInput(
          ReportNarrativeSchema,
          { ...existing, ...changes, updatedAt: now.toISOString() },
          'report narrative',
        )
        await db.reportNarratives.put(next)
        return next
      },
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
    return write(
      (db) => [db.itemFindings, db.reviews],
      async (db) => {
        await requireReview(db, reviewId)
        const stored = await db.itemFindings.get([reviewId, itemId])
        const existing = stored
          ? parseRow(ItemFindingSchema, stored, 'item finding')
          : { reviewId, itemId, kind: null, text: '', updatedAt: now.toISOString() }
        const next = parseInput(
          ItemFindingSchema,
          { ...existing, ...changes, updatedAt: now.toISOString() },
          'item finding',
        )
        await db.itemFindings.put(next)
        return next
      },
    )
  },
}
