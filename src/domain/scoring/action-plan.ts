import * as z from 'zod/mini'
import '#domain/text/zod-messages'
import { DEFAULT_ACTION_PLAN_THRESHOLD, type Review } from '#domain/review/review'
import type { ReviewResults } from './results'
import type { ScaleItem } from '#domain/scale/schema'
import { DEFAULT_REVIEW_POINT_MONTHS, ReviewPointMonthsSchema, StatusUpdateSchema } from './action-status'

const longText = z.string().check(z.maxLength(20_000, { error: 'Keep this under 20,000 characters' }))

const actionPlanFields = {
  /** The reviewers' words: what the team should change. */
  recommendation: longText,
  /** The team's words: what they will do about it. */
  action: longText,
  owner: z.string().check(z.maxLength(200, { error: 'Keep the owner under 200 characters' })),
  targetDate: z.nullable(z.iso.date({ error: 'Enter a date' })),
}

/**
 * One recommendation for an item and the team's action on it. An item can have several, each with
 * its own owner and target date, so the table indexes [reviewId+itemId] without making it unique.
 */
export const ActionPlanEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  reviewId: z.string().check(z.minLength(1)),
  itemId: z.string().check(z.minLength(1)),
  ...actionPlanFields,
  // Added for the follow-up (docs/decisions/0016): defaults, so rows and files written before still read.
  /** Dated status changes in the order they were recorded; the latest by date is the current status. */
  statusUpdates: z._default(z.array(StatusUpdateSchema).check(z.maxLength(500)), []),
  /** The review point: this many months after the report date. */
  reviewPointMonths: z._default(ReviewPointMonthsSchema, DEFAULT_REVIEW_POINT_MONTHS),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type ActionPlanEntry = z.infer<typeof ActionPlanEntrySchema>

export const ActionPlanPatchSchema = z.partial(
  z.object({ ...actionPlanFields, reviewPointMonths: ReviewPointMonthsSchema }),
)
export type ActionPlanPatch = z.input<typeof ActionPlanPatchSchema>

const DAY_MS = 24 * 60 * 60 * 1000

/** The ISO date `weeks` weeks after `reportDate` (an ISO date), counted on the calendar, not the clock. */
export function defaultTargetDate(reportDate: string, weeks: number): string {
  const start = Date.parse(`${reportDate}T00:00:00Z`)
  if (Number.isNaN(start)) throw new RangeError(`Not an ISO date: ${reportDate}`)
  return new Date(start + weeks * 7 * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The date deadlines count from: the day the review was finalised (the report's date), or the last
 * day of the visit while it is not final yet, so a deadline never depends on when someone opened the screen.
 */
export function actionPlanReportDate(review: Pick<Review, 'finalisedAt' | 'visitEnd'>): string {
  return review.finalisedAt ? review.finalisedAt.slice(0, 10) : review.visitEnd
}

/** A clear message for a target date that cannot be right, or null. */
export function targetDateProblem(targetDate: string | null, review: Pick<Review, 'visitStart'>): string | null {
  if (targetDate === null) return null
  if (targetDate < review.visitStart) return 'The target date is before the visit: choose a date after the visit'
  return null
}

export interface ItemNeedingAction {
  item: ScaleItem
  score: number
}

/** Items scored at or below the threshold, lowest score first, then in scale order; unscored items are left out. */
export function itemsNeedingActions<I extends Pick<ScaleItem, 'id'> = ScaleItem>(
  results: { scores: readonly { item: I; score: number | null }[] },
  threshold: number = DEFAULT_ACTION_PLAN_THRESHOLD,
): { item: I; score: number }[] {
  return results.scores
    .map((entry, order) => ({ ...entry, order }))
    .filter((entry): entry is { item: I; score: number; order: number } => entry.score !== null)
    .filter((entry) => entry.score <= threshold)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .map(({ item, score }) => ({ item, score }))
}

/** Items with no score yet: they may still need an action once they are scored. */
export function itemsNotScored(results: Pick<ReviewResults, 'scores'>): ScaleItem[] {
  return results.scores.filter((entry) => entry.score === null).map((entry) => entry.item)
}

/** A reviewer's entries for one item in the order they were written. */
export function entriesForItem(entries: readonly ActionPlanEntry[], itemId: string): ActionPlanEntry[] {
  return entries
    .filter((entry) => entry.itemId === itemId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}
