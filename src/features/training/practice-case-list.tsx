import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { PracticeCase } from '#domain/practice/case'
import { useScaleCatalogue } from '../../storage/live-scales'
import { StartExerciseForm } from './start-exercise-form'

/** The shipped practice cases; the reference band stays hidden, as it would give the answer away. */
export function PracticeCaseList({ cases }: { cases: readonly PracticeCase[] }) {
  const scales = useScaleCatalogue()
  if (cases.length === 0) return <p className="empty-state">No practice cases are available in this version.</p>
  return (
    <ul className="training-cases">
      {cases.map((practiceCase) => {
        const scale = scales.find(practiceCase.scaleId, practiceCase.scaleVersion)
        const firstItemId = scale?.items[0]?.id ?? practiceCase.items[0]?.itemId
        const headingId = `case-${practiceCase.id}`
        return (
          <li key={practiceCase.id}>
            <article className="card training-case" aria-labelledby={headingId}>
              <h3 id={headingId} className="card__title">
                {practiceCase.title}
              </h3>
              <p>{practiceCase.summary}</p>
              <p className="card__meta">
                {practiceCase.team.name} (fictional).{' '}
                {scale
                  ? `${scale.title}, version ${scale.version}`
                  : `Scale ${practiceCase.scaleId} ${practiceCase.scaleVersion}`}
                .
              </p>
              <StartExerciseForm practiceCase={practiceCase} />
              {firstItemId && (
                <p>
                  <Link to={paths.trainingPresent(practiceCase.id, firstItemId)} aria-describedby={headingId}>
                    Present
                  </Link>{' '}
                  <span className="muted">item by item on a projector, for a course.</span>
                </p>
              )}
            </article>
          </li>
        )
      })}
    </ul>
  )
}
