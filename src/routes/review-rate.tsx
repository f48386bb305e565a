import { useParams } from 'react-router'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { RatingScreen } from '../features/rating/rating-screen'
import { ReviewLock } from '../features/consensus/review-lock'

export function ReviewRateRoute() {
  const { reviewId = '', itemId = '' } = useParams()
  return (
    <ReviewScaleGate reviewId={reviewId}>
      {(review, scale) => (
        <RatingScreen
          review={review}
          scale={scale}
          itemId={itemId}
          // With one reviewer the ratings are the scores, so the review is finalised here; with two, on consensus.
          finalise={
            review.reviewers.length === 1 || review.status === 'final' ? (
              <ReviewLock review={review} scale={scale} />
            ) : null
          }
        />
      )}
    </ReviewScaleGate>
  )
}
