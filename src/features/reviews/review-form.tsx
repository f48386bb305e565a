import { reviewTypeLabels, reviewTypes } from '#domain/review/review'
import { reviewWords } from '#domain/review/wording'
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
  const { register, handleSubmit, formState, watch } = useZodForm(ReviewFormSchema, { defaultValues: initial })
  const { errors, isSubmitting } = formState
  const { failure, run } = useStorageAction()
  // The labels follow the type as it is chosen: a self-assessment has an assessor, a training exercise a trainee.
  const type = watch('type') ?? initial.type
  const words = reviewWords(type)
  const dropped = words.secondRater === null ? (watch('secondReviewer') ?? '').trim() : ''

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
        <legend>{words.dates}</legend>
        <TextField label={words.firstDay} type="date" error={errors.visitStart?.message} {...register('visitStart')} />
        {words.lastDay !== null && (
          <TextField
            label={words.lastDay}
            hint={words.lastDayHint}
            type="date"
            error={errors.visitEnd?.message}
            {...register('visitEnd')}
          />
        )}
      </fieldset>
      <fieldset className="review-form__group">
        <legend>{words.ratersHeading}</legend>
        <p className="field-hint">{words.ratersHint}</p>
        <TextField
          label={words.firstRater}
          autoComplete="off"
          error={errors.firstReviewer?.message}
          {...register('firstReviewer')}
        />
        {words.secondRater !== null ? (
          <TextField
            label={words.secondRater}
            autoComplete="off"
            error={errors.secondReviewer?.message}
            {...register('secondReviewer')}
          />
        ) : (
          dropped !== '' && (
            <p className="field-hint" role="status">
              A {reviewTypeLabels[type].toLowerCase()} has one {words.rater[0]}, so {dropped} will be taken off this
              review when you save.
            </p>
          )
        )}
      </fieldset>
      <FormFooter failure={failure} busy={isSubmitting} submitLabel={submitLabel} cancelTo={cancelTo} />
    </form>
  )
}
