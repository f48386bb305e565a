import { reviewStatuses, type Review, type ReviewStatus } from './review'

/** Work that moves a review along: evidence recorded, a score given, every reviewer finished rating. */
export type WorkStep = 'evidence' | 'rating' | 'all-finished'

const reachedBy: Record<WorkStep, ReviewStatus> = {
  evidence: 'collecting-evidence',
  rating: 'scoring',
  'all-finished': 'consensus',
}

/**
 * Whether a review has a consensus step: two reviewers agree their scores. A review with one reviewer (a
 * self-assessment's assessor) has none, and nor has a training exercise, where the trainee compares with
 * the trainer's scores instead.
 */
export function hasConsensusStep(review: Pick<Review, 'type' | 'reviewers'>): boolean {
  return review.type !== 'training' && review.reviewers.length >= 2
}

/** The stages a person may move the review to by hand (final comes only by finalising): consensus only where there is one. */
export function workingStatusesFor(review: Pick<Review, 'type' | 'reviewers'>): ReviewStatus[] {
  return reviewStatuses.filter((status) => status !== 'final' && (status !== 'consensus' || hasConsensusStep(review)))
}

/**
 * The stage a review is at once a piece of work happens. It only moves forward (a stage set by hand
 * further on is kept), never into or out of final (finalising and reopening do that), and a review
 * without a consensus step (one reviewer, or a training exercise) stops at scoring.
 */
export function stageAfter(review: Pick<Review, 'status' | 'reviewers' | 'type'>, step: WorkStep): ReviewStatus {
  if (review.status === 'final') return 'final'
  const target = step === 'all-finished' && !hasConsensusStep(review) ? 'scoring' : reachedBy[step]
  return reviewStatuses.indexOf(target) > reviewStatuses.indexOf(review.status) ? target : review.status
}
