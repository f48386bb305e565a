import { useMemo } from 'react'
import { progressByItem, type ItemProgress } from '#domain/review/item-progress'
import type { ScaleFile } from '#domain/scale/schema'
import { useCalculatorInputsForReview, useItemsWithEvidence } from '../../storage/live-evidence'
import { useConsensus, useRatings } from '../../storage/live-ratings'

const NONE: never[] = []

/** How far each item of a review has got, from which items have evidence (not the notes themselves). */
export function useItemProgress(
  reviewId: string,
  scale: ScaleFile,
  twoReviewers: boolean,
): Record<string, ItemProgress> {
  const itemsWithEvidence = useItemsWithEvidence(reviewId)
  const inputs = useCalculatorInputsForReview(reviewId)
  const ratings = useRatings(reviewId)
  const consensus = useConsensus(reviewId)
  return useMemo(
    () =>
      progressByItem(scale.items, {
        entries: (itemsWithEvidence ?? NONE).map((itemId) => ({ itemId })),
        calculatorInputs: inputs ?? NONE,
        // With two reviewers only the agreed score counts as rated: showing either reviewer's ratings here
        // would tell the other one, before both have finished, which items were already rated.
        ratings: twoReviewers ? NONE : (ratings ?? NONE),
        consensus: consensus ?? NONE,
      }),
    [scale, itemsWithEvidence, inputs, ratings, consensus, twoReviewers],
  )
}

/** True when two progress records say the same for every item. */
export function sameProgress(a: Record<string, ItemProgress>, b: Record<string, ItemProgress>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}
