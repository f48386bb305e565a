import type { RouteObject } from 'react-router'
import { routePatterns } from '../../../src/app/paths'
import type { PlannedSession } from '#domain/visit/session'
import { ReviewItemRoute } from '../../../src/routes/review-item'
import { SessionNotesRoute } from '../../../src/routes/session-notes'
import { visitRepo } from '../../../src/storage/visit-repo'
import { ukReview } from '../uk-review'
import { plannedSession } from '../../domain/visit/fixtures'

/** The session notes screen and an item's workspace at their real addresses; anywhere else is "Elsewhere". */
export const sessionRoutes: RouteObject[] = [
  { path: routePatterns.sessionNotes, element: <SessionNotesRoute /> },
  { path: routePatterns.reviewItem, element: <ReviewItemRoute /> },
  { path: '*', element: <p>Elsewhere</p> },
]

/** An interview with the team leader on the first morning of the visit, about items 1, 9 and 12. */
export const teamLeaderInterview: PlannedSession = plannedSession({
  place: 'Team base, room 2',
  itemIds: ['caseload-size', 'zero-exclusion', 'benefits-planning'],
})

/** A UK-scale review (in planning) with the team leader's interview in its plan. */
export async function reviewWithInterview() {
  const review = await ukReview()
  const session = await visitRepo.addSession(review.id, teamLeaderInterview)
  return { review, session }
}
