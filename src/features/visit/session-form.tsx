import { useEffect, useId, useState, type ReactNode } from 'react'
import { useWatch } from 'react-hook-form'
import type { ScaleFile } from '#domain/scale/schema'
import { expectedItems } from '#domain/visit/guide'
import { roleLabel, stakeholderRoles, type StakeholderRole } from '#domain/visit/roles'
import {
  PlannedSessionSchema,
  sessionKindLabels,
  sessionKinds,
  type PlannedSession,
  type SessionKind,
} from '#domain/visit/session'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError, SelectField, TextField } from '../../ui/form'
import { useZodForm } from '../../ui/use-zod-form'
import type { SessionValues } from './session-values'

const kindOptions = sessionKinds.map((kind) => ({ value: kind, label: sessionKindLabels[kind] }))

const suggested = (scale: Pick<ScaleFile, 'items'>, kind: SessionKind, role: StakeholderRole | null) =>
  expectedItems(scale, kind, role).map((item) => item.id)

/**
 * One session's date, times, kind, who, how many, place and items. Nothing is stored until the reviewer
 * saves, and only when the whole session is valid: each problem is shown beside its field. A new session's
 * items follow its kind and role as they change; a stored session's items change only when the reviewer
 * ticks them or asks for the suggested ones.
 */
export function SessionForm({
  initial,
  isNew,
  scale,
  locale,
  submitLabel,
  onSave,
  onDirtyChange,
  extra,
}: {
  initial: SessionValues
  isNew: boolean
  scale: Pick<ScaleFile, 'items'>
  locale: string
  submitLabel: string
  /** Stores the session; for a new one the form then empties for the next. */
  onSave: (session: PlannedSession) => Promise<unknown>
  onDirtyChange?: (dirty: boolean) => void
  /** More controls before the save button, e.g. "Added on the day". */
  extra?: ReactNode
}) {
  const form = useZodForm(PlannedSessionSchema, { defaultValues: initial })
  const { register, handleSubmit, formState, reset, setValue, getValues, control } = form
  const { errors, isDirty } = formState
  const { run, busy, failure } = useStorageAction(isNew ? 'The session was not added' : 'The session was not saved')
  const role = useWatch({ control, name: 'role' })
  const itemIds = useWatch({ control, name: 'itemIds' })
  const statusId = useId()
  const [itemsOpen, setItemsOpen] = useState(false)

  // Another tab (or a move) changed the stored session: show it, unless the reviewer is mid-edit here.
  const initialKey = JSON.stringify(initial)
  useEffect(() => {
    if (!isNew && !formState.isDirty) reset(JSON.parse(initialKey) as SessionValues)
    // Only a change to the stored session should reset the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialKey, isNew, reset])

  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange])

  function refill() {
    if (isNew) setValue('itemIds', suggested(scale, getValues('kind'), getValues('role')), { shouldDirty: true })
  }

  const save = handleSubmit(async (values) => {
    const saved = await run(() => onSave(values))
    if (saved) reset(isNew ? initial : values)
  })

  const ticked = new Set(Array.isArray(itemIds) ? itemIds : [])
  const chosen = scale.items.filter((item) => ticked.has(item.id)).map((item) => item.number)
  return (
    <form className="session-form" noValidate onSubmit={(event) => void save(event)}>
      <div className="session-form__row">
        <TextField label="Date" type="date" error={errors.date?.message} {...register('date')} />
        <TextField label="Starts" type="time" error={errors.start?.message} {...register('start')} />
        <TextField label="Ends" type="time" error={errors.end?.message} {...register('end')} />
        <SelectField
          label="Kind of session"
          options={kindOptions}
          error={errors.kind?.message}
          {...register('kind', { onChange: refill })}
        />
      </div>
      <div className="session-form__row">
        <SelectField
          label="Who"
          options={[
            { value: '', label: 'No one (records or documents)' },
            ...stakeholderRoles.map((r) => ({
              value: r,
              label: r === 'other' ? 'Other (say which role)' : roleLabel(r, locale),
            })),
          ]}
          error={errors.role?.message}
          {...register('role', {
            setValueAs: (value: string | null) => (value === '' ? null : value),
            onChange: refill,
          })}
        />
        {role === 'other' && (
          <TextField
            label="Their role"
            hint="A job title, such as housing officer; never a name."
            error={errors.otherRoleLabel?.message}
            {...register('otherRoleLabel')}
          />
        )}
        <TextField
          label="Number of people"
          type="number"
          min={0}
          max={200}
          inputMode="numeric"
          hint="0 when you count them on the day."
          error={errors.people?.message}
          {...register('people', { valueAsNumber: true })}
        />
        <TextField label="Place (optional)" error={errors.place?.message} {...register('place')} />
      </div>
      <details className="session-form__items" onToggle={(event) => setItemsOpen(event.currentTarget.open)}>
        <summary>Items this session is expected to inform: {chosen.length === 0 ? 'none' : chosen.join(', ')}</summary>
        {/* Drawn only when open: a plan of a dozen sessions would otherwise carry hundreds of checkboxes. */}
        {itemsOpen && (
          <fieldset>
            <legend>Items this session is expected to inform</legend>
            {errors.itemIds?.message && <p className="field-error">{errors.itemIds.message}</p>}
            <ul className="session-form__item-list">
              {scale.items.map((item) => (
                <li key={item.id}>
                  <label>
                    <input type="checkbox" value={item.id} {...register('itemIds')} /> {item.number}. {item.title}
                  </label>
                </li>
              ))}
            </ul>
            {!isNew && (
              <button
                type="button"
                className="button--secondary"
                onClick={() =>
                  setValue('itemIds', suggested(scale, getValues('kind'), getValues('role')), { shouldDirty: true })
                }
              >
                Use the suggested items
              </button>
            )}
          </fieldset>
        )}
      </details>
      {extra}
      <FormError message={failure} />
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-describedby={statusId}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <span id={statusId} className="session-form__status">
          {isDirty && !isNew ? 'Changes not saved yet' : ''}
        </span>
      </div>
    </form>
  )
}
