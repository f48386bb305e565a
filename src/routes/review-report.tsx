import { useParams } from 'react-router'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { ReportScreen } from '../features/report/report-screen'

export function ReviewReportRoute() {
  const { reviewId = '' } = useParams()
  return (
    <ReviewScaleGate reviewId={reviewId}>
      {(review, scale) => <ReportScreen review={review} scale={scale} />}
    </ReviewScaleGate>
  )
}
