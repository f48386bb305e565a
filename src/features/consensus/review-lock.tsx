import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { FinalisePanel } from './finalise-panel'
import { FinalReviewNotice } from './reopen-review'
import './consensus.css'

/** Finalise (while working) or the final notice with "Reopen" (once final), for whichever screen shows it. */
export function ReviewLock({ review, scale }: { review: Review; scale: ScaleFile }) {
  return review.status === 'final' ? (
    <FinalReviewNotice review={review} />
  ) : (
    <FinalisePanel review={review} scale={scale} />
  )
}
