import type * as z from 'zod/mini'
import { serviceTypeLabels, serviceTypes, TeamInputSchema, type TeamInput } from '#domain/review/team'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormFooter, SelectField, TextAreaField, TextField } from '../../ui/form'
import { useZodForm } from '../../ui/use-zod-form'

export type TeamFormValues = z.output<typeof TeamInputSchema>

const serviceTypeOptions = serviceTypes.map((value) => ({ value, label: serviceTypeLabels[value] }))

const emptyTeam: TeamInput = {
  name: '',
  organisation: '',
  serviceType: 'community-recovery',
  locality: '',
  teamLeader: '',
  specialistCount: 0,
  specialistFte: 0,
  notes: '',
}

type TeamFormProps = {
  initial?: TeamInput
  submitLabel: string
  cancelTo: string
  /** Stores the team; a thrown StorageError is shown above the buttons and the typed values stay. */
  onSave: (values: TeamFormValues) => Promise<void>
}

/** Create or edit a team: every field, each checked by the schema the storage layer enforces. */
export function TeamForm({ initial = emptyTeam, submitLabel, cancelTo, onSave }: TeamFormProps) {
  const { register, handleSubmit, formState } = useZodForm(TeamInputSchema, { defaultValues: initial })
  const { errors, isSubmitting } = formState
  const { failure, run } = useStorageAction()

  return (
    <form className="stacked" onSubmit={handleSubmit((values) => run(() => onSave(values)))} noValidate>
      <TextField label="Team name" autoComplete="off" error={errors.name?.message} {...register('name')} />
      <TextField
        label="Organisation"
        hint="Optional. For example, the NHS trust or provider."
        autoComplete="organization"
        error={errors.organisation?.message}
        {...register('organisation')}
      />
      <SelectField
        label="Service type"
        options={serviceTypeOptions}
        error={errors.serviceType?.message}
        {...register('serviceType')}
      />
      <TextField label="Locality" hint="Optional." error={errors.locality?.message} {...register('locality')} />
      <TextField
        label="Team leader"
        hint="Optional. The person's name or role."
        autoComplete="off"
        error={errors.teamLeader?.message}
        {...register('teamLeader')}
      />
      <TextField
        label="Number of employment specialists"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        error={errors.specialistCount?.message}
        {...register('specialistCount', { valueAsNumber: true })}
      />
      <TextField
        label="Employment specialists' full-time equivalent (FTE)"
        hint="Their combined FTE, for example 2.6 for two full-time and one at 0.6."
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        error={errors.specialistFte?.message}
        {...register('specialistFte', { valueAsNumber: true })}
      />
      <TextAreaField label="Notes" hint="Optional." error={errors.notes?.message} {...register('notes')} />
      <FormFooter failure={failure} busy={isSubmitting} submitLabel={submitLabel} cancelTo={cancelTo} />
    </form>
  )
}
