import { Link, useParams } from 'react-router'
import { paths } from '../app/paths'
import { useReview } from '../storage/live-reviews'
import { usePageTitle } from '../ui/use-page-title'
import { EditReview } from '../features/reviews/edit-review'
import { NotFoundRoute } from './not-found'

export function ReviewEditRoute() {
  const { reviewId = '' } = useParams()
  const review = useReview(reviewId)
  usePageTitle(review === null ? 'Review not found' : 'Edit review details')
  if (review === undefined) return <p aria-busy="true">Loading review…</p>
  if (review === null) return <NotFoundRoute />
  return (
    <section className="page" aria-labelledby="review-edit-heading">
      <h1 id="review-edit-heading">Edit review details</h1>
      <p>
        <Link to={paths.review(review.id)}>Back to the review</Link>
      </p>
      <EditReview review={review} />
    </section>
  )
}
