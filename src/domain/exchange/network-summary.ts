import type { ReviewData } from './file'
import { reviewTables, tables, type ReviewTable } from './tables'
import { isImportedSummary } from '#domain/scoring/review-rules'

type Problem = { path: string; message: string }

/** Why a review cannot go to the network as a summary, or null when it can. */
export function networkSummaryProblem(data: ReviewData): string | null {
  const review = data.reviews[0]
  if (!review) return 'The file holds no review.'
  if (review.type === 'training') return 'A training exercise is practice, not a measure of a team: it has no summary.'
  if (review.status !== 'final') return 'Only a final review has a summary for the network: finalise it first.'
  return null
}

const inSummaries = (table: ReviewTable) => (tables[table] as { inNetworkSummaries?: true }).inNetworkSummaries

/** The tables a summary never carries rows of (evidence, notes, sessions, records, calculator figures). */
export const tablesNeverInSummaries: readonly ReviewTable[] = reviewTables.filter((table) => !inSummaries(table))

/**
 * A final review cut down to what a centre of excellence pools across teams: the team, the review, the scores
 * that decide it with their rationales (the consensus with two reviewers, the one reviewer's own ratings
 * otherwise), the findings, the narrative and the action plan. Evidence text, session notes, record-review
 * rows, the visit plan and calculator inputs are left out (they hold personal data, kept by the reviewers and
 * deleted within weeks of the visit), and so are each of two reviewers' own ratings (inputs to the consensus).
 * The review is marked `source: 'network-summary'`, so the device it is imported on keeps it read-only.
 */
export function networkSummary(data: ReviewData): ReviewData {
  const soleReviewer = new Map(
    data.reviews.map((review) => [review.id, review.reviewers.length === 1 ? review.reviewers[0]!.id : null]),
  )
  const keep = <T extends ReviewTable>(table: T): ReviewData[T] =>
    inSummaries(table) ? data[table] : ([] as ReviewData[T])
  const summary = Object.fromEntries(reviewTables.map((table) => [table, keep(table)])) as ReviewData
  summary.reviews = data.reviews.map((review) => ({ ...review, source: 'network-summary' }))
  summary.ratings = data.ratings.filter((rating) => soleReviewer.get(rating.reviewId) === rating.reviewerId)
  return summary
}

/**
 * What a file that marks reviews as summaries must hold to be one (a hostile or hand-edited file is refused
 * here, before the preview): each summary is final and not a training exercise, and carries no row of the
 * tables a summary leaves out, nor a rating of a two-reviewer review. Null when sound.
 */
export function summaryFileProblems(data: ReviewData): { reason: string; problems: Problem[] } | null {
  const summaries = new Map(
    data.reviews.filter((review) => isImportedSummary(review)).map((review) => [review.id, review]),
  )
  if (summaries.size === 0) return null
  const problems: Problem[] = []
  data.reviews.forEach((review, i) => {
    if (!summaries.has(review.id)) return
    if (review.type === 'training') {
      problems.push({ path: `data.reviews.${i}.type`, message: 'A training exercise has no summary for the network' })
    } else if (review.status !== 'final') {
      problems.push({ path: `data.reviews.${i}.status`, message: 'A summary for the network is of a final review' })
    }
  })
  for (const table of tablesNeverInSummaries) {
    data[table].forEach((row, i) => {
      if ('reviewId' in row && summaries.has(row.reviewId)) {
        problems.push({
          path: `data.${table}.${i}`,
          message: `A summary for the network carries no ${tables[table].many}`,
        })
      }
    })
  }
  data.ratings.forEach((rating, i) => {
    const review = summaries.get(rating.reviewId)
    if (review && review.reviewers.length !== 1) {
      problems.push({
        path: `data.ratings.${i}`,
        message: 'A summary of a review with two reviewers carries their agreed scores only, not their own ratings',
      })
    }
  })
  const first = problems[0]
  if (!first) return null
  return {
    reason:
      'This file marks a review as a summary for the network, but it is not one (a summary is a final review ' +
      `with no evidence, notes or records), so nothing was imported. The first problem is at ${first.path}: ${first.message}.`,
    problems,
  }
}
