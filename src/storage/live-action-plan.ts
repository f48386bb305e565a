import { useLiveQuery } from 'dexie-react-hooks'
import type { ActionPlanEntry } from '#domain/scoring/action-plan'
import { actionPlanRepo } from './action-plan-repo'

/** The review's action plan; undefined while loading, re-rendered when any tab changes it. */
export function useActionPlan(reviewId: string): ActionPlanEntry[] | undefined {
  return useLiveQuery(() => actionPlanRepo.listForReview(reviewId), [reviewId])
}

/** The action plans of several reviews (a team's), in one list; undefined while loading. */
export function useActionPlansForReviews(reviewIds: readonly string[] | undefined): ActionPlanEntry[] | undefined {
  const key = reviewIds?.join('\n')
  return useLiveQuery(
    () => (reviewIds ? actionPlanRepo.listForReviews(reviewIds) : undefined),
    // The ids' contents, not the array's identity, decide when to read again.
    [key],
  )
}
