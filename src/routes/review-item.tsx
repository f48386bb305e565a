import { useParams } from 'react-router'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { ItemWorkspace } from '../features/evidence/item-workspace'

export function ReviewItemRoute() {
  const { reviewId = '', itemId = '' } = useParams()
  return (
    <ReviewScaleGate reviewId={reviewId}>
      {(review, scale) => <ItemWorkspace review={review} scale={scale} itemId={itemId} />}
    </ReviewScaleGate>
  )
}
