import { memo } from 'react'
import { RecordFieldControl, RecordForm } from './record-cell'
import { RecordDelete } from './record-delete'
import { recordFields } from './record-fields'
import { useRecordRowStatus, type RecordViewProps } from './use-record-row'

/** One sampled record as a table row: every cell saves as it is typed; a column says whether the row is saved. */
export const RecordReviewRow = memo(function RecordReviewRow({ row, number, focusOnMount }: RecordViewProps) {
  const { onStatus, summary } = useRecordRowStatus()
  const [code, ...rest] = recordFields.map((field) => (
    <RecordFieldControl
      key={field}
      row={row}
      number={number}
      field={field}
      layout="cell"
      focusOnMount={focusOnMount}
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
      <td className="record-row__status">
        <RecordForm rowId={row.id} />
        {summary}
      </td>
      <td>
        <RecordDelete row={row} number={number} />
      </td>
    </tr>
  )
})
