import { ConsensusSchema, RatingSchema, type Consensus, type Rating } from '#domain/review/rating'
import { ReviewSchema, type Review } from '#domain/review/review'
import { computeResults, ResultsError, scoresForReview } from '#domain/scoring/results'
import { countsAcrossTeams, finalScoresOf, type FinalScores } from '#domain/scoring/final-scores'
import type { ScaleFile } from '#domain/scale/schema'
import type { ReviewDatabase } from './database'
import { parseRows } from './repo-helpers'

/** The tables a transaction that refreshes the snapshots must include. */
export const finalScoresTables = (db: ReviewDatabase) => [db.reviews, db.ratings, db.consensus, db.finalScores]

/**
 * Takes (again) the results snapshot of each of the reviews, inside the caller's transaction, as its last step
 * (a Dexie write after it inside the same callback was found to commit the transaction early), from the rows as
 * they now stand: the same results the results page computes. A review that no longer counts (reopened, a
 * training exercise) loses its snapshot; one whose scale this device lacks, or whose scores do not fit it, gets
 * none, so the portfolio shows its total as not available, as the history does.
 */
export async function refreshFinalScores(
  db: ReviewDatabase,
  reviewIds: readonly string[],
  scaleOf: (review: Review) => ScaleFile | undefined,
): Promise<FinalScores[]> {
  if (reviewIds.length === 0) return []
  const ids = [...reviewIds]
  // Every read at once: a transaction commits early if its callback awaits with no request pending.
  const [reviewRows, ratingRows, consensusRows] = await Promise.all([
    db.reviews.bulkGet(ids),
    db.ratings.where('reviewId').anyOf(ids).toArray(),
    db.consensus.where('reviewId').anyOf(ids).toArray(),
  ])
  const reviews = parseRows(
    ReviewSchema,
    reviewRows.filter((row) => row !== undefined),
    'review',
  )
  const ratings = parseRows(RatingSchema, ratingRows, 'rating')
  const consensus = parseRows(ConsensusSchema, consensusRows, 'consensus')
  const taken: FinalScores[] = []
  for (const review of reviews) {
    const scale = countsAcrossTeams(review) ? scaleOf(review) : undefined
    const snapshot = scale ? snapshotOf(review, scale, ratings, consensus) : null
    if (snapshot) taken.push(snapshot)
  }
  const kept = new Set(taken.map((snapshot) => snapshot.reviewId))
  const dropped = ids.filter((id) => !kept.has(id))
  if (dropped.length > 0) await db.finalScores.bulkDelete(dropped)
  if (taken.length > 0) await db.finalScores.bulkPut(taken)
  return taken
}

function snapshotOf(
  review: Review,
  scale: ScaleFile,
  ratings: readonly Rating[],
  consensus: readonly Consensus[],
): FinalScores | null {
  const own = <T extends { reviewId: string }>(rows: readonly T[]) => rows.filter((row) => row.reviewId === review.id)
  try {
    return finalScoresOf(review, computeResults(scale, scoresForReview(review, own(ratings), own(consensus))))
  } catch (error) {
    // Scores that do not fit the pinned scale: the results page shows the problem; the portfolio shows no total.
    if (error instanceof ResultsError) return null
    throw error
  }
}
