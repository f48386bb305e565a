import { useLiveQuery } from 'dexie-react-hooks'
import type { ActionPlanEntry } from '#domain/scoring/action-plan'
import { actionPlanRepo } from './action-plan-repo'

/** The review's action plan; undefined while loading, re-rendered when any tab changes it. */
export function useActionPlan(reviewId: string): ActionPlanEntry[] | undefined {
  return useLiveQuery(() => actionPlanRepo.listForReview(reviewId), [reviewId])
}
