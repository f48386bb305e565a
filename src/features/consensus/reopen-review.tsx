import { useState } from 'react'
import * as z from 'zod/mini'
import type { Review } from '#domain/review/review'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { formatDateTime } from '../../ui/format'
import { FormError, TextAreaField, TextField } from '../../ui/form'
import { useZodForm } from '../../ui/use-zod-form'
import { ImportedSummaryLabel } from '../../ui/imported-summary-label'
import { summaryChangeProblem } from '#domain/scoring/review-rules'

const ReopenFormSchema = z.object({
  by: z.string().check(z.trim(), z.minLength(1, { error: 'Say who is reopening the review' }), z.maxLength(200)),
  reason: z
    .string()
    .check(z.trim(), z.minLength(1, { error: 'Say why the review is being reopened' }), z.maxLength(2000)),
})

function ReopenForm({ review, onCancel }: { review: Review; onCancel: () => void }) {
  const { register, handleSubmit, formState } = useZodForm(ReopenFormSchema, { defaultValues: { by: '', reason: '' } })
  const { failure, run } = useStorageAction()
  const save = ({ by, reason }: z.output<typeof ReopenFormSchema>) =>
    run(() => reviewsRepo.reopen(review.id, by, reason))
  return (
    <form className="reopen-form stacked" onSubmit={handleSubmit(save)} noValidate>
      <TextField label="Who is reopening the review?" error={formState.errors.by?.message} {...register('by')} />
      <TextAreaField
        label="Why is it being reopened?"
        hint="Kept with the review, with today’s date and your name."
        error={formState.errors.reason?.message}
        {...register('reason')}
      />
      <FormError message={failure} />
      <div className="form-actions">
        <button type="submit" disabled={formState.isSubmitting}>
          Reopen the review
        </button>
        <button type="button" className="button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** A final review says so, read-only; reopening is a deliberate step that records who, when and why. */
export function FinalReviewNotice({ review }: { review: Review }) {
  const [reopening, setReopening] = useState(false)
  return (
    <section className="final-notice" aria-labelledby="final-notice-heading">
      <h2 id="final-notice-heading">This review is final</h2>
      <p>
        {review.finalisedAt ? `Finalised ${formatDateTime(review.finalisedAt)}. ` : ''}Its ratings and consensus are
        read-only.
      </p>
      <ImportedSummaryLabel review={review} />
      {summaryChangeProblem(review, 'reopen') ? (
        <p>{summaryChangeProblem(review, 'reopen')}</p>
      ) : reopening ? (
        <ReopenForm review={review} onCancel={() => setReopening(false)} />
      ) : (
        <button type="button" className="button--secondary" onClick={() => setReopening(true)}>
          Reopen the review…
        </button>
      )}
      <ReopeningHistory review={review} />
    </section>
  )
}

export function ReopeningHistory({ review }: { review: Review }) {
  if (review.reopenings.length === 0) return null
  return (
    <>
      <h3>Reopened before</h3>
      <ul>
        {review.reopenings.map((r) => (
          <li key={r.reopenedAt}>
            {formatDateTime(r.reopenedAt)}
            {r.by ? ` by ${r.by}` : ''}: {r.reason || 'no reason given'}
          </li>
        ))}
      </ul>
    </>
  )
}
