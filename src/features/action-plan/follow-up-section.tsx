import { useId, useState } from 'react'
import { FOLLOW_UP_NOTE_MAX, followUpProblem, followUpsInOrder } from '#domain/review/follow-up'
import type { Review } from '#domain/review/review'
import { describeStatusCounts, statusCountsOn } from '#domain/scoring/action-follow-up'
import type { ActionPlanEntry } from '#domain/scoring/action-plan'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { formatDate } from '../../ui/format'
import { followUpDraftRecord } from './plan-drafts'
import { useJournalledDraft } from './use-journalled-draft'

interface Props {
  review: Review
  /** The plan's actions (those the report prints), counted by status on each follow-up's date. */
  actions: readonly ActionPlanEntry[]
  today: string
}

/**
 * Follow-ups of a final review's plan: who looked, when and what they found, with where the actions stood that
 * day. At the end of the screen, and the list below the form, so a follow-up landing moves nothing above it.
 */
export function FollowUpSection({ review, actions, today }: Props) {
  const id = useId()
  const date = useJournalledDraft(review.id, followUpDraftRecord, 'date', today)
  const by = useJournalledDraft(review.id, followUpDraftRecord, 'by', '')
  const note = useJournalledDraft(review.id, followUpDraftRecord, 'note', '')
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const saving = useStorageAction((reason) => `The follow-up was not saved: ${reason} What you typed is kept.`)
  const followUps = followUpsInOrder(review.followUps)

  async function record() {
    const refused =
      date.value === ''
        ? 'Enter the date of the follow-up'
        : by.value.trim() === ''
          ? 'Enter who did the follow-up'
          : followUpProblem(date.value, review)
    setProblem(refused)
    setSaved(null)
    if (refused) return
    const input = { date: date.value, by: by.value, note: note.value }
    if (await saving.run(() => reviewsRepo.addFollowUp(review.id, input))) {
      note.reset('')
      date.reset(today)
      setSaved(input.date)
    }
  }

  const message = problem ?? saving.failure
  return (
    <section className="plan-follow-ups" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Follow-ups</h2>
      {review.status !== 'final' || review.type === 'training' ? (
        <p className="field-hint">A follow-up is recorded once the review is final and the plan agreed.</p>
      ) : (
        <fieldset className="plan-status__form">
          <legend>Record a follow-up</legend>
          <div className="plan-entry__row">
            <div className="field">
              <label htmlFor={`${id}-date`}>Date of the follow-up</label>
              <input
                id={`${id}-date`}
                type="date"
                value={date.value}
                min={review.visitStart}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${id}-outcome` : undefined}
                onChange={(event) => date.set(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-by`}>Who did it</label>
              <input
                id={`${id}-by`}
                value={by.value}
                maxLength={200}
                onChange={(event) => by.set(event.target.value)}
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>What was found</label>
            <textarea
              id={`${id}-note`}
              rows={4}
              maxLength={FOLLOW_UP_NOTE_MAX}
              value={note.value}
              onChange={(event) => note.set(event.target.value)}
            />
          </div>
          <button type="button" disabled={saving.busy} onClick={() => void record()}>
            Record the follow-up
          </button>
          {message ? (
            <p id={`${id}-outcome`} className="save-status save-status--failed" role="alert">
              {message}
            </p>
          ) : (
            <p className="save-status" role="status">
              {saving.busy ? 'Saving…' : saved ? `Recorded the follow-up of ${formatDate(saved)}` : ''}
            </p>
          )}
        </fieldset>
      )}
      {followUps.length === 0 ? (
        <p className="muted">No follow-up recorded yet.</p>
      ) : (
        <ol className="plan-follow-ups__list">
          {followUps.map((followUp) => (
            <li key={followUp.id}>
              <strong>
                Action plan follow-up, {formatDate(followUp.date)}:{' '}
                {describeStatusCounts(statusCountsOn(actions, followUp.date))}
              </strong>{' '}
              (by {followUp.by}){followUp.note && <p className="pre-wrap">{followUp.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
