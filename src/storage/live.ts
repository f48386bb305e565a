import { useLiveQuery } from 'dexie-react-hooks'
import type { Team } from '../domain/team'
import type { Review } from '../domain/review'
import type { CalculatorInputs, EvidenceEntry, RecordReviewRow } from '../domain/evidence'
import type { Consensus, Rating } from '../domain/rating'
import type { Settings } from '../domain/settings'
import type { ImportedScaleRow } from './database'
import { teamsRepo } from './teams-repo'
import { reviewsRepo } from './reviews-repo'
import { evidenceRepo } from './evidence-repo'
import { ratingsRepo } from './ratings-repo'
import { settingsRepo } from './settings-repo'
import { scalesRepo } from './scales-repo'

// Every hook returns undefined while loading and re-renders when any tab changes the data.
// Single-record hooks return null when the record does not exist.

export function useTeams(includeArchived = false): Team[] | undefined {
  return useLiveQuery(() => teamsRepo.list({ includeArchived }), [includeArchived])
}

export function useTeam(id: string): Team | null | undefined {
  return useLiveQuery(() => teamsRepo.find(id), [id])
}

export function useReviewsForTeam(teamId: string): Review[] | undefined {
  return useLiveQuery(() => reviewsRepo.listForTeam(teamId), [teamId])
}

export function useReview(id: string): Review | null | undefined {
  return useLiveQuery(() => reviewsRepo.find(id), [id])
}

export function useEvidence(reviewId: string, itemId: string): EvidenceEntry[] | undefined {
  return useLiveQuery(() => evidenceRepo.listEntries(reviewId, itemId), [reviewId, itemId])
}

export function useEvidenceForReview(reviewId: string): EvidenceEntry[] | undefined {
  return useLiveQuery(() => evidenceRepo.listEntriesForReview(reviewId), [reviewId])
}

export function useCalculatorInputs(reviewId: string, itemId: string): CalculatorInputs | null | undefined {
  return useLiveQuery(() => evidenceRepo.getCalculatorInputs(reviewId, itemId), [reviewId, itemId])
}

export function useCalculatorInputsForReview(reviewId: string): CalculatorInputs[] | undefined {
  return useLiveQuery(() => evidenceRepo.listCalculatorInputs(reviewId), [reviewId])
}

export function useRecordReviewRows(reviewId: string): RecordReviewRow[] | undefined {
  return useLiveQuery(() => evidenceRepo.listRecordReviewRows(reviewId), [reviewId])
}

export function useRatings(reviewId: string): Rating[] | undefined {
  return useLiveQuery(() => ratingsRepo.listRatings(reviewId), [reviewId])
}

export function useConsensus(reviewId: string): Consensus[] | undefined {
  return useLiveQuery(() => ratingsRepo.listConsensus(reviewId), [reviewId])
}

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => settingsRepo.get(), [])
}

export function useImportedScales(): ImportedScaleRow[] | undefined {
  return useLiveQuery(() => scalesRepo.listImported(), [])
}
