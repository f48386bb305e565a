import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import type { ScoreMap } from '#domain/scoring/results'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { traineeOf } from './trainee'

/** Before the reference is shown: how far the trainee has got, the way back to rating, and "finished". */
export function FinishBeforeComparison({
  review,
  scale,
  scores,
}: {
  review: Review
  scale: ScaleFile
  scores: ScoreMap
}) {
  const { run, busy, failure, setFailure } = useStorageAction()
  const trainee = traineeOf(review)
  const unrated = scale.items.filter((item) => scores[item.id] == null)
  const rateFrom = unrated[0] ?? scale.items[0]

  async function finish() {
    setFailure(null)
    if (!trainee) return
    if (unrated.length > 0) {
      setFailure(`Rate every item first: ${unrated.length} of ${scale.items.length} still to rate.`)
      return
    }
    await run(() =>
      reviewsRepo.finishRating(
        review.id,
        trainee.id,
        scale.items.map((item) => item.id),
      ),
    )
  }

  return (
    <section className="training-finish" aria-labelledby="finish-heading">
      <h2 id="finish-heading">Finish rating to see the reference</h2>
      <p>
        The reference scores stay hidden until you have finished rating, so they cannot sway your own. Rate every item
        (on the rating screen the keys 1 to 5 choose a score), then say you have finished: your ratings are then locked
        and the comparison appears here.
      </p>
      <p role="status">
        You have rated {scale.items.length - unrated.length} of {scale.items.length} items.
      </p>
      <div className="training-actions">
        {rateFrom && (
          <Link className="button button--secondary" to={paths.reviewRate(review.id, rateFrom.id)}>
            {unrated.length > 0 ? 'Rate the items' : 'Check your ratings'}
          </Link>
        )}
        <button type="button" disabled={busy || !trainee} onClick={() => void finish()}>
          I have finished rating
        </button>
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  )
}
