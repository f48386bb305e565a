import type { Review } from '#domain/review/review'
import { addDays, addMonths } from '#domain/text/dates'
import { actionPlanReportDate, itemsNeedingActions, type ActionPlanEntry } from './action-plan'
import type { ResultFigures } from './final-scores'
import { actionStatusLabels, type ActionStatus, type StatusUpdate } from './action-status'

/** How many days before its review point an open action shows as due. */
export const DUE_WITHIN_DAYS = 30

/** The updates oldest first by date; updates on the same day keep the order they were recorded in. */
export function updatesInOrder(updates: readonly StatusUpdate[]): StatusUpdate[] {
  return updates
    .map((update, order) => ({ update, order }))
    .sort((a, b) => a.update.date.localeCompare(b.update.date) || a.order - b.order)
    .map(({ update }) => update)
}

/**
 * The action's status on a day: that of the latest update dated on or before it ("not started" before any).
 * Without a day, the latest update of all.
 */
export function statusOn(entry: Pick<ActionPlanEntry, 'statusUpdates'>, day?: string): ActionStatus {
  const upTo = day === undefined ? entry.statusUpdates : entry.statusUpdates.filter((u) => u.date <= day)
  return updatesInOrder(upTo).at(-1)?.status ?? 'not-started'
}

/** The current status: the latest update's, or "not started". */
export const currentStatus = (entry: Pick<ActionPlanEntry, 'statusUpdates'>): ActionStatus => statusOn(entry)

/** The action's review point: 3 or 6 months (its choice) after the report date. */
export function reviewPointDate(
  review: Pick<Review, 'finalisedAt' | 'visitEnd'>,
  entry: Pick<ActionPlanEntry, 'reviewPointMonths'>,
): string {
  return addMonths(actionPlanReportDate(review), entry.reviewPointMonths)
}

export type ActionDueState = 'overdue' | 'due' | 'later' | 'closed'

/**
 * Whether an action needs looking at on `today`; the one rule for the action plan and the team page.
 * - closed: done or dropped, whatever the dates.
 * - overdue: open, and its review point or its target date is before today (on the day itself it is not yet overdue).
 * - due: open, not overdue, and its review point is today or within the next 30 days (today + 30 included).
 * - later: anything else open.
 */
export function actionDueState(
  entry: Pick<ActionPlanEntry, 'statusUpdates' | 'reviewPointMonths' | 'targetDate'>,
  review: Pick<Review, 'finalisedAt' | 'visitEnd'>,
  today: string,
): ActionDueState {
  const status = currentStatus(entry)
  if (status === 'done' || status === 'dropped') return 'closed'
  const reviewPoint = reviewPointDate(review, entry)
  if (reviewPoint < today || (entry.targetDate !== null && entry.targetDate < today)) return 'overdue'
  if (reviewPoint <= addDays(today, DUE_WITHIN_DAYS)) return 'due'
  return 'later'
}

/** Why a status update cannot be recorded, or null: it cannot be dated before the visit. */
export function statusUpdateProblem(date: string, review: Pick<Review, 'visitStart'>): string | null {
  if (date < review.visitStart) return 'The update is dated before the visit: choose a date on or after the visit'
  return null
}

export type StatusCounts = Record<ActionStatus, number>

/** How many actions stood at each status on `day`, by their updates up to that day. */
export function statusCountsOn(entries: readonly Pick<ActionPlanEntry, 'statusUpdates'>[], day: string): StatusCounts {
  const counts: StatusCounts = { 'not-started': 0, 'on-track': 0, done: 0, dropped: 0 }
  for (const entry of entries) counts[statusOn(entry, day)] += 1
  return counts
}

// Done first: what a team has achieved is the first thing a follow-up reports.
const countOrder: ActionStatus[] = ['done', 'on-track', 'not-started', 'dropped']

/** "4 done, 2 on track, 1 not started"; statuses no action has are left out; "no actions" for an empty plan. */
export function describeStatusCounts(counts: StatusCounts): string {
  const parts = countOrder
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${actionStatusLabels[status].toLowerCase()}`)
  return parts.length === 0 ? 'no actions' : parts.join(', ')
}

/**
 * The actions a follow-up counts and the team page lists: those the report prints, i.e. for items still at or
 * below the review's threshold (when the results are known) with something written or a target date.
 */
export function actionsInPlan<T extends ActionPlanEntry>(
  entries: readonly T[],
  review: Pick<Review, 'id' | 'actionPlanThreshold'>,
  results: Pick<ResultFigures, 'scores'> | null,
): T[] {
  const needing = results
    ? new Set(itemsNeedingActions(results, review.actionPlanThreshold).map((n) => n.item.id))
    : null
  return entries.filter(
    (entry) =>
      entry.reviewId === review.id &&
      (needing === null || needing.has(entry.itemId)) &&
      ([entry.recommendation, entry.action, entry.owner].some((text) => text.trim() !== '') ||
        entry.targetDate !== null),
  )
}
