import type { Review, ReviewType } from '#domain/review/review'
import { previousFinalReview } from './comparison'
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
  /** The previous point of the same type, by the same rule as the results page: null for the first of its type. */
  comparedWith: { reviewId: string; date: string } | null
  /** total - comparedWith's total, when both are known. */
  change: number | null
}

/**
 * The team's final reviews, oldest first, as points on a trend. Training exercises are left out:
 * they are practice, not a measure of the team. `resultsFor` returns null when a review's results
 * cannot be computed (its scale is missing); such a review stays in the list with no total, so the
 * history never silently drops a visit. Each point's change is against the previous review of its own type.
 */
export function teamHistory(
  teamId: string,
  reviews: readonly Review[],
  resultsFor: (review: Review) => Pick<ReviewResults, 'complete' | 'total' | 'band'> | null | undefined,
): HistoryPoint[] {
  const counted = reviews
    .filter((r) => r.teamId === teamId && r.status === 'final' && r.type !== 'training')
    .sort((a, b) => a.visitStart.localeCompare(b.visitStart) || a.visitEnd.localeCompare(b.visitEnd))
  const totals = new Map<string, number | null>()
  return counted.map((review): HistoryPoint => {
    const results = resultsFor(review)
    const complete = results?.complete === true
    const total = complete ? results.total : null
    totals.set(review.id, total)
    // Oldest first, so the review compared with is already in `totals`.
    const previous = previousFinalReview(counted, review)
    const before = previous ? (totals.get(previous.id) ?? null) : null
    return {
      reviewId: review.id,
      date: review.visitStart,
      visitEnd: review.visitEnd,
      type: review.type === 'self-assessment' ? 'self-assessment' : 'independent',
      total,
      band: complete ? results.band : null,
      comparedWith: previous ? { reviewId: previous.id, date: previous.visitStart } : null,
      change: total !== null && before !== null ? total - before : null,
    }
  })
}
