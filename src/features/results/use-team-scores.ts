import { useEffect, useState } from 'react'
import type { Consensus, Rating } from '#domain/review/rating'
import type { Review } from '#domain/review/review'
import { ratingsRepo } from '../../storage/ratings-repo'

export interface StoredScores {
  ratings: Rating[]
  consensus: Consensus[]
}

export type ScoresForReviews =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; scores: ReadonlyMap<string, StoredScores> }

const keyOf = (reviews: readonly Review[]) => reviews.map((r) => `${r.id}@${r.updatedAt}`).join('|')

/**
 * The stored ratings and consensus of several reviews at once, for the team history. The live
 * hooks read one review each and hooks cannot be called in a loop; final reviews are locked, so
 * reading again whenever the review list changes is enough.
 */
export function useScoresForReviews(reviews: readonly Review[] | undefined): ScoresForReviews {
  const [loaded, setLoaded] = useState<{ key: string; result: ScoresForReviews }>()
  useEffect(() => {
    if (!reviews) return
    const key = keyOf(reviews)
    let current = true
    Promise.all(
      reviews.map(async (review) => {
        const [ratings, consensus] = await Promise.all([
          ratingsRepo.listRatings(review.id),
          ratingsRepo.listConsensus(review.id),
        ])
        return [review.id, { ratings, consensus }] as const
      }),
    ).then(
      (entries) => {
        if (current) setLoaded({ key, result: { status: 'ready', scores: new Map(entries) } })
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error)
        if (current) setLoaded({ key, result: { status: 'failed', message } })
      },
    )
    return () => {
      current = false
    }
  }, [reviews])
  // A result for an older list of reviews is not shown as if it were this one's.
  return reviews && loaded && loaded.key === keyOf(reviews) ? loaded.result : { status: 'loading' }
}
