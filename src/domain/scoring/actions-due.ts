import type { Review } from '#domain/review/review'
import { actionDueState, actionsInPlan, currentStatus, reviewPointDate } from './action-follow-up'
import type { ActionPlanEntry } from './action-plan'
import type { ActionStatus } from './action-status'
import type { ReviewResults } from './results'

export interface ActionDue {
  reviewId: string
  entryId: string
  /** "6. Job search", or the item's id when the review's scale is not on this device. */
  item: string
  /** The team's action, or the recommendation while no action is written. */
  action: string
  owner: string
  reviewPoint: string
  targetDate: string | null
  status: ActionStatus
  state: 'overdue' | 'due'
}

/**
 * The actions of a team's final reviews that are due or overdue on `today` (actionDueState's rule), overdue first,
 * then by review point. Training exercises have no plan to follow; a review not yet final has no agreed plan.
 * `resultsFor` gives a review's results (null when its scale is missing: its actions are all kept).
 */
export function actionsDueForTeam(
  reviews: readonly Review[],
  entries: readonly ActionPlanEntry[],
  resultsFor: (review: Review) => Pick<ReviewResults, 'scores'> | null,
  today: string,
): ActionDue[] {
  const due: ActionDue[] = []
  for (const review of reviews.filter((r) => r.status === 'final' && r.type !== 'training')) {
    const results = resultsFor(review)
    const items = new Map(results?.scores.map(({ item }) => [item.id, `${item.number}. ${item.title}`]))
    for (const entry of actionsInPlan(entries, review, results)) {
      const state = actionDueState(entry, review, today)
      if (state !== 'due' && state !== 'overdue') continue
      due.push({
        reviewId: review.id,
        entryId: entry.id,
        item: items.get(entry.itemId) ?? entry.itemId,
        action: entry.action.trim() || entry.recommendation.trim(),
        owner: entry.owner.trim(),
        reviewPoint: reviewPointDate(review, entry),
        targetDate: entry.targetDate,
        status: currentStatus(entry),
        state,
      })
    }
  }
  const rank = { overdue: 0, due: 1 }
  return due.sort((a, b) => rank[a.state] - rank[b.state] || a.reviewPoint.localeCompare(b.reviewPoint))
}
