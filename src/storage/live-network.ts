import { useEffect, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Review } from '#domain/review/review'
import { figuresOf, isCurrentSnapshot, type FinalScores, type ResultFigures } from '#domain/scoring/final-scores'
import { networkRepo, type NetworkRows } from './network-repo'

/** What the portfolio and the network dashboard pool across the teams on this device. */
export interface NetworkData extends Omit<NetworkRows, 'finalScores' | 'missingFinalScores'> {
  /** Each final review's results snapshot, by review id (only reviews that count, as they now stand). */
  finalScores: ReadonlyMap<string, FinalScores>
  /**
   * A final non-training review's figures (total, band, each item's score), the same as its results page shows;
   * null for any other review, or where this device lacks the scale.
   */
  resultsFor: (review: Review) => ResultFigures | null
}

// Snapshots this page load has tried to take, so one that cannot be (its scale is missing) is not retried forever.
const tried = new Set<string>()
const keyOf = ({ reviewId, finalisedAt }: { reviewId: string; finalisedAt: string }) => `${reviewId}@${finalisedAt}`

/**
 * Teams, reviews, results, plans, deadlines and outcomes across this device, live; undefined while loading. A final
 * review without its results snapshot gets one first (once per page load), so the figures shown are complete.
 */
export function useNetworkData(): NetworkData | undefined {
  const rows = useLiveQuery(() => networkRepo.load(), [])
  const [, setTaken] = useState(0)
  const missing = (rows?.missingFinalScores ?? []).filter((entry) => !tried.has(keyOf(entry)))
  const wanted = missing.map((entry) => entry.reviewId).join('\n')
  const missingKeys = missing.map(keyOf).join('\n')

  useEffect(() => {
    if (wanted === '') return
    let mounted = true
    import('./final-scores-backfill')
      .then(({ backfillFinalScores }) => backfillFinalScores(wanted.split('\n')))
      // A snapshot that cannot be taken leaves that review's total "not available", as the history shows it.
      .catch(() => undefined)
      .finally(() => {
        for (const key of missingKeys.split('\n')) tried.add(key)
        if (mounted) setTaken((n) => n + 1)
      })
    return () => {
      mounted = false
    }
  }, [wanted, missingKeys])

  const ready = rows !== undefined && wanted === ''
  return useMemo(() => {
    if (!ready || !rows) return undefined
    const finalScores = new Map(rows.finalScores.map((snapshot) => [snapshot.reviewId, snapshot]))
    const figures = new Map([...finalScores].map(([id, snapshot]) => [id, figuresOf(snapshot)]))
    const { teams, reviews, actionPlan, deadlines, outcomes } = rows
    return {
      teams,
      reviews,
      actionPlan,
      deadlines,
      outcomes,
      finalScores,
      resultsFor: (review: Review) => {
        const snapshot = finalScores.get(review.id)
        return snapshot && isCurrentSnapshot(snapshot, review) ? (figures.get(review.id) ?? null) : null
      },
    }
  }, [rows, ready])
}
