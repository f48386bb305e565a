import { useId } from 'react'
import type { Review } from '#domain/review/review'
import { exchangeRepo } from '../../storage/exchange-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { ConfirmDelete } from '../../ui/confirm-delete'
import { formatDateTime } from '../../ui/format'

const WHAT_GOES =
  'This removes the review’s evidence entries (interview notes, interviewee roles and other free text) and its record-review rows from this device. Scores, rationales, consensus, the action plan and the report stay. It cannot be undone, and copies already exported are not changed.'

/**
 * IPS Grow deletes personal data once the report is done. Only a final review may lose its evidence:
 * before that, the evidence is still needed to rate and agree the scores.
 */
export function DeletePersonalData({ review }: { review: Review }) {
  const { run, failure } = useStorageAction()
  const whyId = useId()

  const remove = () => run(() => exchangeRepo.deletePersonalData(review.id, new Date()))

  return (
    <>
      <h3>Personal data</h3>
      {review.personalDataDeletedAt ? (
        <p>
          Personal data was deleted on {formatDateTime(review.personalDataDeletedAt)}: the evidence notes and
          record-review rows are gone; scores, rationales and the report are kept.
        </p>
      ) : review.status === 'final' ? (
        <ConfirmDelete
          label="Delete personal data"
          question={`${WHAT_GOES} Delete personal data now?`}
          onConfirm={remove}
        />
      ) : (
        <>
          <button type="button" className="button--secondary" disabled aria-describedby={whyId}>
            Delete personal data
          </button>
          <p id={whyId} className="field-hint">
            Available once the review is final: until then the evidence is still needed for rating and consensus.
          </p>
        </>
      )}
      {failure && (
        <p className="form-error" role="alert">
          Personal data was not deleted: {failure}
        </p>
      )}
    </>
  )
}
