import { useState } from 'react'
import { recordNotRecorded, type RecordReviewRow as Row } from '#domain/review/evidence'
import type { ScaleFile } from '#domain/scale/schema'
import { evidenceRepo } from '../../storage/evidence-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError } from '../../ui/form'
import { useMediaQuery } from '../../ui/use-media-query'
import { RecordCard } from './record-card'
import { RecordReviewRow } from './record-review-row'
import { nextRecordCode, recordFieldGroups, recordFieldSpecs, recordFields } from './record-fields'
import { RecordSummary } from './record-summary'
import './evidence.css'
import { ScrollRegion } from '../../ui/scroll-region'

/** Where the table has room; below it (a tablet in portrait, a phone) each record is a card. Matches evidence.css. */
export const RECORD_TABLE_QUERY = '(min-width: 1024px)'

/** Sampled service-user records, by anonymous code only, feeding the items that count over records. */
export function RecordReviewTable({
  reviewId,
  scale,
  rows,
  visitEnd,
}: {
  reviewId: string
  scale: ScaleFile
  rows: Row[]
  /** The review's last day of the visit: records with no employer contact yet are counted to it. */
  visitEnd: string
}) {
  const [added, setAdded] = useState<string | null>(null)
  const { run, failure } = useStorageAction('The record was not added')
  const wide = useMediaQuery(RECORD_TABLE_QUERY)

  const add = () =>
    run(async () => {
      const row = await evidenceRepo.addRecordReviewRow({
        reviewId,
        anonymousId: nextRecordCode(rows),
        ...recordNotRecorded,
      })
      setAdded(row.id)
    })

  return (
    <>
      <p className="notice">
        Use an anonymous code for each record (such as R-07), <strong>never a service user’s name</strong>. The app
        refuses codes without a digit, so a name cannot be stored by mistake. Every field saves as you type.
      </p>
      {wide ? <RecordTable rows={rows} added={added} /> : <RecordCards rows={rows} added={added} />}
      <p>
        <button type="button" onClick={() => void add()}>
          Add a record
        </button>
      </p>
      <FormError message={failure} />
      <RecordSummary reviewId={reviewId} scale={scale} rows={rows} visitEnd={visitEnd} />
    </>
  )
}

function RecordTable({ rows, added }: { rows: Row[]; added: string | null }) {
  return (
    <>
      <p className="muted record-table__cue" id="record-table-cue">
        The table scrolls sideways inside its frame; the record number and code stay in view.
      </p>
      <ScrollRegion label="Sampled records" describedBy="record-table-cue" className="record-table__scroll">
        <table className="data record-table">
          <caption>Sampled records ({rows.length})</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="record-table__number">
                #
              </th>
              <th scope="col" rowSpan={2} className="record-table__code">
                {recordFieldSpecs.anonymousId.label}
              </th>
              {recordFieldGroups.map((group) => (
                <th key={group.id} scope="colgroup" colSpan={group.fields.length}>
                  {group.label}
                </th>
              ))}
              <th scope="col" rowSpan={2}>
                Saved
              </th>
              <th scope="col" rowSpan={2}>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
            <tr>
              {recordFieldGroups.flatMap((group) =>
                group.fields.map((field) => {
                  const spec: { label: string; hint?: string } = recordFieldSpecs[field]
                  return (
                    <th key={field} scope="col">
                      {spec.label}
                      {spec.hint && <span className="record-table__hint">{spec.hint}</span>}
                    </th>
                  )
                }),
              )}
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
      </ScrollRegion>
    </>
  )
}

function RecordCards({ rows, added }: { rows: Row[]; added: string | null }) {
  return (
    <section aria-labelledby="record-cards-heading">
      <h2 id="record-cards-heading">Sampled records ({rows.length})</h2>
      {rows.length === 0 ? (
        <p>No records yet. Add one for each record you sample.</p>
      ) : (
        <ol className="record-cards" aria-labelledby="record-cards-heading">
          {rows.map((row, index) => (
            <RecordCard key={row.id} row={row} number={index + 1} focusOnMount={row.id === added} />
          ))}
        </ol>
      )}
    </section>
  )
}
