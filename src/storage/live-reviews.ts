import { useLiveQuery } from 'dexie-react-hooks'
import type { Review } from '#domain/review/review'
import { reviewsRepo } from './reviews-repo'

// Every hook returns undefined while loading and re-renders when any tab changes the data.
// Single-record hooks return null when the record does not exist.
// One file per kind of record, so a screen pulls in only the schemas it shows.

export function useReviewsForTeam(teamId: string): Review[] | undefined {
  return useLiveQuery(() => reviewsRepo.listForTeam(teamId), [teamId])
}

export function useReview(id: string): Review | null | undefined {
  return useLiveQuery(() => reviewsRepo.find(id), [id])
}
