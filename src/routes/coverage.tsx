import { Link, useParams } from 'react-router'
import { paths } from '../app/paths'
import { CoverageGrid } from '../features/evidence/coverage-grid'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { RecoveryNotice } from '../features/evidence/recovery-notice'
import { useEvidenceForReview, useRecordReviewRows } from '../storage/live-evidence'
import { usePageTitle } from '../ui/use-page-title'

export function CoverageRoute() {
  const { reviewId = '' } = useParams()
  const entries = useEvidenceForReview(reviewId)
  const rows = useRecordReviewRows(reviewId)
  usePageTitle('Evidence coverage')
  return (
    <ReviewScaleGate reviewId={reviewId}>
      {(review, scale) => (
        <div className="page">
          <RecoveryNotice reviewId={review.id} scale={scale} />
          <h1>Evidence coverage</h1>
          <nav className="workspace__links" aria-label="This review">
            <Link to={paths.review(review.id)}>Review overview</Link>
            <Link to={paths.recordReview(review.id)}>Record review</Link>
          </nav>
          {entries === undefined || rows === undefined ? (
            <p aria-busy="true">Loading evidence…</p>
          ) : (
            <CoverageGrid reviewId={review.id} scale={scale} entries={entries} recordCount={rows.length} />
          )}
        </div>
      )}
    </ReviewScaleGate>
  )
}
