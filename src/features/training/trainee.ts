import type { Review, Reviewer } from '#domain/review/review'
import type { Rating } from '#domain/review/rating'
import type { ScoreMap } from '#domain/scoring/results'

/** A training exercise has one reviewer: the trainee. */
export function traineeOf(review: Review): Reviewer | undefined {
  return review.reviewers[0]
}

/**
 * The reference is shown only once the trainee has said they have finished rating (or the exercise
 * was finalised), so it cannot sway a score still being decided.
 */
export function hasFinishedRating(review: Review): boolean {
  const trainee = traineeOf(review)
  if (!trainee) return false
  return review.status === 'final' || review.ratingsFinishedBy.includes(trainee.id)
}

/** The trainee's scores by item; other people's ratings (there should be none) are left out. */
export function traineeScores(review: Review, ratings: readonly Rating[]): ScoreMap {
  const trainee = traineeOf(review)
  const scores: Record<string, number | null> = {}
  for (const rating of ratings) if (rating.reviewerId === trainee?.id) scores[rating.itemId] = rating.score
  return scores
}

/** "+2", "−1" (a real minus sign) or "0": a difference read aloud and on screen the same way. */
export function signed(difference: number): string {
  if (difference > 0) return `+${difference}`
  if (difference < 0) return `−${Math.abs(difference)}`
  return '0'
}
