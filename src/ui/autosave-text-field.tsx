import { memo, useEffect, useId } from 'react'
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
  /** A text area (the default) or a one-line input. */
  multiline?: boolean
  rows?: number
  readOnly?: boolean
  maxLength?: number
  autoFocus?: boolean
  /**
   * For a field made at the user's request (a new note): the keys typed while it was being made, added to its
   * text once it is on screen, so typing straight away loses nothing.
   */
  takeTypedAhead?: () => string
  /** Said in place of "Saved" while the text shown is only offered (a proposal), so nothing is stored yet. */
  notStoredYet?: string
}

/**
 * A field that saves itself as it is typed and says whether it is saved. It owns its text, so a
 * keystroke re-renders this field only, never the screen around it.
 */
export const AutosaveTextField = memo(function AutosaveTextField({
  label,
  hint,
  stored,
  storedAt,
  save,
  journal,
  describe,
  multiline = true,
  rows = 5,
  readOnly,
  maxLength = 20_000,
  autoFocus,
  takeTypedAhead,
  notStoredYet,
}: Props) {
  const id = useId()
  const autosave = useAutosave({ stored, storedAt, save, journal })
  const { setValue, value } = autosave
  useEffect(() => {
    const typed = takeTypedAhead?.() ?? ''
    if (typed !== '') setValue(value + typed)
    // Once, when the field first appears: the keys belong to the moment it was made.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const failure = autosave.status.state === 'failed' ? describe(autosave.status.error) : null
  const common = {
    id,
    value: autosave.value,
    readOnly,
    maxLength,
    autoFocus,
    'aria-describedby': [hint ? `${id}-hint` : '', `${id}-status`].filter(Boolean).join(' '),
    // A value the database refused is marked invalid; a full device is not the value's fault.
    'aria-invalid': failure && !failure.canRetry ? true : undefined,
    onBlur: autosave.flush,
  }
  return (
    <div className="field autosave-text-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={rows} {...common} onChange={(event) => autosave.setValue(event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => autosave.setValue(event.target.value)} />
      )}
      {readOnly && autosave.status.state === 'saved' ? (
        <div id={`${id}-status`} className="visually-hidden">
          Read only
        </div>
      ) : notStoredYet && autosave.status.state === 'saved' && autosave.value === stored ? (
        <div id={`${id}-status`} className="save-status save-status--not-stored">
          {notStoredYet}
        </div>
      ) : (
        <SaveStatusView id={`${id}-status`} status={autosave.status} describe={describe} onRetry={autosave.retry} />
      )}
    </div>
  )
})
