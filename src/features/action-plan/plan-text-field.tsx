import { memo, useId, useMemo } from 'react'
import { draftJournal } from '../../storage/draft-journal'
import { describeSaveFailure } from '../../storage/save-failure'
import { SaveStatusView } from '../../ui/save-status'
import { useAutosave } from '../../ui/use-autosave'
import { planDraftRecord } from './plan-drafts'

interface Props {
  reviewId: string
  entryId: string
  field: 'recommendation' | 'action' | 'owner'
  label: string
  hint?: string
  multiline?: boolean
  maxLength: number
  stored: string
  storedAt: string
  save: (value: string) => Promise<void>
}

/**
 * A text field of the action plan that saves as the user types, journalled on this device first,
 * like the evidence notes. It owns its text, so typing re-renders only this field.
 */
export const PlanTextField = memo(function PlanTextField({
  reviewId,
  entryId,
  field,
  label,
  hint,
  multiline,
  maxLength,
  ...options
}: Props) {
  const id = useId()
  const journal = useMemo(
    () => draftJournal.field({ reviewId, record: planDraftRecord(entryId), field }),
    [reviewId, entryId, field],
  )
  const autosave = useAutosave({ ...options, journal })
  const failure = autosave.status.state === 'failed' ? describeSaveFailure(autosave.status.error) : null
  const common = {
    id,
    value: autosave.value,
    maxLength,
    'aria-describedby': [hint ? `${id}-hint` : '', `${id}-status`].filter(Boolean).join(' '),
    'aria-invalid': failure && !failure.canRetry ? true : undefined,
    onBlur: autosave.flush,
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={4} {...common} onChange={(event) => autosave.setValue(event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => autosave.setValue(event.target.value)} />
      )}
      <SaveStatusView
        id={`${id}-status`}
        status={autosave.status}
        describe={describeSaveFailure}
        onRetry={autosave.retry}
      />
    </div>
  )
})
