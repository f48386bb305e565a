import { useParams } from 'react-router'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { VisitPlanScreen } from '../features/visit/visit-plan-screen'

export function VisitPlanRoute() {
  const { reviewId = '' } = useParams()
  return (
    <ReviewScaleGate reviewId={reviewId}>
      {(review, scale) => <VisitPlanScreen review={review} scale={scale} />}
    </ReviewScaleGate>
  )
}
