import { useParams } from 'react-router'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { ActionPlanScreen } from '../features/action-plan/action-plan-screen'

export function ReviewActionPlanRoute() {
  const { reviewId = '' } = useParams()
  return (
    <ReviewScaleGate reviewId={reviewId}>
      {(review, scale) => <ActionPlanScreen review={review} scale={scale} />}
    </ReviewScaleGate>
  )
}
