import { useParams } from 'react-router'
import { useReview } from '../storage/live-reviews'
import { usePageTitle } from '../ui/use-page-title'
import { ReportScreen } from '../features/report/report-screen'
import { NotFoundRoute } from './not-found'

export function ReviewReportRoute() {
  const { reviewId = '' } = useParams()
  const review = useReview(reviewId)
  usePageTitle(review === null ? 'Review not found' : 'Report')
  if (review === undefined) return <p aria-busy="true">Loading review…</p>
  if (review === null) return <NotFoundRoute />
  return <ReportScreen review={review} />
}
