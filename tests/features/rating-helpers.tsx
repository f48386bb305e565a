import type { RouteObject } from 'react-router'
import { routePatterns } from '../../src/app/paths'
import { ReviewRateRoute } from '../../src/routes/review-rate'
import { ReviewConsensusRoute } from '../../src/routes/review-consensus'
import type { ReviewInput } from '#domain/review/review'
import type { ScaleItem } from '#domain/scale/schema'
import { ratingsRepo } from '../../src/storage/ratings-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { teamsRepo } from '../../src/storage/teams-repo'
import { now, reviewInput, teamInput } from '../storage/fresh-database'
import { rawScale } from '../domain/scale/helpers'
import { stub } from '../render-route'

export const ukScale = rawScale('ips-uk')
export const itemIds = ukScale.items.map((item) => item.id)

/** A review on the bundled UK scale, by default with Reviewer A and Reviewer B. */
export async function reviewOnUkScale(overrides: Partial<ReviewInput> = {}) {
  const team = await teamsRepo.create(teamInput(), now)
  return reviewsRepo.create(reviewInput(team.id, { scaleId: 'ips-uk', scaleVersion: '1.0.0', ...overrides }), now)
}

/** One reviewer's rating of every item: `score` gives each item's score. */
export async function rateAll(
  reviewId: string,
  reviewerId: string,
  score: (item: ScaleItem) => number,
  rationale = (item: ScaleItem) => `${reviewerId} on item ${item.number}`,
) {
  for (const item of ukScale.items) {
    await ratingsRepo.saveRating({
      reviewId,
      itemId: item.id,
      reviewerId,
      score: score(item),
      rationale: rationale(item),
    })
  }
}

/** Chooses who is rating in this tab, as the reviewer chooser does. */
export function rateAs(reviewId: string, reviewerId: string) {
  sessionStorage.setItem(`ips-fidelity-review:rating-as:${reviewId}`, reviewerId)
}

/** The rating and consensus screens at their real addresses; other screens are stubs. */
export const ratingRoutes: RouteObject[] = [
  { path: routePatterns.reviewRate, element: <ReviewRateRoute /> },
  { path: routePatterns.reviewConsensus, element: <ReviewConsensusRoute /> },
  { path: routePatterns.reviewResults, element: stub('Results') },
  { path: routePatterns.reviewItem, element: stub('Evidence workspace') },
  { path: routePatterns.review, element: stub('Review overview') },
]
