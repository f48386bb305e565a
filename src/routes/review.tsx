import { useParams } from 'react-router'
import { useReview } from '../storage/live-reviews'
import { usePageTitle } from '../ui/use-page-title'
import { ReviewPage } from '../features/reviews/review-page'
import { ReviewDataActions } from '../features/data/review-data-actions'
import { TrainingReviewLinks } from '../features/training/training-review-links'
import { VisitPlanSummary } from '../features/visit/visit-plan-summary'
import { NotFoundRoute } from './not-found'

export function ReviewRoute() {
  const { reviewId = '' } = useParams()
  const review = useReview(reviewId)
  // The review page names itself once loaded; this covers loading and not found.
  usePageTitle(review === null ? 'Review not found' : 'Review')
  if (review === undefined) return <p aria-busy="true">Loading review…</p>
  if (review === null) return <NotFoundRoute />
  return (
    <ReviewPage
      review={review}
      plan={<VisitPlanSummary review={review} />}
      actions={
        <>
          <TrainingReviewLinks review={review} />
          <ReviewDataActions review={review} />
        </>
      }
    />
  )
}
