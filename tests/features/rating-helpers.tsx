import type { RouteObject } from 'react-router'
import { routePatterns } from '../../src/app/paths'
import { ReviewRateRoute } from '../../src/routes/review-rate'
import { ReviewConsensusRoute } from '../../src/routes/review-consensus'
import type { ScaleItem } from '#domain/scale/schema'
import { rawScale } from '../domain/scale/helpers'
import { stub } from '../render-route'
import { rateItems } from './uk-review'

export const ukScale = rawScale('ips-uk')
export const itemIds = ukScale.items.map((item) => item.id)

/** One reviewer's rating of every item: `score` gives each item's score; each rationale names reviewer and item. */
export function rateAll(
  reviewId: string,
  reviewerId: string,
  score: (item: ScaleItem) => number,
  rationale = (item: ScaleItem) => `${reviewerId} on item ${item.number}`,
) {
  return rateItems(reviewId, reviewerId, score, rationale)
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
