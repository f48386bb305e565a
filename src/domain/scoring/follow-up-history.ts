import { followUpsInOrder } from '#domain/review/follow-up'
import type { Review } from '#domain/review/review'
import { formatReportDate } from '#domain/text/dates'
import { actionsInPlan, describeStatusCounts, statusCountsOn } from './action-follow-up'
import type { ActionPlanEntry } from './action-plan'
import type { ReviewResults } from './results'

export interface FollowUpLine {
  reviewId: string
  followUpId: string
  date: string
  /** "Action plan follow-up, 3 March 2027: 4 done, 2 on track, 1 not started" */
  text: string
  by: string
  note: string
  /** The first day of the visit whose plan was followed up. */
  reviewVisitStart: string
}

/**
 * The team history's line for each follow-up of a final review, oldest first: where the plan's actions stood on
 * that day, counted from their status updates up to and including it (a later update does not change the line).
 */
export function followUpLines(
  reviews: readonly Review[],
  entries: readonly ActionPlanEntry[],
  resultsFor: (review: Review) => Pick<ReviewResults, 'scores'> | null,
): FollowUpLine[] {
  return reviews
    .filter((review) => review.status === 'final' && review.type !== 'training' && review.followUps.length > 0)
    .flatMap((review) => {
      const actions = actionsInPlan(entries, review, resultsFor(review))
      return followUpsInOrder(review.followUps).map((followUp) => ({
        reviewId: review.id,
        followUpId: followUp.id,
        date: followUp.date,
        text: `Action plan follow-up, ${formatReportDate(followUp.date)}: ${describeStatusCounts(statusCountsOn(actions, followUp.date))}`,
        by: followUp.by,
        note: followUp.note,
        reviewVisitStart: review.visitStart,
      }))
    })
    .sort((a, b) => a.date.localeCompare(b.date))
}
