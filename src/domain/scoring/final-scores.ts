import * as z from 'zod/mini'
import type { Review } from '#domain/review/review'
import type { ReviewResults } from './results'
import type { ScaleItem } from '#domain/scale/schema'

/**
 * What pooling reviews across teams needs of a review's results: the total, its band and each item's score.
 * The full results (`ReviewResults`) fit it; so does a final review's stored snapshot, read without its scale.
 */
export type ResultFigures = Pick<ReviewResults, 'complete' | 'total' | 'band'> & {
  scores: readonly { item: Pick<ScaleItem, 'id'>; score: number | null }[]
}

// The band as the scale named it when the review was finalised; a copy, so reading it needs no scale file.
const StoredBandSchema = z.object({
  id: z.string(),
  label: z.string(),
  min: z.number().check(z.int()),
  max: z.number().check(z.int()),
})

/**
 * A final review's results, taken when it became final (or was imported final) and kept on this device only, so
 * the portfolio reads one row per review instead of every rating (docs/decisions/0024-portfolio-results.md).
 */
export const FinalScoresSchema = z.object({
  reviewId: z.string().check(z.minLength(1)),
  teamId: z.string().check(z.minLength(1)),
  /** The finalisation it was taken at: once the review is reopened (and finalised again), it no longer counts. */
  finalisedAt: z.string(),
  scaleId: z.string(),
  scaleVersion: z.string(),
  /** Item id to deciding score, in the scale's order; null where (after a repair) an item has none. */
  scores: z.record(z.string(), z.nullable(z.number().check(z.int(), z.gte(1), z.lte(5)))),
  total: z.number().check(z.int()),
  complete: z.boolean(),
  band: z.nullable(StoredBandSchema),
})
export type FinalScores = z.infer<typeof FinalScoresSchema>

/** A final review that counts across teams: training exercises are practice, not a measure of a team. */
export const countsAcrossTeams = (review: Pick<Review, 'status' | 'type'>): boolean =>
  review.status === 'final' && review.type !== 'training'

/** Whether the snapshot is of the review as it now stands: final, and finalised when the snapshot was taken. */
export function isCurrentSnapshot(
  snapshot: FinalScores,
  review: Pick<Review, 'id' | 'status' | 'type' | 'finalisedAt'>,
) {
  return countsAcrossTeams(review) && snapshot.reviewId === review.id && snapshot.finalisedAt === review.finalisedAt
}

/** The snapshot's figures, as pooling reads them. */
export function figuresOf(snapshot: FinalScores): ResultFigures {
  return {
    complete: snapshot.complete,
    total: snapshot.total,
    band: snapshot.band,
    scores: Object.entries(snapshot.scores).map(([id, score]) => ({ item: { id }, score })),
  }
}

/** The snapshot of a final review's results; null for a review that does not count across teams. */
export function finalScoresOf(review: Review, results: ReviewResults): FinalScores | null {
  if (!countsAcrossTeams(review) || review.finalisedAt === null) return null
  const scores: Record<string, number | null> = {}
  for (const { item, score } of results.scores) scores[item.id] = score
  return {
    reviewId: review.id,
    teamId: review.teamId,
    finalisedAt: review.finalisedAt,
    scaleId: review.scaleId,
    scaleVersion: review.scaleVersion,
    scores,
    total: results.total,
    complete: results.complete,
    band: results.band
      ? { id: results.band.id, label: results.band.label, min: results.band.min, max: results.band.max }
      : null,
  }
}
