import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { hasConsensusStep } from '#domain/review/stage'
import type { Review } from '#domain/review/review'
import { allReviewersFinished } from '#domain/scoring/review-rules'
import type { ScaleFile } from '#domain/scale/schema'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'

interface Props {
  review: Review
  scale: ScaleFile
  reviewerId: string
  ratedCount: number
}

/**
 * "I have finished rating" locks this reviewer's ratings; once both reviewers have, consensus opens.
 * Until then each may reopen their own ratings. Only whether the other has finished is shown, never their scores.
 */
export function FinishRating({ review, scale, reviewerId, ratedCount }: Props) {
  const { run, busy, failure, setFailure } = useStorageAction()
  const finished = review.ratingsFinishedBy.includes(reviewerId)
  const others = review.reviewers.filter((r) => r.id !== reviewerId)
  const everyoneFinished = allReviewersFinished(review)
  const consensusStarted = review.agreement !== null
  const itemCount = scale.items.length

  function finish() {
    if (ratedCount < itemCount) {
      setFailure(`Rate every item first: ${itemCount - ratedCount} of ${itemCount} still to rate.`)
      return
    }
    void run(() =>
      reviewsRepo.finishRating(
        review.id,
        reviewerId,
        scale.items.map((item) => item.id),
      ),
    )
  }

  return (
    <section className="finish-rating" aria-labelledby="finish-rating-heading">
      <h2 id="finish-rating-heading">Your ratings</h2>
      {finished ? (
        <p>
          You have finished rating; your ratings are locked.
          {consensusStarted ? ' Consensus has started, so they can no longer be reopened.' : ''}
        </p>
      ) : review.type === 'training' ? (
        <p>
          When you have rated all {itemCount} items, say so: your ratings are then locked and compared with the
          reference scores.
        </p>
      ) : hasConsensusStep(review) ? (
        <p>
          When you have rated all {itemCount} items, say so: your ratings are then locked and, once every reviewer has
          finished, shown to the other reviewer for consensus.
        </p>
      ) : (
        <p>When you have rated all {itemCount} items, say so: your ratings are then locked as the review’s scores.</p>
      )}
      {finished && review.type === 'training' && (
        <p>
          <Link to={paths.trainingComparison(review.id)}>Compare with the reference</Link>
        </p>
      )}
      {others.map((other) => (
        <p key={other.id}>
          {review.ratingsFinishedBy.includes(other.id)
            ? `${other.name} has finished rating.`
            : `${other.name} has not finished rating yet. Their ratings stay hidden until you have both finished.`}
        </p>
      ))}
      <div className="finish-rating__actions">
        {!finished && (
          <button type="button" disabled={busy} onClick={finish}>
            I have finished rating
          </button>
        )}
        {finished && !consensusStarted && review.status !== 'final' && (
          <button
            type="button"
            className="button--secondary"
            disabled={busy}
            onClick={() => void run(() => reviewsRepo.reopenRatings(review.id, reviewerId))}
          >
            Reopen my ratings
          </button>
        )}
        {everyoneFinished && hasConsensusStep(review) && (
          <Link className="button button--secondary" to={paths.reviewConsensus(review.id)}>
            Go to consensus
          </Link>
        )}
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  )
}
