import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import type { Review } from '#domain/review/review'
import { reviewsRepo } from '../../storage/reviews-repo'
import { ReviewForm } from './review-form'
import { toDates, toReviewers } from './review-form-schema'
import { scaleKey } from './use-review-scales'
import { useScaleCatalogue } from '../../storage/live-scales'
import { describeScale } from './scale-description'

/** Corrects a review's type, dates and reviewers; the team and the pinned scale version stay as they are. */
export function EditReview({ review }: { review: Review }) {
  const navigate = useNavigate()
  const scales = useScaleCatalogue()
  const pinned = { id: review.scaleId, version: review.scaleVersion }
  // A final review's details are in its report; the scoring screens reopen it first.
  if (review.status === 'final') {
    return <p className="problems">This review is final, so its details cannot be changed. Reopen it first.</p>
  }
  return (
    <ReviewForm
      initial={{
        type: review.type,
        scale: scaleKey(pinned),
        visitStart: review.visitStart,
        visitEnd: review.visitEnd,
        firstReviewer: review.reviewers[0]?.name ?? '',
        secondReviewer: review.reviewers[1]?.name ?? '',
      }}
      scaleChoice={{ kind: 'pinned', description: describeScale(review, scales.find(pinned.id, pinned.version)) }}
      submitLabel="Save changes"
      cancelTo={paths.review(review.id)}
      onSave={async (values) => {
        await reviewsRepo.update(review.id, {
          type: values.type,
          ...toDates(values),
          reviewers: toReviewers(values, review.reviewers, () => crypto.randomUUID()),
        })
        await navigate(paths.review(review.id))
      }}
    />
  )
}
