import { useId } from 'react'
import type { InputField } from '#domain/calculators/inputs'
import type { RawForm } from './calculator-form'

const sentence = (text: string) => text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1)

interface Props {
  field: InputField
  raw: RawForm
  problem?: string
  onChange: (name: string, value: string | string[]) => void
  onBlur: () => void
}

/** One calculator input, with its message at the field when the value is impossible. */
export function CalculatorField({ field, raw, problem, onChange, onBlur }: Props) {
  const id = useId()
  const errorId = `${id}-error`
  const error = problem && (
    <p id={errorId} className="field-error">
      {problem}
    </p>
  )
  if (field.type === 'element-set') {
    const ticked = Array.isArray(raw[field.name]) ? (raw[field.name] as string[]) : []
    return (
      <fieldset className="field calculator-choices">
        <legend>{field.label}</legend>
        {field.options.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="checkbox"
              checked={ticked.includes(option.id)}
              onBlur={onBlur}
              onChange={(event) =>
                onChange(
                  field.name,
                  event.target.checked ? [...ticked, option.id] : ticked.filter((t) => t !== option.id),
                )
              }
            />
            {option.text}
          </label>
        ))}
      </fieldset>
    )
  }
  if (field.type === 'yes-no') {
    const value = typeof raw[field.name] === 'string' ? raw[field.name] : ''
    return (
      <fieldset className="field calculator-choices calculator-choices--inline">
        <legend>{field.label}</legend>
        {(['yes', 'no'] as const).map((choice) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name={id}
              value={choice}
              checked={value === choice}
              onBlur={onBlur}
              onChange={() => onChange(field.name, choice)}
            />
            {choice === 'yes' ? 'Yes' : 'No'}
          </label>
        ))}
      </fieldset>
    )
  }
  const text = typeof raw[field.name] === 'string' ? (raw[field.name] as string) : ''
  const hint = field.type === 'number-list' ? 'Separate the figures with commas or spaces, e.g. 12, 30, 45.' : undefined
  return (
    <div className="field">
      <label htmlFor={id}>{sentence(field.label)}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        inputMode={field.type === 'number' ? 'decimal' : 'text'}
        autoComplete="off"
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : '', problem ? errorId : ''].filter(Boolean).join(' ') || undefined}
        onBlur={onBlur}
        onChange={(event) => onChange(field.name, event.target.value)}
      />
      {error}
    </div>
  )
}
