import type { Review, ReviewType } from '#domain/review/review'
import type { ReviewResults } from './results'
import type { FidelityBand } from '#domain/scale/schema'

export interface HistoryPoint {
  reviewId: string
  /** First day of the visit (ISO date): when the team was seen, not when the report was signed off. */
  date: string
  visitEnd: string
  type: Exclude<ReviewType, 'training'>
  /** null when the review's scale is not on this device or (after a data repair) not every item is scored. */
  total: number | null
  band: FidelityBand | null
}

/**
 * The team's final reviews, oldest first, as points on a trend. Training exercises are left out:
 * they are practice, not a measure of the team. `resultsFor` returns null when a review's results
 * cannot be computed (its scale is missing); such a review stays in the list with no total, so the
 * history never silently drops a visit.
 */
export function teamHistory(
  teamId: string,
  reviews: readonly Review[],
  resultsFor: (review: Review) => ReviewResults | null | undefined,
): HistoryPoint[] {
  return reviews
    .filter((r) => r.teamId === teamId && r.status === 'final' && r.type !== 'training')
    .sort((a, b) => a.visitStart.localeCompare(b.visitStart) || a.visitEnd.localeCompare(b.visitEnd))
    .map((review): HistoryPoint => {
      const results = resultsFor(review)
      const complete = results?.complete === true
      return {
        reviewId: review.id,
        date: review.visitStart,
        visitEnd: review.visitEnd,
        type: review.type === 'self-assessment' ? 'self-assessment' : 'independent',
        total: complete ? results.total : null,
        band: complete ? results.band : null,
      }
    })
}
