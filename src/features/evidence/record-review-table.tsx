import { useState } from 'react'
import type { RecordReviewRow as Row } from '#domain/review/evidence'
import type { ScaleFile } from '#domain/scale/schema'
import { evidenceRepo } from '../../storage/evidence-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError } from '../../ui/form'
import { RecordReviewRow } from './record-review-row'
import { nextRecordCode, recordFieldLabels, recordFields } from './record-fields'
import { RecordSummary } from './record-summary'
import './evidence.css'

const blankRecord = {
  daysToFirstEmployerContact: null,
  jobType: '',
  employer: '',
  competitive: null,
  supportContactsAfterStart: null,
}

/** Sampled service-user records, by anonymous code only, feeding the items that count over records. */
export function RecordReviewTable({ reviewId, scale, rows }: { reviewId: string; scale: ScaleFile; rows: Row[] }) {
  const [added, setAdded] = useState<string | null>(null)
  const { run, failure } = useStorageAction('The record was not added')

  const add = () =>
    run(async () => {
      const row = await evidenceRepo.addRecordReviewRow({ reviewId, anonymousId: nextRecordCode(rows), ...blankRecord })
      setAdded(row.id)
    })

  return (
    <>
      <p className="notice">
        Use an anonymous code for each record (such as R-07), <strong>never a service user’s name</strong>. The app
        refuses codes without a digit, so a name cannot be stored by mistake. Every cell saves as you type.
      </p>
      <div className="table-scroll" role="region" aria-label="Sampled records" tabIndex={0}>
        <table className="data record-table">
          <caption>Sampled records ({rows.length})</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {recordFields.map((field) => (
                <th key={field} scope="col">
                  {recordFieldLabels[field]}
                </th>
              ))}
              <th scope="col">Saved</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={recordFields.length + 3}>No records yet. Add one for each record you sample.</td>
              </tr>
            ) : (
              rows.map((row, index) => (
                <RecordReviewRow key={row.id} row={row} number={index + 1} focusOnMount={row.id === added} />
              ))
            )}
          </tbody>
        </table>
      </div>
      <p>
        <button type="button" onClick={() => void add()}>
          Add a record
        </button>
      </p>
      <FormError message={failure} />
      <RecordSummary reviewId={reviewId} scale={scale} rows={rows} />
    </>
  )
}
