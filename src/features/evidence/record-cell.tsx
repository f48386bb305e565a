import { memo, useCallback, useEffect, useId } from 'react'
import { evidenceRepo } from '../../storage/evidence-repo'
import type { SaveStatus } from '../../ui/use-autosave'
import { describeSaveFailure } from './save-failure'
import { recordFieldPatch, type RecordField } from './record-fields'
import { useFieldAutosave } from './use-field-autosave'
import { draftRecords } from '../../storage/draft-journal'

interface Props {
  reviewId: string
  rowId: string
  field: RecordField
  label: string
  stored: string
  storedAt: string
  autoFocus?: boolean
  onStatus: (field: RecordField, status: SaveStatus['state']) => void
}

const numeric = new Set<RecordField>(['daysToFirstEmployerContact', 'supportContactsAfterStart'])

/** One cell of the record-review table; it saves as it is typed in, like every other field. */
export const RecordCell = memo(function RecordCell({
  reviewId,
  rowId,
  field,
  label,
  stored,
  storedAt,
  autoFocus,
  onStatus,
}: Props) {
  const id = useId()
  const save = useCallback(
    async (text: string) => void (await evidenceRepo.updateRecordReviewRow(rowId, recordFieldPatch(field, text))),
    [rowId, field],
  )
  const autosave = useFieldAutosave({ reviewId, record: draftRecords.recordRow(rowId), field, stored, storedAt, save })
  const state = autosave.status.state
  useEffect(() => onStatus(field, state), [onStatus, field, state])
  const failure = autosave.status.state === 'failed' ? describeSaveFailure(autosave.status.error) : null
  const common = {
    id,
    'aria-label': label,
    'aria-invalid': failure ? true : undefined,
    'aria-describedby': failure ? `${id}-error` : undefined,
    autoFocus,
    onBlur: autosave.flush,
  }
  return (
    <td>
      {field === 'competitive' ? (
        <select
          {...common}
          value={autosave.value}
          onChange={(event) => {
            autosave.setValue(event.target.value)
            autosave.flush()
          }}
        >
          <option value="">Unknown</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      ) : (
        <input
          {...common}
          type="text"
          inputMode={numeric.has(field) ? 'numeric' : 'text'}
          size={numeric.has(field) ? 4 : field === 'anonymousId' ? 7 : 14}
          autoComplete="off"
          value={autosave.value}
          onChange={(event) => autosave.setValue(event.target.value)}
        />
      )}
      {failure && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {failure.message}
          {failure.canRetry && (
            <button type="button" className="button--secondary button--small" onClick={autosave.retry}>
              Try again
            </button>
          )}
        </p>
      )}
    </td>
  )
})
