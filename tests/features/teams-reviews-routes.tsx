import type { RouteObject } from 'react-router'
import { routePatterns } from '../../src/app/paths'
import { HomeRoute } from '../../src/routes/home'
import { TeamNewRoute } from '../../src/routes/team-new'
import { TeamRoute } from '../../src/routes/team'
import { TeamEditRoute } from '../../src/routes/team-edit'
import { ReviewNewRoute } from '../../src/routes/review-new'
import { ReviewRoute } from '../../src/routes/review'
import { ReviewEditRoute } from '../../src/routes/review-edit'
import { stub } from '../render-route'

/** The team and review screens at their real addresses; screens built elsewhere are stubs. */
export const teamsReviewsRoutes: RouteObject[] = [
  { path: routePatterns.home, element: <HomeRoute /> },
  { path: routePatterns.newTeam, element: <TeamNewRoute /> },
  { path: routePatterns.team, element: <TeamRoute /> },
  { path: routePatterns.editTeam, element: <TeamEditRoute /> },
  { path: routePatterns.newReview, element: <ReviewNewRoute /> },
  { path: routePatterns.review, element: <ReviewRoute /> },
  { path: routePatterns.editReview, element: <ReviewEditRoute /> },
  { path: routePatterns.reviewItem, element: stub('Evidence workspace') },
  { path: routePatterns.recordReview, element: stub('Record review') },
  { path: routePatterns.coverage, element: stub('Evidence coverage') },
  { path: routePatterns.settings, element: stub('Settings') },
]
