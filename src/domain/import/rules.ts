import type { Consensus, Rating } from '#domain/review/rating'
import type { Review } from '#domain/review/review'
import { describeBrokenRule, newlyBrokenRules, type BrokenRule, type ReviewState } from '#domain/scoring/review-rules'
import type { ScaleFile } from '#domain/scale/schema'

/** Reviews with their ratings and consensus rows: what an import writes, or what the device holds of them. */
export interface ReviewRows {
  reviews: readonly Review[]
  ratings: readonly Rating[]
  consensus: readonly Consensus[]
}

export interface ReviewRuleBreak {
  review: Review
  broken: BrokenRule[]
}

// A backup of many broken reviews would otherwise list them all; the first few say what is wrong.
const MAX_REVIEWS_NAMED = 5

function byReview<T extends { reviewId: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>()
  for (const row of rows) {
    const list = grouped.get(row.reviewId)
    if (list) list.push(row)
    else grouped.set(row.reviewId, [row])
  }
  return grouped
}

/** The device's rows with the written ones put over them by key, as the import's bulkPut would leave them. */
function overlay<T>(device: readonly T[], written: readonly T[], key: (row: T) => string): T[] {
  const rows = new Map(device.map((row) => [key(row), row]))
  for (const row of written) rows.set(key(row), row)
  return [...rows.values()]
}

const ratingKey = (r: Rating) => JSON.stringify([r.itemId, r.reviewerId])
const consensusKey = (c: Consensus) => c.itemId

/**
 * The state every review the import touches would have once written (the device's rows with the
 * file's put over them: a co-reviewer's ratings beside mine, merged review rows), checked against
 * the review rules. Lists each review that would break a rule it did not already break here.
 */
export function importRuleBreaks(
  writes: ReviewRows,
  device: ReviewRows,
  scaleOf: (review: Review) => ScaleFile | null,
): ReviewRuleBreak[] {
  const written = { ratings: byReview(writes.ratings), consensus: byReview(writes.consensus) }
  const onDevice = { ratings: byReview(device.ratings), consensus: byReview(device.consensus) }
  const deviceReviews = new Map(device.reviews.map((review) => [review.id, review]))
  const writtenReviews = new Map(writes.reviews.map((review) => [review.id, review]))
  const touched = new Set([...writtenReviews.keys(), ...written.ratings.keys(), ...written.consensus.keys()])
  const breaks: ReviewRuleBreak[] = []
  for (const id of touched) {
    const mine = deviceReviews.get(id)
    const review = writtenReviews.get(id) ?? mine
    // A row whose review is nowhere is refused by the file check before this.
    if (!review) continue
    const before: ReviewState | null = mine
      ? { review: mine, ratings: onDevice.ratings.get(id) ?? [], consensus: onDevice.consensus.get(id) ?? [] }
      : null
    const after: ReviewState = {
      review,
      ratings: overlay(onDevice.ratings.get(id) ?? [], written.ratings.get(id) ?? [], ratingKey),
      consensus: overlay(onDevice.consensus.get(id) ?? [], written.consensus.get(id) ?? [], consensusKey),
    }
    const broken = newlyBrokenRules(before, after, scaleOf(review))
    if (broken.length > 0) breaks.push({ review, broken })
  }
  return breaks
}

/**
 * Why the import is refused, one sentence per review (the first few), each naming the rules in the
 * app's words: "The review of Northgate CRT (…) would break the app’s rules: A final review has …".
 */
export function describeRuleBreaks(breaks: readonly ReviewRuleBreak[], label: (review: Review) => string): string[] {
  const named = breaks
    .slice(0, MAX_REVIEWS_NAMED)
    .map(
      ({ review, broken }) =>
        `${label(review)} would break the app’s rules, so nothing can be imported: ` +
        broken.map(describeBrokenRule).join(' '),
    )
  const more = breaks.length - named.length
  return more > 0 ? [...named, `${more} more ${more === 1 ? 'review breaks' : 'reviews break'} the rules too.`] : named
}
