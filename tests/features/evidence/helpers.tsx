import type { RouteObject } from 'react-router'
import { routePatterns } from '../../../src/app/paths'
import { ReviewItemRoute } from '../../../src/routes/review-item'
import { RecordReviewRoute } from '../../../src/routes/record-review'
import { CoverageRoute } from '../../../src/routes/coverage'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { now, reviewInput, teamInput } from '../../storage/fresh-database'

/** A team and a review on the bundled UK scale. */
export async function ukReview() {
  const team = await teamsRepo.create(teamInput(), now)
  return reviewsRepo.create(reviewInput(team.id, { scaleId: 'ips-uk', scaleVersion: '1.0.0' }), now)
}

/** The evidence screens at their real addresses; anywhere else is "Elsewhere". */
export const evidenceRoutes: RouteObject[] = [
  { path: routePatterns.reviewItem, element: <ReviewItemRoute /> },
  { path: routePatterns.recordReview, element: <RecordReviewRoute /> },
  { path: routePatterns.coverage, element: <CoverageRoute /> },
  { path: '*', element: <p>Elsewhere</p> },
]
