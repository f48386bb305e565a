import { useMemo } from 'react'
import type { Review } from '../../domain/review'
import { findScale } from '../../domain/scale-catalogue'
import { parseScale, type ScaleFile } from '../../domain/scale-schema'
import { useReview } from '../../storage/live-reviews'
import { useImportedScales } from '../../storage/live-settings'

export type ReviewScale =
  | { status: 'loading' }
  | { status: 'no-review' }
  | { status: 'no-scale'; review: Review }
  | { status: 'ready'; review: Review; scale: ScaleFile }

/** A review and the exact scale version it pinned, bundled or imported on this device. */
export function useReviewScale(reviewId: string): ReviewScale {
  const review = useReview(reviewId)
  const rows = useImportedScales()
  const imported = useMemo(
    () =>
      (rows ?? []).flatMap((row) => {
        const result = parseScale(row.data)
        return result.ok ? [result.scale] : []
      }),
    [rows],
  )
  return useMemo((): ReviewScale => {
    if (review === undefined || rows === undefined) return { status: 'loading' }
    if (review === null) return { status: 'no-review' }
    const scale = findScale(review.scaleId, review.scaleVersion, imported)
    return scale ? { status: 'ready', review, scale } : { status: 'no-scale', review }
  }, [review, rows, imported])
}
