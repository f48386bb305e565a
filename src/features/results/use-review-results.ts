import { useMemo } from 'react'
import { computeResults, ResultsError, scoresForReview, type ReviewResults } from '#domain/scoring/results'
import type { Consensus, Rating } from '#domain/review/rating'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { useConsensus, useRatings } from '../../storage/live-ratings'
import { useScaleCatalogue } from '../../storage/live-scales'

export type ReviewResultsState =
  | { status: 'loading' }
  | { status: 'missing-scale' }
  | { status: 'invalid'; message: string }
  | { status: 'ready'; scale: ScaleFile; results: ReviewResults }

/** Results from the scale a review pinned and its stored scores; pure, so the history page uses it too. */
export function resultsState(
  review: Review,
  scale: ScaleFile | undefined,
  ratings: readonly Rating[],
  consensus: readonly Consensus[],
): ReviewResultsState {
  if (!scale) return { status: 'missing-scale' }
  try {
    return { status: 'ready', scale, results: computeResults(scale, scoresForReview(review, ratings, consensus)) }
  } catch (error) {
    // Stored scores that do not fit the pinned scale are shown as a problem, not as a crashed page.
    if (error instanceof ResultsError) return { status: 'invalid', message: error.message }
    throw error
  }
}

/**
 * A review's results, read live. Pass null for "no review" (e.g. when there is no earlier review
 * to compare with): hooks cannot be called conditionally, so the hooks then read an empty id.
 */
export function useReviewResults(review: Review | null | undefined): ReviewResultsState {
  const scales = useScaleCatalogue()
  const reviewId = review?.id ?? ''
  const ratings = useRatings(reviewId)
  const consensus = useConsensus(reviewId)
  return useMemo((): ReviewResultsState => {
    if (!review || scales.loading || ratings === undefined || consensus === undefined) return { status: 'loading' }
    return resultsState(review, scales.find(review.scaleId, review.scaleVersion), ratings, consensus)
  }, [review, scales, ratings, consensus])
}
