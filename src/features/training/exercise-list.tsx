import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { findPracticeCase } from '#domain/practice/catalogue'
import { useScaleCatalogue } from '../../storage/live-scales'
import { useTrainingExercises } from '../../storage/live-training'
import type { TrainingExercise } from '../../storage/training-repo'
import { formatDate } from '../../ui/format'
import { hasFinishedRating, traineeOf } from './trainee'

function caseTitle(exercise: TrainingExercise): string {
  const ref = exercise.review.practiceCase
  if (!ref) return 'Training exercise'
  return findPracticeCase(ref.caseId, ref.caseVersion)?.title ?? `Practice case ${ref.caseId} (not in this version)`
}

/** The training exercises on this device, newest first, each with how far the trainee has got. */
export function ExerciseList() {
  const exercises = useTrainingExercises()
  const scales = useScaleCatalogue()
  if (exercises === undefined) return <p aria-busy="true">Loading your exercises…</p>
  if (exercises.length === 0) {
    return <p className="empty-state">No training exercises on this device yet. Start one on a practice case above.</p>
  }
  return (
    <ul className="card-list">
      {exercises.map((exercise) => {
        const { review } = exercise
        const itemCount = scales.find(review.scaleId, review.scaleVersion)?.items.length
        const finished = hasFinishedRating(review)
        const title = caseTitle(exercise)
        return (
          <li key={review.id} className="card">
            <h3 className="card__title">
              <Link to={paths.review(review.id)}>{title}</Link>
            </h3>
            <p className="card__meta">
              {traineeOf(review)?.name ?? 'Trainee'}, started {formatDate(review.createdAt)}
            </p>
            <p>
              {finished
                ? 'Finished rating.'
                : `${exercise.ratedCount}${itemCount === undefined ? '' : ` of ${itemCount}`} items rated.`}
            </p>
            {finished && (
              <p>
                <Link to={paths.trainingComparison(review.id)} aria-label={`Compare with the reference: ${title}`}>
                  Compare with the reference
                </Link>
              </p>
            )}
          </li>
        )
      })}
    </ul>
  )
}
