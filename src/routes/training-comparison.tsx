import { useParams } from 'react-router'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { TrainingComparisonScreen } from '../features/training/comparison-screen'

export function TrainingComparisonRoute() {
  const { reviewId = '' } = useParams()
  return (
    <ReviewScaleGate reviewId={reviewId}>
      {(review, scale) => <TrainingComparisonScreen review={review} scale={scale} />}
    </ReviewScaleGate>
  )
}
