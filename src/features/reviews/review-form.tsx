import { reviewTypeLabels, reviewTypes } from '#domain/review/review'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormFooter, SelectField, TextField } from '../../ui/form'
import { useZodForm } from '../../ui/use-zod-form'
import { ReviewFormSchema, type ReviewFormInput, type ReviewFormValues } from './review-form-schema'
import './reviews.css'

const typeOptions = reviewTypes.map((value) => ({ value, label: reviewTypeLabels[value] }))

/** A new review offers every scale version; an existing one shows its pinned version, which never changes. */
export type ScaleChoice =
  { kind: 'choose'; options: readonly { value: string; label: string }[] } | { kind: 'pinned'; description: string }

type ReviewFormProps = {
  initial: ReviewFormInput
  scaleChoice: ScaleChoice
  submitLabel: string
  cancelTo: string
  /** Stores the review; a thrown StorageError is shown above the buttons and the typed values stay. */
  onSave: (values: ReviewFormValues) => Promise<void>
}

export function ReviewForm({ initial, scaleChoice, submitLabel, cancelTo, onSave }: ReviewFormProps) {
  const { register, handleSubmit, formState } = useZodForm(ReviewFormSchema, { defaultValues: initial })
  const { errors, isSubmitting } = formState
  const { failure, run } = useStorageAction()

  return (
    <form className="stacked" onSubmit={handleSubmit((values) => run(() => onSave(values)))} noValidate>
      <SelectField label="Type of review" options={typeOptions} error={errors.type?.message} {...register('type')} />
      {scaleChoice.kind === 'choose' ? (
        <SelectField
          label="Scale version"
          hint="Fixed once the review starts: its ratings are always read against this exact version. The UK version is the usual choice."
          options={scaleChoice.options}
          error={errors.scale?.message}
          {...register('scale')}
        />
      ) : (
        <div className="field">
          <p className="field-label">Scale version</p>
          <p>{scaleChoice.description}</p>
          <p className="field-hint">The scale version was fixed when the review started and cannot be changed.</p>
        </div>
      )}
      <fieldset className="review-form__group">
        <legend>Visit dates</legend>
        <TextField
          label="First day of the visit"
          type="date"
          error={errors.visitStart?.message}
          {...register('visitStart')}
        />
        <TextField
          label="Last day of the visit"
          hint="The same as the first day for a one-day visit."
          type="date"
          error={errors.visitEnd?.message}
          {...register('visitEnd')}
        />
      </fieldset>
      <fieldset className="review-form__group">
        <legend>Reviewers</legend>
        <p className="field-hint">One or two people rate the items; with two, they agree the consensus ratings.</p>
        <TextField
          label="First reviewer's name"
          autoComplete="off"
          error={errors.firstReviewer?.message}
          {...register('firstReviewer')}
        />
        <TextField
          label="Second reviewer's name (optional)"
          autoComplete="off"
          error={errors.secondReviewer?.message}
          {...register('secondReviewer')}
        />
      </fieldset>
      <FormFooter failure={failure} busy={isSubmitting} submitLabel={submitLabel} cancelTo={cancelTo} />
    </form>
  )
}
