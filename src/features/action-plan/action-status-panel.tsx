import { useId, useState } from 'react'
import {
  actionDueState,
  currentStatus,
  reviewPointDate,
  statusUpdateProblem,
  updatesInOrder,
} from '#domain/scoring/action-follow-up'
import type { ActionPlanEntry } from '#domain/scoring/action-plan'
import {
  actionStatuses,
  actionStatusLabels,
  ActionStatusSchema,
  reviewPointChoices,
  STATUS_NOTE_MAX,
  type ReviewPointMonths,
} from '#domain/scoring/action-status'
import type { Review } from '#domain/review/review'
import { actionPlanRepo } from '../../storage/action-plan-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError } from '../../ui/form'
import { formatDate } from '../../ui/format'
import { planDraftRecord } from './plan-drafts'
import { useJournalledDraft } from './use-journalled-draft'

interface Props {
  review: Review
  entry: ActionPlanEntry
  /** "Item 6, recommendation 1": names the controls apart on a screen with many actions. */
  label: string
  /** Today on this device (ISO): the update's default date and what "due" is counted from. */
  today: string
}

const dueWords = { overdue: 'overdue', due: 'due within 30 days', later: null, closed: null } as const

/**
 * An action's status: its review point, a form that records a dated status update (journalled as it is typed,
 * saved by its button), and the history of updates below it, so a save only adds to what is under the button.
 */
export function ActionStatusPanel({ review, entry, label, today }: Props) {
  const id = useId()
  const status = currentStatus(entry)
  const record = planDraftRecord(entry.id)
  const chosen = useJournalledDraft(review.id, record, 'status-update-status', status)
  const date = useJournalledDraft(review.id, record, 'status-update-date', today)
  const by = useJournalledDraft(review.id, record, 'status-update-by', '')
  const note = useJournalledDraft(review.id, record, 'status-update-note', '')
  const [problem, setProblem] = useState<string | null>(null)
  const [savedOn, setSavedOn] = useState<string | null>(null)
  const saving = useStorageAction((reason) => `The status update was not saved: ${reason} What you typed is kept.`)
  const point = useStorageAction('The review point was not changed')

  const reviewPoint = reviewPointDate(review, entry)
  const due = dueWords[actionDueState(entry, review, today)]
  const picked = ActionStatusSchema.safeParse(chosen.value).data ?? status

  async function save() {
    const refused = date.value === '' ? 'Enter the date of the update' : statusUpdateProblem(date.value, review)
    setProblem(refused)
    setSavedOn(null)
    if (refused) return
    const update = { date: date.value, status: picked, note: note.value, by: by.value.trim() }
    if (await saving.run(() => actionPlanRepo.addStatusUpdate(entry.id, update))) {
      note.reset('')
      chosen.reset(picked)
      date.reset(today)
      setSavedOn(update.date)
    }
  }

  const setReviewPoint = (months: ReviewPointMonths) =>
    point.run(() => actionPlanRepo.update(entry.id, { reviewPointMonths: months }))

  const message = problem ?? saving.failure
  const history = updatesInOrder(entry.statusUpdates).reverse()
  return (
    <div className="plan-status">
      <div className="field field--inline">
        <label htmlFor={`${id}-point`}>Review point</label>
        <select
          id={`${id}-point`}
          value={entry.reviewPointMonths}
          aria-describedby={`${id}-point-date`}
          onChange={(event) => void setReviewPoint(Number(event.target.value) as ReviewPointMonths)}
        >
          {reviewPointChoices.map((months) => (
            <option key={months} value={months}>
              {months} months after the report
            </option>
          ))}
        </select>
        <span id={`${id}-point-date`} className="plan-status__point">
          {formatDate(reviewPoint)}
          {due && (
            <strong className={`plan-status__due plan-status__due--${due === 'overdue' ? 'late' : 'soon'}`}>
              {' '}
              ({due})
            </strong>
          )}
        </span>
        <FormError message={point.failure} />
      </div>
      <p className="plan-status__current">
        Status: <strong>{actionStatusLabels[status]}</strong>
      </p>
      <fieldset className="plan-status__form">
        <legend>Update the status of {label.charAt(0).toLowerCase() + label.slice(1)}</legend>
        <div role="radiogroup" aria-label="New status" className="plan-status__choices">
          {actionStatuses.map((value) => (
            <label key={value} className="plan-status__choice">
              <input
                type="radio"
                name={`${id}-status`}
                value={value}
                checked={picked === value}
                onChange={() => chosen.set(value)}
              />{' '}
              {actionStatusLabels[value]}
            </label>
          ))}
        </div>
        <div className="plan-entry__row">
          <div className="field">
            <label htmlFor={`${id}-date`}>Date of the update</label>
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
            <label htmlFor={`${id}-by`}>By (optional)</label>
            <input id={`${id}-by`} value={by.value} maxLength={200} onChange={(event) => by.set(event.target.value)} />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>Note</label>
          <textarea
            id={`${id}-note`}
            rows={3}
            maxLength={STATUS_NOTE_MAX}
            value={note.value}
            onChange={(event) => note.set(event.target.value)}
          />
        </div>
        <button type="button" className="button--secondary" disabled={saving.busy} onClick={() => void save()}>
          Save status update
        </button>
        {/* One line kept for the outcome, so a save landing never moves what is below. */}
        {message ? (
          <p id={`${id}-outcome`} className="save-status save-status--failed" role="alert">
            {message}
          </p>
        ) : (
          <p className="save-status" role="status">
            {saving.busy ? 'Saving…' : savedOn ? `Saved the update of ${formatDate(savedOn)}` : ''}
          </p>
        )}
      </fieldset>
      {history.length > 0 && (
        <section aria-label={`Status history of ${label.charAt(0).toLowerCase() + label.slice(1)}`}>
          <h5 className="plan-status__history-title">Status history, newest first</h5>
          <ol className="plan-status__history">
            {history.map((update, index) => (
              <li key={`${update.date}-${index}`}>
                <strong>
                  {formatDate(update.date)}: {actionStatusLabels[update.status]}
                </strong>
                {update.by && ` (${update.by})`}
                {update.note && <span className="pre-wrap">. {update.note}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  )
}
