import { memo } from 'react'
import type { ScaleFile } from '#domain/scale/schema'
import { ItemNavigator } from './item-navigator'
import { useItemProgress } from './use-item-progress'

interface Props {
  reviewId: string
  scale: ScaleFile
  currentItemId: string
  twoReviewers: boolean
  folded: boolean
}

/** Every item of the review with how far it has got; reads its own data so the workspace does not. */
export const ItemProgressNavigator = memo(function ItemProgressNavigator({
  reviewId,
  scale,
  currentItemId,
  twoReviewers,
  folded,
}: Props) {
  const progress = useItemProgress(reviewId, scale, twoReviewers)
  return (
    <ItemNavigator
      scale={scale}
      reviewId={reviewId}
      currentItemId={currentItemId}
      progress={progress}
      folded={folded}
    />
  )
})
