import { useState } from 'react'
import * as z from 'zod/mini'
import { reviewStatuses, reviewStatusLabels, type Review } from '#domain/review/review'
import { workingStatusesFor } from '#domain/review/stage'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { formatDateTime } from '../../ui/format'
import { SelectField } from '../../ui/form'
import { useZodForm } from '../../ui/use-zod-form'

// Finalising (and reopening) belongs to the scoring screens, which check every item is rated first.
const workingStatuses = ['planning', 'collecting-evidence', 'scoring', 'consensus'] as const
const StatusFormSchema = z.object({ status: z.enum(workingStatuses, { error: 'Choose a status' }) })

/** Moves a review through planning, collecting evidence, scoring and, where there are two reviewers, consensus. */
export function ReviewStatusControl({ review }: { review: Review }) {
  const [message, setMessage] = useState<string | null>(null)
  const { run, failure } = useStorageAction()
  const current = review.status === 'final' ? null : review.status
  const { register, handleSubmit, formState } = useZodForm(StatusFormSchema, {
    values: current ? { status: current } : undefined,
  })

  // Consensus is offered only where the review has one (the repository refuses it otherwise); a review already
  // there keeps it in the list so the control shows where it is.
  const options = reviewStatuses
    .filter((value) => workingStatusesFor(review).includes(value) || value === current)
    .map((value) => ({ value, label: reviewStatusLabels[value] }))

  if (current === null) {
    return (
      <p>
        <strong>{reviewStatusLabels.final}.</strong>{' '}
        {review.finalisedAt ? `Finalised ${formatDateTime(review.finalisedAt)}. ` : ''}A final review is reopened from
        its scoring screens.
      </p>
    )
  }

  function save({ status }: z.output<typeof StatusFormSchema>) {
    setMessage(null)
    return run(async () => {
      await reviewsRepo.setStatus(review.id, status)
      setMessage(`Status changed to ${reviewStatusLabels[status]}.`)
    })
  }

  return (
    <form className="review-status" onSubmit={handleSubmit(save)} noValidate>
      <p>
        Current status: <strong>{reviewStatusLabels[current]}</strong>
      </p>
      <div className="review-status__row">
        <SelectField
          label="Move the review to"
          options={options}
          error={formState.errors.status?.message}
          {...register('status')}
        />
        <button type="submit" className="button--secondary" disabled={formState.isSubmitting}>
          Change status
        </button>
      </div>
      <p role="status">{message}</p>
      {failure && (
        <p className="field-error" role="alert">
          Status not changed: {failure}
        </p>
      )}
    </form>
  )
}
