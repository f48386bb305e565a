import {
  defaultPlanningChecklist,
  ReviewInputSchema,
  ReviewSchema,
  type Review,
  type ReviewInput,
  type ReviewStatus,
} from '../domain/review'
import { notFound } from './storage-error'
import { definedOnly, newId, parseInput, parseRow, parseRows, read, write } from './repo-helpers'
import type { ReviewDatabase } from './database'

/** What can change after a review has started; the team and the pinned scale version cannot. */
export type ReviewPatch = Partial<Pick<Review, 'type' | 'visitStart' | 'visitEnd' | 'reviewers' | 'planningChecklist'>>

// Newest visit first; reviews on the same dates in the order they were started, newest first.
const newestFirst = (a: Review, b: Review) =>
  b.visitStart.localeCompare(a.visitStart) || b.createdAt.localeCompare(a.createdAt)

export async function loadReview(db: ReviewDatabase, id: string): Promise<Review> {
  const row = await db.reviews.get(id)
  if (!row) throw notFound('This review')
  return parseRow(ReviewSchema, row, 'review')
}

async function change(id: string, now: Date, edit: (review: Review) => Partial<Review>): Promise<Review> {
  return write(
    (db) => [db.reviews],
    async (db) => {
      const existing = await loadReview(db, id)
      const next = parseInput(
        ReviewSchema,
        { ...existing, ...edit(existing), id, teamId: existing.teamId, updatedAt: now.toISOString() },
        'review',
      )
      await db.reviews.put(next)
      return next
    },
  )
}

export const reviewsRepo = {
  /** Starts a review in planning, with the review process's checklist. Throws 'not-found' for an unknown team. */
  async create(input: ReviewInput, now: Date = new Date()): Promise<Review> {
    const fields = parseInput(ReviewInputSchema, input, 'review')
    const at = now.toISOString()
    const review = parseInput(
      ReviewSchema,
      {
        ...fields,
        id: newId(),
        status: 'planning',
        planningChecklist: defaultPlanningChecklist(),
        createdAt: at,
        updatedAt: at,
        finalisedAt: null,
        reopenings: [],
      },
      'review',
    )
    return write(
      (db) => [db.reviews, db.teams],
      async (db) => {
        if (!(await db.teams.get(review.teamId))) throw notFound('This team')
        await db.reviews.add(review)
        return review
      },
    )
  },

  async update(id: string, patch: ReviewPatch, now: Date = new Date()): Promise<Review> {
    const { type, visitStart, visitEnd, reviewers, planningChecklist } = patch
    return change(id, now, () => definedOnly({ type, visitStart, visitEnd, reviewers, planningChecklist }))
  },

  /** Moving to 'final' stamps finalisedAt; moving away from 'final' records a reopening. */
  async setStatus(id: string, status: ReviewStatus, now: Date = new Date(), reason = ''): Promise<Review> {
    const at = now.toISOString()
    return change(id, now, (review) => {
      if (status === review.status) return {}
      if (status === 'final') return { status, finalisedAt: at }
      if (review.status === 'final') {
        return { status, finalisedAt: null, reopenings: [...review.reopenings, { reopenedAt: at, reason }] }
      }
      return { status }
    })
  },

  /** Throws StorageError 'not-found' when there is no such review. */
  async get(id: string): Promise<Review> {
    return read((db) => loadReview(db, id))
  },

  /** Null when there is no such review. */
  async find(id: string): Promise<Review | null> {
    return read(async (db) => {
      const row = await db.reviews.get(id)
      return row ? parseRow(ReviewSchema, row, 'review') : null
    })
  },

  async listForTeam(teamId: string): Promise<Review[]> {
    return read(async (db) => {
      const rows = await db.reviews.where('teamId').equals(teamId).toArray()
      return parseRows(ReviewSchema, rows, 'review').sort(newestFirst)
    })
  },
}
