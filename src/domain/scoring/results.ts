import { bandForTotal } from '#domain/scale/bands'
import type { Consensus, Rating } from '#domain/review/rating'
import type { Review } from '#domain/review/review'
import type { FidelityBand, ScaleFile, ScaleItem } from '#domain/scale/schema'

/** itemId → score; null or undefined means the item is not scored yet. */
export type ScoreMap = Readonly<Record<string, number | null | undefined>>

export type ResultsErrorCode = 'invalid-score' | 'unknown-item'

export class ResultsError extends Error {
  readonly code: ResultsErrorCode
  constructor(code: ResultsErrorCode, message: string) {
    super(message)
    this.name = 'ResultsError'
    this.code = code
  }
}

/** The score and rationale that decide an item: the consensus with two reviewers, the reviewer's own with one. */
export interface DecidingScore {
  score: number | null
  rationale: string
}

/**
 * With two reviewers only the agreed (consensus) score counts: each reviewer's own rating is an
 * input to the consensus, never a result. With one reviewer there is nothing to agree, so that
 * reviewer's ratings are the result. Ratings by anyone not on the review are ignored.
 */
export function decidingScores(
  review: Pick<Review, 'reviewers'>,
  ratings: readonly Rating[],
  consensus: readonly Consensus[],
): Map<string, DecidingScore> {
  const deciding = new Map<string, DecidingScore>()
  if (review.reviewers.length >= 2) {
    for (const c of consensus) deciding.set(c.itemId, { score: c.score, rationale: c.rationale })
    return deciding
  }
  const only = review.reviewers[0]
  for (const r of ratings) {
    if (only && r.reviewerId === only.id) deciding.set(r.itemId, { score: r.score, rationale: r.rationale })
  }
  return deciding
}

export function scoresForReview(
  review: Pick<Review, 'reviewers'>,
  ratings: readonly Rating[],
  consensus: readonly Consensus[],
): ScoreMap {
  const scores: Record<string, number | null> = {}
  for (const [itemId, { score }] of decidingScores(review, ratings, consensus)) scores[itemId] = score
  return scores
}

export interface SectionResult {
  sectionId: string
  title: string
  total: number
  max: number
  ratedCount: number
  itemCount: number
}

export interface ReviewResults {
  itemCount: number
  ratedCount: number
  complete: boolean
  /** Sum of the rated items: 25-125 once complete, a partial sum while provisional. */
  total: number
  sections: SectionResult[]
  /** Only when complete: a provisional total must never be read as a band. */
  band: FidelityBand | null
  /** Items at 5, in scale order. */
  strengths: ScaleItem[]
  /** Items at 3 or below, lowest score first, then scale order. */
  priorities: ScaleItem[]
  /** Every item in scale order. */
  scores: { item: ScaleItem; score: number | null }[]
}

export const MAX_ITEM_SCORE = 5
const PRIORITY_AT_OR_BELOW = 3

/** The scale's items in their printed order (numbers 1-25). */
export function itemsInScaleOrder(scale: Pick<ScaleFile, 'items'>): ScaleItem[] {
  return [...scale.items].sort((a, b) => a.number - b.number)
}

function checkScores(scale: ScaleFile, scores: ScoreMap) {
  const known = new Set(scale.items.map((item) => item.id))
  for (const [itemId, score] of Object.entries(scores)) {
    // Even an empty score for an unknown item means the ratings belong to another scale: a bug, not data.
    if (!known.has(itemId)) {
      throw new ResultsError('unknown-item', `The scale ${scale.id} ${scale.version} has no item "${itemId}"`)
    }
    if (score === null || score === undefined) continue
    if (!Number.isInteger(score) || score < 1 || score > MAX_ITEM_SCORE) {
      throw new ResultsError('invalid-score', `A score is a whole number from 1 to 5 (item "${itemId}" has ${score})`)
    }
  }
}

export function computeResults(scale: ScaleFile, scores: ScoreMap): ReviewResults {
  checkScores(scale, scores)
  const ordered = itemsInScaleOrder(scale).map((item) => ({ item, score: scores[item.id] ?? null }))
  const rated = ordered.filter((entry): entry is { item: ScaleItem; score: number } => entry.score !== null)
  const total = rated.reduce((sum, entry) => sum + entry.score, 0)
  const complete = rated.length === ordered.length
  const sections = scale.sections.map((section): SectionResult => {
    const inSection = ordered.filter((entry) => entry.item.sectionId === section.id)
    const ratedInSection = inSection.filter((entry) => entry.score !== null)
    return {
      sectionId: section.id,
      title: section.title,
      total: ratedInSection.reduce((sum, entry) => sum + (entry.score ?? 0), 0),
      max: MAX_ITEM_SCORE * inSection.length,
      ratedCount: ratedInSection.length,
      itemCount: inSection.length,
    }
  })
  const priorities = rated
    .map((entry, order) => ({ ...entry, order }))
    .filter((entry) => entry.score <= PRIORITY_AT_OR_BELOW)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .map((entry) => entry.item)
  return {
    itemCount: ordered.length,
    ratedCount: rated.length,
    complete,
    total,
    sections,
    band: complete ? bandForTotal(scale, total) : null,
    strengths: rated.filter((entry) => entry.score === MAX_ITEM_SCORE).map((entry) => entry.item),
    priorities,
    scores: ordered,
  }
}
