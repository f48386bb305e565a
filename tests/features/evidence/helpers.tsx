import type { RouteObject } from 'react-router'
import { routePatterns } from '../../../src/app/paths'
import { ReviewItemRoute } from '../../../src/routes/review-item'
import { RecordReviewRoute } from '../../../src/routes/record-review'
import { CoverageRoute } from '../../../src/routes/coverage'

/** The evidence screens at their real addresses; anywhere else is "Elsewhere". */
export const evidenceRoutes: RouteObject[] = [
  { path: routePatterns.reviewItem, element: <ReviewItemRoute /> },
  { path: routePatterns.recordReview, element: <RecordReviewRoute /> },
  { path: routePatterns.coverage, element: <CoverageRoute /> },
  { path: '*', element: <p>Elsewhere</p> },
]
