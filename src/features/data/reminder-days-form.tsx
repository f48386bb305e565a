import { useState } from 'react'
import * as z from 'zod/mini'
import { SettingsSchema } from '#domain/settings/settings'
import { plural } from '#domain/text/plural'
import { settingsRepo } from '../../storage/settings-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError, TextField } from '../../ui/form'
import { useZodForm } from '../../ui/use-zod-form'

// The same rule (and messages) the settings row is stored under: 1 to 365 whole days.
const ReminderFormSchema = z.object({ backupReminderDays: SettingsSchema.shape.backupReminderDays.def.innerType })
type ReminderForm = z.output<typeof ReminderFormSchema>

/** How many days a change may wait for a backup before the app reminds. */
export function ReminderDaysForm({ days }: { days: number }) {
  const [saved, setSaved] = useState<number | null>(null)
  const { register, handleSubmit, formState } = useZodForm(ReminderFormSchema, {
    values: { backupReminderDays: days },
  })
  const { failure, run } = useStorageAction()
  const save = ({ backupReminderDays }: ReminderForm) =>
    run(async () => {
      setSaved(null)
      await settingsRepo.update({ backupReminderDays })
      setSaved(backupReminderDays)
    })

  return (
    <form className="stacked" onSubmit={handleSubmit(save)} noValidate>
      <TextField
        label="Remind me to back up after this many days"
        hint="Counted from the first change that is not in a backup. From 1 to 365 days."
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        step={1}
        error={formState.errors.backupReminderDays?.message}
        {...register('backupReminderDays', { valueAsNumber: true })}
      />
      <FormError message={failure} />
      <div className="form-actions">
        <button type="submit" className="button--secondary" disabled={formState.isSubmitting}>
          Save reminder
        </button>
      </div>
      <p role="status">{saved !== null && `Saved: you will be reminded after ${plural(saved, 'day')}.`}</p>
    </form>
  )
}
