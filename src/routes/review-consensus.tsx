import { useParams } from 'react-router'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { ConsensusScreen } from '../features/consensus/consensus-screen'

export function ReviewConsensusRoute() {
  const { reviewId = '' } = useParams()
  return (
    <ReviewScaleGate reviewId={reviewId}>
      {(review, scale) => <ConsensusScreen review={review} scale={scale} />}
    </ReviewScaleGate>
  )
}
