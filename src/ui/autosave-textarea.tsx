import { memo, useId } from 'react'
import { SaveStatusView, type SaveFailure } from './save-status'
import { useAutosave, type DraftStore } from './use-autosave'

interface Props {
  label: string
  hint?: string
  stored: string
  storedAt?: string
  save: (value: string) => Promise<void>
  /** Where each keystroke is written first, so a closed tab or a crash loses nothing. */
  journal: DraftStore
  describe: (error: unknown) => SaveFailure
  readOnly?: boolean
  maxLength?: number
}

/** A multi-line field that saves itself as it is typed and says whether it is saved. */
export const AutosaveTextarea = memo(function AutosaveTextarea({
  label,
  hint,
  stored,
  storedAt,
  save,
  journal,
  describe,
  readOnly,
  maxLength = 20_000,
}: Props) {
  const id = useId()
  const autosave = useAutosave({ stored, storedAt, save, journal })
  const describedBy = [hint ? `${id}-hint` : '', `${id}-status`].filter(Boolean).join(' ')
  return (
    <div className="field autosave-textarea">
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
        maxLength={maxLength}
        aria-describedby={describedBy}
        onChange={(event) => autosave.setValue(event.target.value)}
        onBlur={autosave.flush}
      />
      {readOnly && autosave.status.state === 'saved' ? (
        <div id={`${id}-status`} className="visually-hidden">
          Read only
        </div>
      ) : (
        <SaveStatusView id={`${id}-status`} status={autosave.status} describe={describe} onRetry={autosave.retry} />
      )}
    </div>
  )
})
