import {
  ConsensusInputSchema,
  ConsensusSchema,
  RatingInputSchema,
  RatingSchema,
  type Consensus,
  type ConsensusInput,
  type Rating,
  type RatingInput,
} from '#domain/review/rating'
import { allReviewersFinished, isReviewer, reviewRules } from '#domain/scoring/review-rules'
import { hasConsensusStep } from '#domain/review/stage'
import type { Review } from '#domain/review/review'
import { StorageError } from './storage-error'
import { definedOnly, parseInput, parseRow, parseRows, read, write } from './repo-helpers'
import { loadReview, moveStageOn } from './reviews-repo'

const finalMessage = (what: string) => `Could not save ${what}: this review is final. Reopen it to make changes.`

type ConsensusPatch = Partial<Pick<ConsensusInput, 'score' | 'rationale'>>

// The same rules an imported file must meet: no screen's lock is the only guard.
function refuseConsensus(review: Review) {
  if (review.status === 'final') throw new StorageError('invalid', finalMessage('consensus'))
  if (review.type === 'training') throw new StorageError('invalid', 'A training exercise has no consensus.')
  if (!hasConsensusStep(review)) throw new StorageError('invalid', reviewRules['consensus-needs-two-reviewers'])
  if (!allReviewersFinished(review)) throw new StorageError('invalid', reviewRules['consensus-after-finishing'])
}

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
        if (!isReviewer(review, rating.reviewerId)) {
          throw new StorageError('invalid', 'Could not save rating: that person is not a reviewer on this review')
        }
        if (review.status === 'final') throw new StorageError('invalid', finalMessage('rating'))
        // A finished reviewer's ratings may already have been seen by the other reviewer.
        if (review.ratingsFinishedBy.includes(rating.reviewerId)) {
          throw new StorageError(
            'invalid',
            'Could not save rating: this reviewer has finished rating. Reopen your ratings to change them.',
          )
        }
        await db.ratings.put(rating)
        await moveStageOn(db, review, 'rating', now)
        return rating
      },
    )
  },

  /**
   * Changes only the score or only the rationale of one reviewer's rating, reading the rest inside
   * the same transaction, so a score picked while the rationale is saving never undoes either.
   */
  async updateRating(
    key: Pick<RatingInput, 'reviewId' | 'itemId' | 'reviewerId'>,
    patch: Partial<Pick<RatingInput, 'score' | 'rationale'>>,
    now: Date = new Date(),
  ): Promise<Rating> {
    return write(
      (db) => [db.ratings, db.reviews],
      async (db) => {
        const row = await db.ratings.get([key.reviewId, key.itemId, key.reviewerId])
        const existing = row ? parseRow(RatingSchema, row, 'rating') : null
        const merged = { score: existing?.score ?? null, rationale: existing?.rationale ?? '', ...definedOnly(patch) }
        return ratingsRepo.saveRating({ ...key, ...merged }, now)
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
        refuseConsensus(await loadReview(db, consensus.reviewId))
        await db.consensus.put(consensus)
        return consensus
      },
    )
  },

  /**
   * Changes only the agreed score or only the consensus rationale of one item. `whenNew` fills the other half when
   * nothing is stored for the item yet (the proposal on screen), decided inside the transaction, so an edit of a
   * proposal never undoes a score or rationale another tab stored meanwhile.
   */
  async updateConsensus(
    key: Pick<ConsensusInput, 'reviewId' | 'itemId'>,
    patch: ConsensusPatch,
    now: Date = new Date(),
    whenNew: ConsensusPatch = {},
  ): Promise<Consensus> {
    return write(
      (db) => [db.consensus, db.reviews],
      async (db) => {
        const row = await db.consensus.get([key.reviewId, key.itemId])
        const existing = row ? parseRow(ConsensusSchema, row, 'consensus') : null
        const base = existing ?? { score: null, rationale: '', ...definedOnly(whenNew) }
        const merged = { score: base.score, rationale: base.rationale, ...definedOnly(patch) }
        return ratingsRepo.saveConsensus({ ...key, ...merged }, now)
      },
    )
  },

  /**
   * Stores the proposed score and rationale of several items as their consensus, all in one transaction or none.
   * An item that has a consensus stored by the time it runs (another tab) keeps it. Returns what was stored.
   */
  async acceptProposals(
    reviewId: string,
    proposals: readonly Pick<ConsensusInput, 'itemId' | 'score' | 'rationale'>[],
    now: Date = new Date(),
  ): Promise<Consensus[]> {
    const rows = proposals.map((p) =>
      parseInput(ConsensusSchema, { ...p, reviewId, updatedAt: now.toISOString() }, 'consensus'),
    )
    return write(
      (db) => [db.consensus, db.reviews],
      async (db) => {
        refuseConsensus(await loadReview(db, reviewId))
        const existing = await db.consensus.bulkGet(rows.map((r) => [reviewId, r.itemId]))
        const fresh = rows.filter((_, index) => existing[index] === undefined)
        await db.consensus.bulkPut(fresh)
        return fresh
      },
    )
  },

  async listConsensus(reviewId: string): Promise<Consensus[]> {
    return read(async (db) =>
      parseRows(ConsensusSchema, await db.consensus.where('reviewId').equals(reviewId).toArray(), 'consensus'),
    )
  },
}
