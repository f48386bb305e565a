import { memo, useCallback, useId } from 'react'
import { evidenceSourceLabels, evidenceSources, type EvidenceEntry, type EvidenceSource } from '#domain/review/evidence'
import { entryHeading } from '#domain/visit/item-evidence'
import { ROLE_HINT } from './evidence-labels'
import { evidenceRepo } from '../../storage/evidence-repo'
import { draftJournal, draftRecords } from '../../storage/draft-journal'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError } from '../../ui/form'
import { ConfirmDelete } from '../../ui/confirm-delete'
import { AutosaveField } from './autosave-field'

interface Props {
  entry: EvidenceEntry
  number: number
  focusOnMount?: boolean
}

/** One evidence entry: where it came from, who (by role) for an interview, and a note that saves as you type. */
export const EvidenceEntryCard = memo(function EvidenceEntryCard({ entry, number, focusOnMount }: Props) {
  const sourceId = useId()
  // One failure line for the card: each action says what did not happen.
  const { run, failure } = useStorageAction()
  const { id, reviewId } = entry
  const record = draftRecords.evidence(id)
  const saveNote = useCallback(async (note: string) => void (await evidenceRepo.updateEntry(id, { note })), [id])
  const saveRole = useCallback(
    async (role: string) => void (await evidenceRepo.updateEntry(id, { intervieweeRole: role })),
    [id],
  )

  const changeSource = (source: EvidenceSource) =>
    run(() => evidenceRepo.updateEntry(id, { source }), 'The source was not changed')
  const changeIncludeInReport = (includeInReport: boolean) =>
    run(() => evidenceRepo.updateEntry(id, { includeInReport }), 'The report choice was not saved')
  const remove = () =>
    run(async () => {
      await evidenceRepo.removeEntry(id)
      await draftJournal.clearRecord(reviewId, record)
    }, 'The entry was not deleted')

  const label = `Evidence ${number}: ${entryHeading(entry)}`
  return (
    <li className="evidence-entry">
      <article aria-label={label}>
        <h3 className="evidence-entry__title">{label}</h3>
        <div className="field field--inline">
          <label htmlFor={sourceId}>Source</label>
          <select
            id={sourceId}
            value={entry.source}
            onChange={(event) => void changeSource(event.target.value as EvidenceSource)}
          >
            {evidenceSources.map((source) => (
              <option key={source} value={source}>
                {evidenceSourceLabels[source]}
              </option>
            ))}
          </select>
        </div>
        {entry.source === 'interview' && (
          <AutosaveField
            reviewId={reviewId}
            record={record}
            field="intervieweeRole"
            label="Role of the person interviewed"
            hint={ROLE_HINT}
            maxLength={100}
            stored={entry.intervieweeRole ?? ''}
            storedAt={entry.updatedAt}
            save={saveRole}
            autoFocus={focusOnMount}
          />
        )}
        <AutosaveField
          reviewId={reviewId}
          record={record}
          field="note"
          label="Note"
          multiline
          maxLength={50_000}
          stored={entry.note}
          storedAt={entry.updatedAt}
          save={saveNote}
          autoFocus={focusOnMount && entry.source !== 'interview'}
        />
        <div className="field field--inline">
          <input
            id={`${sourceId}-report`}
            type="checkbox"
            checked={entry.includeInReport}
            onChange={(event) => void changeIncludeInReport(event.target.checked)}
          />
          <label htmlFor={`${sourceId}-report`}>Include in the report</label>
        </div>
        <FormError message={failure} />
        <ConfirmDelete
          className="evidence-entry__confirm"
          label="Delete entry"
          question="Delete this evidence entry and its note? This cannot be undone."
          onConfirm={remove}
        />
      </article>
    </li>
  )
}, sameCard)

/**
 * Every save re-reads the review's entries as new objects; a card whose entry did not change is not
 * drawn again, so a note saved while someone types redraws only the card being typed in.
 */
function sameCard(before: Props, after: Props): boolean {
  return (
    before.number === after.number &&
    before.focusOnMount === after.focusOnMount &&
    (Object.keys(after.entry) as (keyof EvidenceEntry)[]).every((key) => before.entry[key] === after.entry[key]) &&
    Object.keys(before.entry).length === Object.keys(after.entry).length
  )
}
