import { useParams } from 'react-router'
import { useReview } from '../storage/live-reviews'
import { usePageTitle } from '../ui/use-page-title'
import { ResultsPage } from '../features/results/results-page'
import { NotFoundRoute } from './not-found'

export function ReviewResultsRoute() {
  const { reviewId = '' } = useParams()
  const review = useReview(reviewId)
  // The results page names itself once loaded; this covers loading and not found.
  usePageTitle(review === null ? 'Review not found' : 'Results')
  if (review === undefined) return <p aria-busy="true">Loading review…</p>
  if (review === null) return <NotFoundRoute />
  return <ResultsPage review={review} />
}
