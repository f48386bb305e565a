import { useState } from 'react'
import type { RecordReviewRow } from '#domain/review/evidence'
import { draftJournal, draftRecords } from '../../storage/draft-journal'
import { evidenceRepo } from '../../storage/evidence-repo'
import { useStorageAction } from '../../storage/use-storage-action'

/** Deletes a sampled record after asking, with its drafts, so nothing brings it back. */
export function RecordDelete({ row, number }: { row: RecordReviewRow; number: number }) {
  const [confirming, setConfirming] = useState(false)
  const { run, failure } = useStorageAction('Not deleted')
  const remove = () =>
    run(async () => {
      await evidenceRepo.removeRecordReviewRow(row.id)
      await draftJournal.clearRecord(row.reviewId, draftRecords.recordRow(row.id))
    })
  return (
    <>
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
    </>
  )
}
