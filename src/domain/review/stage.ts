import { reviewStatuses, type Review, type ReviewStatus } from './review'

/** Work that moves a review along: evidence recorded, a score given, every reviewer finished rating. */
export type WorkStep = 'evidence' | 'rating' | 'all-finished'

const reachedBy: Record<WorkStep, ReviewStatus> = {
  evidence: 'collecting-evidence',
  rating: 'scoring',
  'all-finished': 'consensus',
}

/**
 * The stage a review is at once a piece of work happens. It only moves forward (a stage set by hand
 * further on is kept), never into or out of final (finalising and reopening do that), and a review
 * with one reviewer has no consensus stage.
 */
export function stageAfter(review: Pick<Review, 'status' | 'reviewers'>, step: WorkStep): ReviewStatus {
  if (review.status === 'final') return 'final'
  const target = step === 'all-finished' && review.reviewers.length < 2 ? 'scoring' : reachedBy[step]
  return reviewStatuses.indexOf(target) > reviewStatuses.indexOf(review.status) ? target : review.status
}
