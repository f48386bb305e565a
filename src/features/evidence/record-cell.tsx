import { memo, useCallback, useEffect, useId, type ReactNode } from 'react'
import { evidenceRepo } from '../../storage/evidence-repo'
import type { SaveStatus } from '../../ui/use-autosave'
import { describeSaveFailure } from './save-failure'
import { recordFieldPatch, recordFieldSpecs, recordFieldText, type RecordField } from './record-fields'
import { FIRST_FIELD } from './use-record-row'
import type { RecordReviewRow } from '#domain/review/evidence'
import { useFieldAutosave } from './use-field-autosave'
import { draftRecords } from '../../storage/draft-journal'

interface Props {
  reviewId: string
  rowId: string
  field: RecordField
  /** "record 3": added to the field's label so every control on the page has its own name. */
  recordName: string
  /** A table cell (the label is the column header, given to the control as its name) or a labelled field on a card. */
  layout: 'cell' | 'card'
  stored: string
  storedAt: string
  autoFocus?: boolean
  onStatus: (field: RecordField, status: SaveStatus['state']) => void
}

/** One field of a sampled record; it saves as it is typed in (or chosen), like every other field. */
export const RecordCell = memo(function RecordCell({
  reviewId,
  rowId,
  field,
  recordName,
  layout,
  stored,
  storedAt,
  autoFocus,
  onStatus,
}: Props) {
  const id = useId()
  const spec: { kind: string; label: string; hint?: string; options?: readonly (readonly [string, string])[] } =
    recordFieldSpecs[field]
  const save = useCallback(
    async (text: string) => void (await evidenceRepo.updateRecordReviewRow(rowId, recordFieldPatch(field, text))),
    [rowId, field],
  )
  const autosave = useFieldAutosave({ reviewId, record: draftRecords.recordRow(rowId), field, stored, storedAt, save })
  const state = autosave.status.state
  useEffect(() => onStatus(field, state), [onStatus, field, state])
  const failure = autosave.status.state === 'failed' ? describeSaveFailure(autosave.status.error) : null
  const name = `${spec.label}, ${recordName}`
  const hintId = layout === 'card' && spec.hint ? `${id}-hint` : undefined
  const describedBy = [hintId, failure ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    form: recordFormId(rowId),
    // On a card the visible label names the control; in the table the column header is out of reach, so it is named here.
    'aria-label': layout === 'cell' ? name : undefined,
    'aria-invalid': failure ? true : undefined,
    'aria-describedby': describedBy,
    autoFocus,
    onBlur: autosave.flush,
  }
  // A choice is made at once, so it is saved at once rather than after a pause.
  const choose = (value: string) => {
    autosave.setValue(value)
    autosave.flush()
  }

  let control: ReactNode
  switch (spec.kind) {
    case 'yes-no':
    case 'choice': {
      const options = spec.options ?? [
        ['yes', 'Yes'],
        ['no', 'No'],
      ]
      control = (
        <select {...common} value={autosave.value} onChange={(event) => choose(event.target.value)}>
          <option value="">Unknown</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )
      break
    }
    case 'tick':
      control = (
        <input
          {...common}
          type="checkbox"
          checked={autosave.value === 'yes'}
          onChange={(event) => choose(event.target.checked ? 'yes' : '')}
        />
      )
      break
    case 'date':
      control = (
        <input
          {...common}
          type="date"
          value={autosave.value}
          onChange={(event) => autosave.setValue(event.target.value)}
        />
      )
      break
    default: {
      const count = spec.kind === 'count'
      control = (
        <input
          {...common}
          type="text"
          inputMode={count ? 'numeric' : 'text'}
          size={count ? 4 : spec.kind === 'code' ? 7 : 14}
          autoComplete="off"
          value={autosave.value}
          onChange={(event) => autosave.setValue(event.target.value)}
        />
      )
    }
  }

  const error = failure && (
    <p id={`${id}-error`} className="field-error" role="alert">
      {failure.message}
      {failure.canRetry && (
        <button type="button" className="button--secondary button--small" onClick={autosave.retry}>
          Try again
        </button>
      )}
    </p>
  )

  if (layout === 'cell') {
    return (
      <td className={`record-table__${spec.kind}`}>
        {control}
        {error}
      </td>
    )
  }
  const label = (
    <label htmlFor={id}>
      {spec.label}
      <span className="visually-hidden">, {recordName}</span>
    </label>
  )
  return (
    <div className={`record-card__field record-card__field--${spec.kind}`}>
      {spec.kind === 'tick' ? (
        <span className="record-card__tick">
          {control}
          {label}
        </span>
      ) : (
        <>
          {label}
          {hintId && (
            <span id={hintId} className="field-hint">
              {spec.hint}
            </span>
          )}
          {control}
        </>
      )}
      {error}
    </div>
  )
})

/** The id of a record's own form (RecordForm); its controls join it wherever they sit in the table. */
const recordFormId = (rowId: string) => `record-form-${rowId}`

/**
 * A form of its own per record. The browser's autofill looks over every control of a form (and all the controls
 * outside any form as one) on each keystroke, so 20 records of 20 fields in one scope cost it 400 controls a key.
 * A table row cannot sit inside a form, so the form is empty and the record's controls join it with `form=`.
 */
export function RecordForm({ rowId }: { rowId: string }) {
  return <form id={recordFormId(rowId)} className="record-form" onSubmit={(event) => event.preventDefault()} />
}

/** One field of a sampled record, as a table cell or on a card: the same control, named for its record. */
export function RecordFieldControl({
  row,
  number,
  field,
  layout,
  focusOnMount,
  onStatus,
}: {
  row: RecordReviewRow
  number: number
  field: RecordField
  layout: Props['layout']
  focusOnMount: boolean
  onStatus: Props['onStatus']
}) {
  return (
    <RecordCell
      reviewId={row.reviewId}
      rowId={row.id}
      field={field}
      recordName={`record ${number}`}
      layout={layout}
      stored={recordFieldText(row, field)}
      storedAt={row.updatedAt}
      autoFocus={focusOnMount && field === FIRST_FIELD}
      onStatus={onStatus}
    />
  )
}
