import { memo } from 'react'
import { RecordFieldControl, RecordForm } from './record-cell'
import { RecordDelete } from './record-delete'
import { recordFieldGroups, type RecordField } from './record-fields'
import { useRecordRowStatus, type RecordViewProps } from './use-record-row'

/** One sampled record as a card (below 1024 px): the same fields as the table, labelled, in groups. */
export const RecordCard = memo(function RecordCard({ row, number, focusOnMount }: RecordViewProps) {
  const { onStatus, summary } = useRecordRowStatus()
  const headingId = `record-card-${row.id}`
  const cell = (field: RecordField) => (
    <RecordFieldControl
      key={field}
      row={row}
      number={number}
      field={field}
      layout="card"
      focusOnMount={focusOnMount}
      onStatus={onStatus}
    />
  )
  return (
    <li className="record-card">
      <article aria-labelledby={headingId}>
        <RecordForm rowId={row.id} />
        <header className="record-card__head">
          <h3 id={headingId}>
            Record {number} <span className="muted">({row.anonymousId})</span>
          </h3>
          <span className="record-card__status">{summary}</span>
        </header>
        {cell('anonymousId')}
        {recordFieldGroups.map((group) => (
          <fieldset key={group.id} className="record-card__group">
            <legend>{group.label}</legend>
            <div className="record-card__fields">{group.fields.map(cell)}</div>
          </fieldset>
        ))}
        <div className="record-card__actions">
          <RecordDelete row={row} number={number} />
        </div>
      </article>
    </li>
  )
})
