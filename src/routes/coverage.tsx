import { Link, useParams } from 'react-router'
import { paths } from '../app/paths'
import { reviewWords } from '#domain/review/wording'
import { CoverageGrid } from '../features/evidence/coverage-grid'
import { RoleCoverageGrid } from '../features/evidence/role-coverage-grid'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { RecoveryNotice } from '../features/evidence/recovery-notice'
import { useEvidenceForReview, useRecordReviewRows } from '../storage/live-evidence'
import { useSessionNotesForReview, useVisitSessions } from '../storage/live-visit'
import { usePageTitle } from '../ui/use-page-title'

export function CoverageRoute() {
  const { reviewId = '' } = useParams()
  const entries = useEvidenceForReview(reviewId)
  const rows = useRecordReviewRows(reviewId)
  const sessions = useVisitSessions(reviewId)
  const notes = useSessionNotesForReview(reviewId)
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
          {/* A practice case has no visit plan, so no one to count by role. */}
          {reviewWords(review.type).hasPlanning && (
            <section aria-labelledby="coverage-roles-heading">
              <h2 id="coverage-roles-heading">By role</h2>
              {sessions === undefined || notes === undefined ? (
                <p aria-busy="true">Loading the visit plan…</p>
              ) : (
                <RoleCoverageGrid reviewId={review.id} scale={scale} sessions={sessions} notes={notes} />
              )}
            </section>
          )}
          <section aria-labelledby="coverage-sources-heading">
            <h2 id="coverage-sources-heading">By data source</h2>
            {entries === undefined || rows === undefined ? (
              <p aria-busy="true">Loading evidence…</p>
            ) : (
              <CoverageGrid
                reviewId={review.id}
                scale={scale}
                entries={entries}
                rows={rows}
                visitEnd={review.visitEnd}
              />
            )}
          </section>
        </div>
      )}
    </ReviewScaleGate>
  )
}
