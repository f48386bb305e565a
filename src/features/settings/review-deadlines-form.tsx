import { useState } from 'react'
import * as z from 'zod/mini'
import { SettingsSchema } from '#domain/settings/settings'
import { useSettings } from '../../storage/live-settings'
import { settingsRepo } from '../../storage/settings-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError, TextField } from '../../ui/form'
import { useZodForm } from '../../ui/use-zod-form'

// The same rules (and messages) the settings row is stored under.
const { shape } = SettingsSchema
const DeadlinesFormSchema = z.object({
  reportWeeks: shape.reportWeeks.def.innerType,
  actionPlanWeeks: shape.actionPlanWeeks.def.innerType,
  nextReviewMonths: shape.nextReviewMonths.def.innerType,
})
type DeadlinesForm = z.output<typeof DeadlinesFormSchema>

function DeadlinesFields({ stored }: { stored: DeadlinesForm }) {
  const [saved, setSaved] = useState(false)
  const { register, handleSubmit, formState } = useZodForm(DeadlinesFormSchema, { values: stored })
  const { failure, run } = useStorageAction('The deadlines were not saved')
  const save = (figures: DeadlinesForm) =>
    run(async () => {
      setSaved(false)
      await settingsRepo.update(figures)
      setSaved(true)
    })
  const number = { type: 'number', inputMode: 'numeric', step: 1, min: 1 } as const

  return (
    <form className="stacked" onSubmit={handleSubmit(save)} noValidate>
      <TextField
        label="Report due, weeks after the visit"
        hint="From 1 to 52 weeks after the last day of the visit."
        max={52}
        {...number}
        error={formState.errors.reportWeeks?.message}
        {...register('reportWeeks', { valueAsNumber: true })}
      />
      <TextField
        label="Action plan due, weeks after the visit"
        hint="From 1 to 52 weeks after the last day of the visit; new actions take this date as their target."
        max={52}
        {...number}
        error={formState.errors.actionPlanWeeks?.message}
        {...register('actionPlanWeeks', { valueAsNumber: true })}
      />
      <TextField
        label="Next review, months after the visit"
        hint="From 1 to 60 months after the last day of the visit."
        max={60}
        {...number}
        error={formState.errors.nextReviewMonths?.message}
        {...register('nextReviewMonths', { valueAsNumber: true })}
      />
      <FormError message={failure} />
      <div className="form-actions">
        <button type="submit" className="button--secondary" disabled={formState.isSubmitting}>
          Save deadlines
        </button>
      </div>
      <p role="status">{saved && 'Saved: reviews whose dates are not changed by hand now count with these figures.'}</p>
    </form>
  )
}

/**
 * The figures the review dates count with by default (docs/decisions/0020-review-dates.md). A review whose date was
 * changed by hand keeps that date.
 */
export function ReviewDeadlinesForm() {
  const settings = useSettings()
  if (!settings) return <p aria-busy="true">Loading the deadlines…</p>
  const { reportWeeks, actionPlanWeeks, nextReviewMonths } = settings
  return (
    <>
      <p>
        Each review’s report, action plan and next review are due this long after the last day of its visit, unless the
        date is changed on the review’s page.
      </p>
      <DeadlinesFields stored={{ reportWeeks, actionPlanWeeks, nextReviewMonths }} />
    </>
  )
}
