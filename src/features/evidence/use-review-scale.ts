import { useMemo } from 'react'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { useDraftsRestored } from '../../storage/live-drafts'
import { useReview } from '../../storage/live-reviews'
import { useScaleCatalogue } from '../../storage/live-scales'

export type ReviewScale =
  | { status: 'loading' }
  | { status: 'no-review' }
  | { status: 'no-scale'; review: Review }
  | { status: 'ready'; review: Review; scale: ScaleFile }

/**
 * A review and the exact scale version it pinned, bundled or imported on this device; 'ready' only once
 * the review's unsaved drafts are restored, so the fields it gates start from the last text typed.
 */
export function useReviewScale(reviewId: string): ReviewScale {
  const review = useReview(reviewId)
  const catalogue = useScaleCatalogue()
  const draftsRestored = useDraftsRestored(reviewId)
  return useMemo((): ReviewScale => {
    if (review === undefined || catalogue.loading || !draftsRestored) return { status: 'loading' }
    if (review === null) return { status: 'no-review' }
    const scale = catalogue.find(review.scaleId, review.scaleVersion)
    return scale ? { status: 'ready', review, scale } : { status: 'no-scale', review }
  }, [review, catalogue, draftsRestored])
}
