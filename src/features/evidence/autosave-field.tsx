import { memo, useId } from 'react'
import { SaveStatusView } from '../../ui/save-status'
import { describeSaveFailure } from './save-failure'
import { useFieldAutosave, type FieldAutosaveOptions } from './use-field-autosave'

type Props = FieldAutosaveOptions & {
  label: string
  hint?: string
  multiline?: boolean
  autoFocus?: boolean
  maxLength?: number
}

/**
 * A text field that saves itself as the user types. It owns its text, so a keystroke re-renders
 * this field only, never the screen around it.
 */
export const AutosaveField = memo(function AutosaveField({
  label,
  hint,
  multiline,
  autoFocus,
  maxLength,
  ...options
}: Props) {
  const id = useId()
  const autosave = useFieldAutosave(options)
  const failure = autosave.status.state === 'failed' ? describeSaveFailure(autosave.status.error) : null
  const describedBy = [hint ? `${id}-hint` : '', `${id}-status`].filter(Boolean).join(' ')
  const common = {
    id,
    value: autosave.value,
    autoFocus,
    maxLength,
    'aria-describedby': describedBy,
    // A value the database refused is marked invalid; a full device is not the value's fault.
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
        <textarea rows={5} {...common} onChange={(event) => autosave.setValue(event.target.value)} />
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
