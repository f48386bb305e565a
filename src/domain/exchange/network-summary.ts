import type { ReviewData } from './file'
import { reviewTables, tables, type ReviewTable } from './tables'

/** Why a review cannot go to the network as a summary, or null when it can. */
export function networkSummaryProblem(data: ReviewData): string | null {
  const review = data.reviews[0]
  if (!review) return 'The file holds no review.'
  if (review.type === 'training') return 'A training exercise is practice, not a measure of a team: it has no summary.'
  if (review.status !== 'final') return 'Only a final review has a summary for the network: finalise it first.'
  return null
}

/**
 * A final review cut down to what a centre of excellence pools across teams: the team, the review, the scores
 * that decide it with their rationales (the consensus with two reviewers, the one reviewer's own ratings
 * otherwise), the findings, the narrative and the action plan. Evidence text, session notes, record-review
 * rows, the visit plan and calculator inputs are left out (they hold personal data, kept by the reviewers and
 * deleted within weeks of the visit), and so are each of two reviewers' own ratings (inputs to the consensus).
 */
export function networkSummary(data: ReviewData): ReviewData {
  const soleReviewer = new Map(
    data.reviews.map((review) => [review.id, review.reviewers.length === 1 ? review.reviewers[0]!.id : null]),
  )
  const keep = <T extends ReviewTable>(table: T): ReviewData[T] =>
    (tables[table] as { inNetworkSummaries?: true }).inNetworkSummaries ? data[table] : ([] as ReviewData[T])
  const summary = Object.fromEntries(reviewTables.map((table) => [table, keep(table)])) as ReviewData
  summary.ratings = data.ratings.filter((rating) => soleReviewer.get(rating.reviewId) === rating.reviewerId)
  return summary
}
