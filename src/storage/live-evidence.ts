import { useLiveQuery } from 'dexie-react-hooks'
import type { CalculatorInputs, EvidenceEntry, RecordReviewRow } from '#domain/review/evidence'
import { evidenceRepo } from './evidence-repo'

// Every hook returns undefined while loading and re-renders when any tab changes the data.
// Single-record hooks return null when the record does not exist.
// One file per kind of record, so a screen pulls in only the schemas it shows.

export function useEvidence(reviewId: string, itemId: string): EvidenceEntry[] | undefined {
  return useLiveQuery(() => evidenceRepo.listEntries(reviewId, itemId), [reviewId, itemId])
}

export function useEvidenceForReview(reviewId: string): EvidenceEntry[] | undefined {
  return useLiveQuery(() => evidenceRepo.listEntriesForReview(reviewId), [reviewId])
}

/** Item ids with any evidence; re-runs on evidence changes but reads no note text. */
export function useItemsWithEvidence(reviewId: string): string[] | undefined {
  return useLiveQuery(() => evidenceRepo.listItemsWithEvidence(reviewId), [reviewId])
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
