import {
  ActionPlanEntrySchema,
  ActionPlanPatchSchema,
  entriesForItem,
  type ActionPlanEntry,
  type ActionPlanPatch,
} from '#domain/scoring/action-plan'
import { statusUpdateProblem } from '#domain/scoring/action-follow-up'
import { StatusUpdateSchema, type StatusUpdateInput } from '#domain/scoring/action-status'
import { ReviewSchema } from '#domain/review/review'
import type { ReviewDatabase } from './database'
import { notFound, StorageError } from './storage-error'
import { definedOnly, newId, parseInput, parseRow, parseRows, read, write } from './repo-helpers'

// Unlike scores, the plan stays editable once the review is final: IPS Grow agrees the action plan
// with the team within 6 weeks of the report, so the team's actions are often written after sign-off.
async function requireReview(db: ReviewDatabase, reviewId: string) {
  const row = await db.reviews.get(reviewId)
  if (!row) throw notFound('This review')
  return parseRow(ReviewSchema, row, 'review')
}

async function loadEntry(db: ReviewDatabase, id: string): Promise<ActionPlanEntry> {
  const row = await db.actionPlan.get(id)
  if (!row) throw notFound('This action plan entry')
  return parseRow(ActionPlanEntrySchema, row, 'action plan entry')
}

export const actionPlanRepo = {
  /** A new, empty entry for an item; `fields` can prefill it (e.g. the default target date). */
  async create(
    reviewId: string,
    itemId: string,
    fields: ActionPlanPatch = {},
    now: Date = new Date(),
  ): Promise<ActionPlanEntry> {
    const at = now.toISOString()
    const entry = parseInput(
      ActionPlanEntrySchema,
      {
        recommendation: '',
        action: '',
        owner: '',
        targetDate: null,
        ...definedOnly(parseInput(ActionPlanPatchSchema, fields, 'action plan entry')),
        id: newId(),
        reviewId,
        itemId,
        createdAt: at,
        updatedAt: at,
      },
      'action plan entry',
    )
    return write(
      (db) => [db.actionPlan, db.reviews],
      async (db) => {
        await requireReview(db, reviewId)
        await db.actionPlan.add(entry)
        return entry
      },
    )
  },

  /** Changes only the fields given; the entry keeps its review and item. */
  async update(id: string, patch: ActionPlanPatch, now: Date = new Date()): Promise<ActionPlanEntry> {
    const changes = definedOnly(parseInput(ActionPlanPatchSchema, patch, 'action plan entry'))
    return write(
      (db) => [db.actionPlan, db.reviews],
      async (db) => {
        const existing = await loadEntry(db, id)
        await requireReview(db, existing.reviewId)
        const next = parseInput(
          ActionPlanEntrySchema,
          { ...existing, ...changes, updatedAt: now.toISOString() },
          'action plan entry',
        )
        await db.actionPlan.put(next)
        return next
      },
    )
  },

  /**
   * Adds a dated status update to the entry's history (never replacing one), refused with a message when it is
   * dated before the visit. Allowed on a final review: following up the plan is what comes after it.
   */
  async addStatusUpdate(id: string, update: StatusUpdateInput, now: Date = new Date()): Promise<ActionPlanEntry> {
    const parsed = parseInput(StatusUpdateSchema, update, 'status update')
    return write(
      (db) => [db.actionPlan, db.reviews],
      async (db) => {
        const existing = await loadEntry(db, id)
        const review = await requireReview(db, existing.reviewId)
        const problem = statusUpdateProblem(parsed.date, review)
        if (problem) throw new StorageError('invalid', problem)
        const next = parseInput(
          ActionPlanEntrySchema,
          { ...existing, statusUpdates: [...existing.statusUpdates, parsed], updatedAt: now.toISOString() },
          'action plan entry',
        )
        await db.actionPlan.put(next)
        return next
      },
    )
  },

  /** Removing an entry that is already gone (e.g. from another tab) is not an error. */
  async remove(id: string): Promise<void> {
    return write(
      (db) => [db.actionPlan],
      (db) => db.actionPlan.delete(id),
    )
  },

  /** Throws StorageError 'not-found' when there is no such entry. */
  async get(id: string): Promise<ActionPlanEntry> {
    return read((db) => loadEntry(db, id))
  },

  /** Every entry of the review, per item in the order they were written. */
  async listForReview(reviewId: string): Promise<ActionPlanEntry[]> {
    return read(async (db) => {
      const rows = parseRows(
        ActionPlanEntrySchema,
        await db.actionPlan.where('reviewId').equals(reviewId).toArray(),
        'action plan entry',
      )
      return [...new Set(rows.map((r) => r.itemId))].flatMap((itemId) => entriesForItem(rows, itemId))
    })
  },

  /** Every entry of these reviews (e.g. all of a team's), per review and item in the order they were written. */
  async listForReviews(reviewIds: readonly string[]): Promise<ActionPlanEntry[]> {
    return read(async (db) => {
      const rows = parseRows(
        ActionPlanEntrySchema,
        await db.actionPlan
          .where('reviewId')
          .anyOf([...reviewIds])
          .toArray(),
        'action plan entry',
      )
      return reviewIds.flatMap((reviewId) => {
        const own = rows.filter((r) => r.reviewId === reviewId)
        return [...new Set(own.map((r) => r.itemId))].flatMap((itemId) => entriesForItem(own, itemId))
      })
    })
  },

  async listForItem(reviewId: string, itemId: string): Promise<ActionPlanEntry[]> {
    return read(async (db) => {
      const rows = await db.actionPlan.where('[reviewId+itemId]').equals([reviewId, itemId]).toArray()
      return entriesForItem(parseRows(ActionPlanEntrySchema, rows, 'action plan entry'), itemId)
    })
  },
}
