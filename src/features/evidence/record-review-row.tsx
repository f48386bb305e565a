import { memo, useCallback, useState } from 'react'
import type { RecordReviewRow as Row } from '#domain/review/evidence'
import { draftJournal, draftRecords } from '../../storage/draft-journal'
import { evidenceRepo } from '../../storage/evidence-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import type { SaveStatus } from '../../ui/use-autosave'
import { RecordCell } from './record-cell'
import { recordFieldLabels, recordFields, recordFieldText, type RecordField } from './record-fields'

type State = SaveStatus['state']

/** One sampled record: every cell saves as it is typed; the last column says whether the row is saved. */
export const RecordReviewRow = memo(function RecordReviewRow({
  row,
  number,
  focusOnMount,
}: {
  row: Row
  number: number
  focusOnMount: boolean
}) {
  const [states, setStates] = useState<Partial<Record<RecordField, State>>>({})
  const [confirming, setConfirming] = useState(false)
  const { run, failure } = useStorageAction('Not deleted')
  const onStatus = useCallback(
    (field: RecordField, state: State) => setStates((old) => (old[field] === state ? old : { ...old, [field]: state })),
    [],
  )
  const all = Object.values(states)
  const summary = all.includes('failed') ? 'Not saved' : all.includes('saving') ? 'Saving…' : 'Saved'

  const remove = () =>
    run(async () => {
      await evidenceRepo.removeRecordReviewRow(row.id)
      await draftJournal.clearRecord(row.reviewId, draftRecords.recordRow(row.id))
    })

  return (
    <tr>
      <th scope="row">{number}</th>
      {recordFields.map((field) => (
        <RecordCell
          key={field}
          reviewId={row.reviewId}
          rowId={row.id}
          field={field}
          label={`${recordFieldLabels[field]}, record ${number}`}
          stored={recordFieldText(row, field)}
          storedAt={row.updatedAt}
          autoFocus={focusOnMount && field === 'daysToFirstEmployerContact'}
          onStatus={onStatus}
        />
      ))}
      <td className="record-row__status">{summary}</td>
      <td>
        {confirming ? (
          <span role="group" aria-label={`Confirm deleting record ${number}`}>
            Delete {row.anonymousId}?{' '}
            <button type="button" className="button--danger button--small" onClick={() => void remove()}>
              Yes, delete
            </button>{' '}
            <button type="button" className="button--secondary button--small" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button--secondary button--small"
            aria-label={`Delete record ${number} (${row.anonymousId})`}
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        )}
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
      </td>
    </tr>
  )
})
