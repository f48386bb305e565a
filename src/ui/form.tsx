import { Link } from 'react-router'
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react'

type FieldFrameProps = {
  label: string
  hint?: string
  error?: string
  children: (ids: FieldIds) => ReactNode
  inline?: boolean
}
type FieldIds = { id: string; describedBy: string | undefined; invalid: true | undefined }

/** Label, hint and error around one control, wired up for screen readers. */
export function FieldFrame({ label, hint, error, children, inline }: FieldFrameProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={inline ? 'field field--inline' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: error ? true : undefined })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

type Common = { label: string; hint?: string; error?: string }

export function TextField({
  label,
  hint,
  error,
  ref,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input id={id} ref={ref} aria-describedby={describedBy} aria-invalid={invalid} {...input} />
      )}
    </FieldFrame>
  )
}

export function TextAreaField({
  label,
  hint,
  error,
  ref,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} ref={ref} aria-describedby={describedBy} aria-invalid={invalid} rows={4} {...textarea} />
      )}
    </FieldFrame>
  )
}

export function SelectField({
  label,
  hint,
  error,
  ref,
  options,
  ...select
}: Common &
  SelectHTMLAttributes<HTMLSelectElement> & {
    ref?: Ref<HTMLSelectElement>
    options: readonly { value: string; label: string }[]
  }) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select id={id} ref={ref} aria-describedby={describedBy} aria-invalid={invalid} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  )
}

/** A form-level failure (e.g. storage full) shown above the buttons and announced. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  )
}

/** A form's failure message, then its submit button and a way out. */
export function FormFooter({
  failure,
  busy,
  submitLabel,
  cancelTo,
}: {
  failure: string | null
  busy: boolean
  submitLabel: string
  cancelTo: string
}) {
  return (
    <>
      <FormError message={failure} />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <Link className="button button--secondary" to={cancelTo}>
          Cancel
        </Link>
      </div>
    </>
  )
}

/**
 * Where a failed save of a choice (a score) says why, between the choice and the field below it. The line is
 * always there, empty until a save fails, so the message appearing moves nothing under the pointer. Its words
 * are announced as they arrive (a live region that is present before them).
 */
export function ChoiceSaveError({ message }: { message: string | null }) {
  return (
    <p className="field-error choice-save-error" aria-live="assertive">
      {message}
    </p>
  )
}
