import { memo, useId, useMemo } from 'react'
import { draftJournal } from '../../storage/draft-journal'
import { toStorageError } from '../../storage/storage-error'
import { SaveStatusView, type SaveFailure } from '../../ui/save-status'
import { useAutosave } from '../../ui/use-autosave'

interface Props {
  reviewId: string
  /** The draft-journal record, e.g. "rating/<reviewer>/<item>". */
  record: string
  label: string
  hint?: string
  stored: string
  storedAt?: string
  save: (value: string) => Promise<void>
  readOnly?: boolean
}

function describeFailure(error: unknown): SaveFailure {
  const failure = toStorageError(error)
  if (failure.code === 'quota-exceeded') {
    return {
      message:
        'Not saved - device storage is full. What you typed stays on screen and in this device’s draft store. Export a backup, free some space, then try again.',
      canRetry: true,
    }
  }
  return { message: `Not saved - ${failure.message} What you typed is kept on this device.`, canRetry: true }
}

/** A rationale that saves itself as it is typed; every keystroke is journalled first, so nothing typed is lost. */
export const RationaleField = memo(function RationaleField({
  reviewId,
  record,
  label,
  hint,
  stored,
  storedAt,
  save,
  readOnly,
}: Props) {
  const id = useId()
  const journal = useMemo(() => draftJournal.field({ reviewId, record, field: 'rationale' }), [reviewId, record])
  const autosave = useAutosave({ stored, storedAt, save, journal })
  const describedBy = [hint ? `${id}-hint` : '', `${id}-status`].filter(Boolean).join(' ')
  return (
    <div className="field rationale-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={5}
        value={autosave.value}
        readOnly={readOnly}
        maxLength={20_000}
        aria-describedby={describedBy}
        onChange={(event) => autosave.setValue(event.target.value)}
        onBlur={autosave.flush}
      />
      {readOnly && autosave.status.state === 'saved' ? (
        <div id={`${id}-status`} className="visually-hidden">
          Read only
        </div>
      ) : (
        <SaveStatusView
          id={`${id}-status`}
          status={autosave.status}
          describe={describeFailure}
          onRetry={autosave.retry}
        />
      )}
    </div>
  )
})
