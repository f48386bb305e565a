import { useId, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import type { PracticeCase } from '#domain/practice/case'
import { startTrainingExercise } from '../../storage/training-repo'
import { useStorageAction } from '../../storage/use-storage-action'

/** The trainee's name (optional), then a new exercise on this case, opened straight away. */
export function StartExerciseForm({ practiceCase }: { practiceCase: PracticeCase }) {
  const navigate = useNavigate()
  const [name, setName] = useState('')
  const { run, busy, failure } = useStorageAction(undefined, { leavesScreen: true })
  const id = useId()

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    return run(async () => {
      const reviewId = await startTrainingExercise(practiceCase, name, new Date())
      await navigate(paths.review(reviewId))
    })
  }

  return (
    <form className="training-start" onSubmit={(event) => void onSubmit(event)}>
      <div className="field">
        <label htmlFor={`${id}-name`}>Trainee name (optional)</label>
        <p id={`${id}-hint`} className="field-hint">
          Shown to your trainer when you hand in the exercise. Leave it empty to stay anonymous.
        </p>
        <input
          id={`${id}-name`}
          aria-describedby={`${id}-hint`}
          autoComplete="name"
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" disabled={busy} aria-describedby={`${id}-case`}>
        Start a training exercise
      </button>
      <span id={`${id}-case`} className="visually-hidden">
        on {practiceCase.title}
      </span>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </form>
  )
}
