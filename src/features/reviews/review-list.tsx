import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { reviewStatusLabels, reviewTypeLabels, type Review } from '#domain/review/review'
import { raterLabel } from '#domain/review/wording'
import { describeScale, describeVisit } from './scale-description'
import { useScaleCatalogue } from '../../storage/live-scales'
import { notScoredYet, type RenderReviewScore } from './review-score'
import { useReviewsForTeam } from '../../storage/live-reviews'
import './reviews.css'

type ReviewListProps = {
  /** Newest first, as reviewsRepo.listForTeam returns them. */
  reviews: readonly Review[]
  /** Total and band once scored: the rating issue passes its renderer here. */
  renderScore?: RenderReviewScore
}

/** A team's reviews, each with type, dates (in the type's words), pinned scale, status and score. */
export function ReviewList({ reviews, renderScore = notScoredYet }: ReviewListProps) {
  const scales = useScaleCatalogue()
  if (reviews.length === 0) return <p className="empty-state">No reviews for this team yet.</p>
  return (
    <ul className="card-list review-list" aria-label="Reviews, newest first">
      {reviews.map((review) => (
        <li key={review.id} className="card">
          <h3 className="card__title">
            <Link to={paths.review(review.id)}>
              {reviewTypeLabels[review.type]}, {describeVisit(review)}
            </Link>
          </h3>
          <dl className="review-list__facts">
            <div>
              <dt>{raterLabel(review.type, review.reviewers.length)}</dt>
              <dd>{review.reviewers.map((r) => r.name).join(' and ')}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>{reviewStatusLabels[review.status]}</dd>
            </div>
            <div>
              <dt>Scale</dt>
              <dd>
                {scales.loading
                  ? `${review.scaleId}, version ${review.scaleVersion}`
                  : describeScale(review, scales.find(review.scaleId, review.scaleVersion))}
              </dd>
            </div>
            <div>
              <dt>Score</dt>
              <dd>{renderScore(review)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  )
}

/** A team's reviews read live from the device, newest first. */
export function TeamReviews({ teamId, renderScore }: { teamId: string; renderScore?: RenderReviewScore }) {
  const reviews = useReviewsForTeam(teamId)
  if (reviews === undefined) return <p aria-busy="true">Loading reviews…</p>
  return <ReviewList reviews={reviews} renderScore={renderScore} />
}
