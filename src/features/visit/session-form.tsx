import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
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
import type { FieldJournal } from '../../storage/draft-journal'
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
  journal,
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
  /** Where the unsaved values are kept as they change, so a crash or a closed tab loses no edit. */
  journal?: FieldJournal
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
  const [recovered, setRecovered] = useState(() => {
    const draft = journal ? readJournalled(journal) : null
    return draft && !sameValues(draft, initial) ? draft : null
  })

  // Another tab (or a move) changed the stored session: show it, unless the reviewer is mid-edit here.
  const initialKey = JSON.stringify(initial)
  useEffect(() => {
    if (!isNew && !formState.isDirty) reset(JSON.parse(initialKey) as SessionValues)
    // Only a change to the stored session should reset the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialKey, isNew, reset])

  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange])

  // Edits not saved when the page closed come back as unsaved changes, once, when the form first appears.
  const applied = useRef(false)
  useEffect(() => {
    if (!recovered || applied.current) return
    applied.current = true
    reset(recovered, { keepDefaultValues: true })
  }, [recovered, reset])

  // Every change the reviewer makes (not a reset) is journalled at once; saving clears it.
  useEffect(() => {
    if (!journal) return
    const subscription = form.watch((values, { name }) => {
      if (name !== undefined) journal.write(stableJson(values), initialKey)
    })
    return () => subscription.unsubscribe()
  }, [form, journal, initialKey])

  function refill() {
    if (isNew) setValue('itemIds', suggested(scale, getValues('kind'), getValues('role')), { shouldDirty: true })
  }

  const save = handleSubmit(async (values) => {
    const saved = await run(() => onSave(values))
    if (saved) {
      journal?.clear()
      setRecovered(null)
      reset(isNew ? initial : values)
    }
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
      {recovered !== null && (
        <p className="session-form__recovered" role="status">
          Changes made before the page closed are back here, not saved yet: check them and save.
        </p>
      )}
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

/** Values with their keys in one order, so the same session always journals as the same text. */
function stableJson(values: unknown): string {
  return JSON.stringify(values, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  )
}

const sameValues = (a: unknown, b: unknown) => stableJson(a) === stableJson(b)

/** The journalled values, or null if there are none or they are not a session form's values. */
function readJournalled(journal: FieldJournal): SessionValues | null {
  const draft = journal.read()
  if (!draft) return null
  try {
    const values = JSON.parse(draft.value) as unknown
    return values && typeof values === 'object' && !Array.isArray(values) ? (values as SessionValues) : null
  } catch {
    return null
  }
}
