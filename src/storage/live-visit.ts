import { useLiveQuery } from 'dexie-react-hooks'
import type { VisitSession } from '#domain/visit/session'
import type { SessionNote } from '#domain/visit/session-note'
import { visitRepo } from './visit-repo'

// Like every live hook: undefined while loading, re-rendered when any tab changes the data.

/** The review's visit plan, in the plan's order. */
export function useVisitSessions(reviewId: string): VisitSession[] | undefined {
  return useLiveQuery(() => visitRepo.listSessions(reviewId), [reviewId])
}

export function useSessionNotes(sessionId: string): SessionNote[] | undefined {
  return useLiveQuery(() => visitRepo.listNotesForSession(sessionId), [sessionId])
}

export function useSessionNotesForReview(reviewId: string): SessionNote[] | undefined {
  return useLiveQuery(() => visitRepo.listNotesForReview(reviewId), [reviewId])
}

/** Session notes tagged to one item, for that item's workspace. */
export function useSessionNotesForItem(reviewId: string, itemId: string): SessionNote[] | undefined {
  return useLiveQuery(() => visitRepo.listNotesForItem(reviewId, itemId), [reviewId, itemId])
}
