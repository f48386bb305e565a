import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { useReviewScale } from './use-review-scale'

/** Loads the review and its pinned scale, and says clearly what is missing if either is not on this device. */
export function ReviewScaleGate({
  reviewId,
  children,
}: {
  reviewId: string
  children: (review: Review, scale: ScaleFile) => ReactNode
}) {
  const state = useReviewScale(reviewId)
  switch (state.status) {
    case 'loading':
      return <p aria-busy="true">Loading the review…</p>
    case 'no-review':
      return (
        <div className="empty-state">
          <h1>Review not found</h1>
          <p>This review is not on this device. It may have been deleted, or it was made on another device.</p>
          <Link to={paths.home()}>Go to your teams</Link>
        </div>
      )
    case 'no-scale':
      return (
        <div className="empty-state">
          <h1>The scale for this review is missing</h1>
          <p>
            This review uses scale {state.review.scaleId}, version {state.review.scaleVersion}, which is not on this
            device. Import that scale file in Settings to work on the review; the evidence already collected is safe.
          </p>
          <Link to={paths.settings()}>Go to Settings</Link>
        </div>
      )
    case 'ready':
      return children(state.review, state.scale)
  }
}
