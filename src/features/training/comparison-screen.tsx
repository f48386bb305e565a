import { useMemo } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { findPracticeCase } from '#domain/practice/catalogue'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { compareWithReference } from '#domain/training/comparison'
import { compareFigures } from '#domain/training/figures'
import { useCalculatorInputsForReview } from '../../storage/live-evidence'
import { useRatings } from '../../storage/live-ratings'
import { usePageTitle } from '../../ui/use-page-title'
import { ComparisonFigures } from './comparison-figures'
import { ComparisonItems } from './comparison-items'
import { ComparisonOverall } from './comparison-overall'
import { FinishBeforeComparison } from './finish-before-comparison'
import { hasFinishedRating, traineeOf, traineeScores } from './trainee'
import './training.css'

/** A trainee's scores beside the practice case's reference, once the trainee has finished rating. */
export function TrainingComparisonScreen({ review, scale }: { review: Review; scale: ScaleFile }) {
  usePageTitle('Compare with the reference')
  const ratings = useRatings(review.id)
  const ref = review.practiceCase
  const practiceCase = ref ? findPracticeCase(ref.caseId, ref.caseVersion) : undefined
  const scores = useMemo(() => traineeScores(review, ratings ?? []), [review, ratings])
  const finished = hasFinishedRating(review)
  const comparison = useMemo(
    () => (practiceCase && finished && ratings ? compareWithReference(scale, practiceCase, scores) : null),
    [scale, practiceCase, finished, ratings, scores],
  )
  const inputs = useCalculatorInputsForReview(review.id)
  const figures = useMemo(
    () => (practiceCase && finished && inputs ? compareFigures(scale, practiceCase, inputs) : null),
    [scale, practiceCase, finished, inputs],
  )

  return (
    <section className="page training" aria-labelledby="comparison-heading">
      <h1 id="comparison-heading">Compare with the reference</h1>
      <p>
        {practiceCase ? `${practiceCase.title}, ` : ''}scored by {traineeOf(review)?.name ?? 'the trainee'}.{' '}
        <Link to={paths.review(review.id)}>Back to the exercise</Link>
      </p>
      {review.type !== 'training' || !ref ? (
        <p className="empty-state">This review is not a training exercise, so it has no reference scores.</p>
      ) : !practiceCase ? (
        <p className="empty-state">
          This exercise is on practice case {ref.caseId} version {ref.caseVersion}, which is not in this version of the
          app, so there is no reference to compare with.
        </p>
      ) : ratings === undefined ? (
        <p aria-busy="true">Loading your ratings…</p>
      ) : !finished ? (
        <FinishBeforeComparison review={review} scale={scale} scores={scores} />
      ) : (
        comparison && (
          <>
            <ComparisonOverall comparison={comparison} itemCount={scale.items.length} />
            <ComparisonItems items={comparison.items} />
            {figures ? <ComparisonFigures figures={figures} /> : <p aria-busy="true">Loading your figures…</p>}
            <p>
              To hand in this exercise, open <Link to={paths.review(review.id)}>the exercise</Link> and use Export
              review; your trainer imports the file in the class summary.
            </p>
          </>
        )
      )}
    </section>
  )
}
