import {
  ConsensusInputSchema,
  ConsensusSchema,
  RatingInputSchema,
  RatingSchema,
  type Consensus,
  type ConsensusInput,
  type Rating,
  type RatingInput,
} from '../domain/rating'
import { StorageError } from './storage-error'
import { parseInput, parseRows, read, write } from './repo-helpers'
import { loadReview } from './reviews-repo'

export const ratingsRepo = {
  /** Saves one reviewer's rating of one item; other reviewers' ratings of the item are untouched. */
  async saveRating(input: RatingInput, now: Date = new Date()): Promise<Rating> {
    const rating = parseInput(
      RatingSchema,
      { ...parseInput(RatingInputSchema, input, 'rating'), updatedAt: now.toISOString() },
      'rating',
    )
    return write(
      (db) => [db.ratings, db.reviews],
      async (db) => {
        const review = await loadReview(db, rating.reviewId)
        if (!review.reviewers.some((r) => r.id === rating.reviewerId)) {
          throw new StorageError('invalid', 'Could not save rating: that person is not a reviewer on this review')
        }
        await db.ratings.put(rating)
        return rating
      },
    )
  },

  /** Every reviewer's ratings for a review. */
  async listRatings(reviewId: string): Promise<Rating[]> {
    return read(async (db) =>
      parseRows(RatingSchema, await db.ratings.where('reviewId').equals(reviewId).toArray(), 'rating'),
    )
  },

  async saveConsensus(input: ConsensusInput, now: Date = new Date()): Promise<Consensus> {
    const consensus = parseInput(
      ConsensusSchema,
      { ...parseInput(ConsensusInputSchema, input, 'consensus'), updatedAt: now.toISOString() },
      'consensus',
    )
    return write(
      (db) => [db.consensus, db.reviews],
      async (db) => {
        await loadReview(db, consensus.reviewId)
        await db.consensus.put(consensus)
        return consensus
      },
    )
  },

  async listConsensus(reviewId: string): Promise<Consensus[]> {
    return read(async (db) =>
      parseRows(ConsensusSchema, await db.consensus.where('reviewId').equals(reviewId).toArray(), 'consensus'),
    )
  },
}
