import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { findPracticeCase } from '#domain/practice/catalogue'
import type { Review } from '#domain/review/review'
import { hasFinishedRating } from './trainee'
import './training.css'

/**
 * On a training exercise's page: the practice case's story (what a reviewer would hear on the first
 * morning), and the way to the comparison with the reference once the trainee has finished rating.
 * Renders nothing for other reviews.
 */
export function TrainingReviewLinks({ review }: { review: Review }) {
  if (review.type !== 'training') return null
  const ref = review.practiceCase
  const practiceCase = ref ? findPracticeCase(ref.caseId, ref.caseVersion) : undefined
  const finished = hasFinishedRating(review)
  return (
    <section className="training-links" aria-labelledby="training-links-heading">
      <h2 id="training-links-heading">Training exercise</h2>
      {practiceCase ? (
        <details className="training-narrative">
          <summary>The case: {practiceCase.title}</summary>
          {practiceCase.narrative.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </details>
      ) : (
        <p>
          The practice case of this exercise is not in this version of the app, so there is no reference to compare
          with.
        </p>
      )}
      {practiceCase &&
        (finished ? (
          <p>
            <Link className="button" to={paths.trainingComparison(review.id)}>
              Compare with the reference
            </Link>
          </p>
        ) : (
          <>
            <p>The calculators start empty: enter the figures you find in each item’s evidence and records yourself.</p>
            <p>
              When you have rated every item, <Link to={paths.trainingComparison(review.id)}>finish rating</Link> to
              compare your scores and figures with the reference. The reference stays hidden until then.
            </p>
          </>
        ))}
    </section>
  )
}
