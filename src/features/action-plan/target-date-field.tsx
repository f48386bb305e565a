import { useId, useState } from 'react'
import { targetDateProblem } from '#domain/scoring/action-plan'
import type { Review } from '#domain/review/review'
import { useStorageAction } from '../../storage/use-storage-action'

interface Props {
  review: Pick<Review, 'visitStart'>
  stored: string | null
  save: (date: string | null) => Promise<void>
}

/**
 * A target date, saved when it is chosen. A date that cannot be right (before the visit) is shown
 * with its message and not saved, so the stored plan never holds it.
 */
export function TargetDateField({ review, stored, save }: Props) {
  const id = useId()
  // What is typed but not stored (refused or failed); null shows the stored date.
  const [pending, setPending] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const { run, failure, setFailure } = useStorageAction((reason) => `Not saved - ${reason}`)
  const message = problem ?? failure

  async function change(value: string) {
    const date = value === '' ? null : value
    const refused = targetDateProblem(date, review)
    setPending(value)
    setProblem(refused)
    if (refused) {
      setFailure(null)
      return
    }
    if (await run(() => save(date))) setPending(null)
  }

  return (
    <div className="field">
      <label htmlFor={id}>Target date</label>
      <input
        id={id}
        type="date"
        value={pending ?? stored ?? ''}
        min={review.visitStart}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(event) => void change(event.target.value)}
      />
      {message && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  )
}
