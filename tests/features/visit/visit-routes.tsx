import type { RouteObject } from 'react-router'
import { routePatterns } from '../../../src/app/paths'
import { ReviewRoute } from '../../../src/routes/review'
import { VisitPlanRoute } from '../../../src/routes/visit-plan'
import { stub } from '../../render-route'

/** The review page and its visit plan at their real addresses; the notes screen is another screen's test. */
export const visitRoutes: RouteObject[] = [
  { path: routePatterns.review, element: <ReviewRoute /> },
  { path: routePatterns.visitPlan, element: <VisitPlanRoute /> },
  { path: routePatterns.sessionNotes, element: stub('Session notes') },
]
