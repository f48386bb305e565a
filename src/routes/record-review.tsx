import { Link, useParams } from 'react-router'
import { paths } from '../app/paths'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { RecordReviewTable } from '../features/evidence/record-review-table'
import { RecoveryNotice } from '../features/evidence/recovery-notice'
import { useRecordReviewRows } from '../storage/live-evidence'
import { usePageTitle } from '../ui/use-page-title'

export function RecordReviewRoute() {
  const { reviewId = '' } = useParams()
  const rows = useRecordReviewRows(reviewId)
  usePageTitle('Record review')
  return (
    <ReviewScaleGate reviewId={reviewId}>
      {(review, scale) => (
        <div className="page">
          <RecoveryNotice reviewId={review.id} scale={scale} />
          <h1>Record review</h1>
          <nav className="workspace__links" aria-label="This review">
            <Link to={paths.review(review.id)}>Review overview</Link>
            {scale.items[0] && <Link to={paths.reviewItem(review.id, scale.items[0].id)}>Evidence workspace</Link>}
            <Link to={paths.coverage(review.id)}>Coverage</Link>
          </nav>
          {rows === undefined ? (
            <p aria-busy="true">Loading records…</p>
          ) : (
            <RecordReviewTable reviewId={review.id} scale={scale} rows={rows} visitEnd={review.visitEnd} />
          )}
        </div>
      )}
    </ReviewScaleGate>
  )
}
