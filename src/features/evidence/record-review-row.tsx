import { memo } from 'react'
import { RecordCell } from './record-cell'
import { RecordDelete } from './record-delete'
import { recordFields, recordFieldText } from './record-fields'
import { FIRST_FIELD, useRecordRowStatus, type RecordViewProps } from './use-record-row'

/** One sampled record as a table row: every cell saves as it is typed; a column says whether the row is saved. */
export const RecordReviewRow = memo(function RecordReviewRow({ row, number, focusOnMount }: RecordViewProps) {
  const { onStatus, summary } = useRecordRowStatus()
  const [code, ...rest] = recordFields.map((field) => (
    <RecordCell
      key={field}
      reviewId={row.reviewId}
      rowId={row.id}
      field={field}
      recordName={`record ${number}`}
      layout="cell"
      stored={recordFieldText(row, field)}
      storedAt={row.updatedAt}
      autoFocus={focusOnMount && field === FIRST_FIELD}
      onStatus={onStatus}
    />
  ))
  return (
    <tr>
      <th scope="row" className="record-table__number">
        {number}
      </th>
      {code}
      {rest}
      <td className="record-row__status">{summary}</td>
      <td>
        <RecordDelete row={row} number={number} />
      </td>
    </tr>
  )
})
