import { useLiveQuery } from 'dexie-react-hooks'
import type { Consensus, Rating } from '#domain/review/rating'
import { ratingsRepo } from './ratings-repo'

// Every hook returns undefined while loading and re-renders when any tab changes the data.
// Single-record hooks return null when the record does not exist.
// One file per kind of record, so a screen pulls in only the schemas it shows.

export function useRatings(reviewId: string): Rating[] | undefined {
  return useLiveQuery(() => ratingsRepo.listRatings(reviewId), [reviewId])
}

export function useConsensus(reviewId: string): Consensus[] | undefined {
  return useLiveQuery(() => ratingsRepo.listConsensus(reviewId), [reviewId])
}
