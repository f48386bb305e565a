import { useParams } from 'react-router'
import { RecoveryNotice } from '../features/evidence/recovery-notice'
import { ReviewScaleGate } from '../features/evidence/review-scale-gate'
import { SessionNotesScreen } from '../features/visit/session-notes-screen'

export function SessionNotesRoute() {
  const { reviewId = '', sessionId = '' } = useParams()
  return (
    <ReviewScaleGate reviewId={reviewId}>
      {(review, scale) => (
        <>
          <RecoveryNotice reviewId={review.id} scale={scale} />
          <SessionNotesScreen review={review} scale={scale} sessionId={sessionId} />
        </>
      )}
    </ReviewScaleGate>
  )
}
