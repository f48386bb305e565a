import type { ReviewInput } from '#domain/review/review'
import type { TeamInput } from '#domain/review/team'
import { findScale } from '#domain/scale/catalogue'
import type { ScaleItem } from '#domain/scale/schema'
import { ratingsRepo } from '../../src/storage/ratings-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { teamsRepo } from '../../src/storage/teams-repo'
import { now, reviewInput, teamInput } from '../storage/fresh-database'

const uk = findScale('ips-uk', '1.0.0')!

/** A new team and a review of it on the bundled UK scale, by default with Reviewer A and Reviewer B. */
export async function ukReview(review: Partial<ReviewInput> = {}, team: Partial<TeamInput> = {}) {
  const { id: teamId } = await teamsRepo.create(teamInput(team), now)
  return reviewsRepo.create(reviewInput(teamId, { scaleId: 'ips-uk', scaleVersion: '1.0.0', ...review }), now)
}

/** One reviewer's ratings of a UK-scale review: `score` gives each item's score, null leaves the item unrated. */
export async function rateItems(
  reviewId: string,
  reviewerId: string,
  score: (item: ScaleItem) => number | null,
  rationale: string | ((item: ScaleItem) => string) = 'Seen',
) {
  for (const item of uk.items) {
    const value = score(item)
    if (value === null) continue
    await ratingsRepo.saveRating({
      reviewId,
      itemId: item.id,
      reviewerId,
      score: value,
      rationale: typeof rationale === 'string' ? rationale : rationale(item),
    })
  }
}
