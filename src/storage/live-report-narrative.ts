import { useLiveQuery } from 'dexie-react-hooks'
import type { ItemFinding, ReportNarrative } from '#domain/scoring/report-narrative'
import { reportNarrativeRepo } from './report-narrative-repo'

/** The review's narrative (null before anyone writes any); undefined while loading. */
export function useReportNarrative(reviewId: string): ReportNarrative | null | undefined {
  return useLiveQuery(() => reportNarrativeRepo.getNarrative(reviewId), [reviewId])
}

/** The findings the reviewers chose or wrote; undefined while loading. */
export function useItemFindings(reviewId: string): ItemFinding[] | undefined {
  return useLiveQuery(() => reportNarrativeRepo.listFindings(reviewId), [reviewId])
}
