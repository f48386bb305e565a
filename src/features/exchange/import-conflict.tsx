import { useId } from 'react'
import type { ConflictChoice, ImportConflict } from '#domain/import/plan'
import { ScrollRegion } from '../../ui/scroll-region'

const choiceOrder: ConflictChoice[] = ['local', 'incoming']

const conflictChoiceLabels: Record<ConflictChoice, string> = {
  local: 'Keep mine',
  incoming: 'Use the file’s',
}

/** One record edited on both sides: every differing field in both versions, and which one to keep. */
export function ImportConflictView({
  conflict,
  choice,
  disabled,
  onChoose,
}: {
  conflict: ImportConflict
  choice: ConflictChoice
  disabled: boolean
  onChoose: (choice: ConflictChoice) => void
}) {
  const id = useId()
  const headingId = `${id}-heading`
  return (
    <li className="import-conflict" aria-labelledby={headingId}>
      <h3 id={headingId} className="import-conflict__label">
        {conflict.label}
      </h3>
      <ScrollRegion label={`Differences: ${conflict.label}`}>
        <table className="data import-conflict__fields">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">On this device</th>
              <th scope="col">In the file</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((field) => (
              <tr key={field.name}>
                <th scope="row">{field.label}</th>
                <FieldValue text={field.local} />
                <FieldValue text={field.incoming} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <fieldset className="import-conflict__choice" disabled={disabled}>
        <legend>
          Which version to keep<span className="visually-hidden">: {conflict.label}</span>
        </legend>
        {choiceOrder.map((option) => (
          <label key={option} className="import-conflict__option">
            <input
              type="radio"
              name={`${id}-choice`}
              value={option}
              checked={choice === option}
              onChange={() => onChoose(option)}
            />
            {conflictChoiceLabels[option]}
          </label>
        ))}
      </fieldset>
    </li>
  )
}

function FieldValue({ text }: { text: string }) {
  return <td className="pre-wrap">{text === '' ? <span className="muted">(empty)</span> : text}</td>
}
