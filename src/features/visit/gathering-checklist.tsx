import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { gatheringChecklist, tickedCount, type ChecklistEntry } from '#domain/visit/checklist'
import { RECORD_SAMPLE_NOTE } from '#domain/visit/data-request'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'

/**
 * A self-assessment's plan: the team leader gathers their own evidence, so instead of sessions with times
 * it is a list of documents to gather and people to ask, each ticked when done.
 */
export function GatheringChecklist({
  review,
  scale,
  specialistCount,
}: {
  review: Review
  scale: ScaleFile
  specialistCount: number
}) {
  const entries = gatheringChecklist(scale, scale.locale, specialistCount)
  const { run, failure } = useStorageAction('The tick was not saved')
  const final = review.status === 'final'
  const done = new Set(review.checklistDone)

  const group = (legend: string, kind: ChecklistEntry['kind']) => (
    <fieldset className="gathering-checklist__group" disabled={final}>
      <legend>{legend}</legend>
      <ul>
        {entries
          .filter((entry) => entry.kind === kind)
          .map((entry) => (
            <li key={entry.id}>
              <label>
                <input
                  type="checkbox"
                  checked={done.has(entry.id)}
                  aria-describedby={`${entry.id}-detail`}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked
                    void run(() => reviewsRepo.setChecklistEntry(review.id, entry.id, checked))
                  }}
                />{' '}
                {entry.label}
              </label>
              <p id={`${entry.id}-detail`} className="field-hint">
                {entry.detail}
              </p>
            </li>
          ))}
      </ul>
    </fieldset>
  )

  return (
    <section aria-labelledby="gathering-heading">
      <h2 id="gathering-heading">What to gather and who to ask</h2>
      <p>
        In a self-assessment you gather the evidence yourself and rate alone. Tick each step when it is done; the items
        to ask about are by number.
      </p>
      {group('Documents and records to gather', 'gather')}
      <p className="field-hint">{RECORD_SAMPLE_NOTE}</p>
      {group('People to ask', 'ask')}
      <p role="status">
        {tickedCount(entries, review.checklistDone)} of {entries.length} steps ticked.
      </p>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  )
}
