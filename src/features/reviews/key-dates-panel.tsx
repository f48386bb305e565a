import { useId, useState } from 'react'
import type { Review } from '#domain/review/review'
import {
  keyDateProblem,
  keyDates,
  keyDateState,
  keyDateStateLabels,
  type KeyDate,
  type KeyDateProgress,
  type ReviewDeadlines,
} from '#domain/review/review-dates'
import { formatReportDate, localIsoDate } from '#domain/text/dates'
import { useActionPlan } from '../../storage/live-action-plan'
import { useReviewsForTeam } from '../../storage/live-reviews'
import { useSettings } from '../../storage/live-settings'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'

function KeyDateField({
  review,
  entry,
  progress,
  today,
}: {
  review: Review
  entry: KeyDate
  progress: KeyDateProgress
  today: string
}) {
  const id = useId()
  // What is typed but not stored (refused or failed); null shows the date in effect.
  const [pending, setPending] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const { run, failure, setFailure } = useStorageAction((reason) => `Not saved - ${reason}`)
  const message = problem ?? failure
  const state = keyDateState(entry.field, entry.date, progress, today)

  async function save(value: string | null) {
    const refused = keyDateProblem(entry.field, value, review)
    setPending(value ?? '')
    setProblem(refused)
    if (refused) {
      setFailure(null)
      return
    }
    if (await run(() => reviewsRepo.setKeyDate(review.id, entry.field, value))) setPending(null)
  }

  return (
    <div className="field key-date">
      <label htmlFor={id}>{entry.label}</label>
      <input
        id={id}
        type="date"
        value={pending ?? entry.date}
        // An emptied box means "back to the default", the same as the reset button.
        onChange={(event) => void save(event.target.value === '' ? null : event.target.value)}
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-state${message ? ` ${id}-error` : ''}`}
      />
      <p id={`${id}-state`} className="field-hint">
        <strong>{keyDateStateLabels[state]}</strong>
        {state === 'overdue' && `: it was due on ${formatReportDate(entry.date)}`}
        {entry.isDefault ? ' (the default)' : ` (the default is ${formatReportDate(entry.defaultDate)})`}
      </p>
      {!entry.isDefault && (
        <button type="button" className="button--secondary" onClick={() => void save(null)}>
          Reset {entry.label.toLowerCase()} to the default
        </button>
      )}
      {message && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  )
}

/**
 * The review's key dates (docs/decisions/0020-review-dates.md): each date in effect, editable, saved when chosen,
 * with where it stands today in words. None for a training exercise.
 */
export function KeyDatesPanel({ review, today = localIsoDate(new Date()) }: { review: Review; today?: string }) {
  const settings = useSettings()
  const entries = useActionPlan(review.id)
  const teamReviews = useReviewsForTeam(review.teamId)
  if (review.type === 'training') return null
  if (!settings || !entries || !teamReviews) return <p aria-busy="true">Loading the key dates…</p>

  const { reportWeeks, actionPlanWeeks, nextReviewMonths }: ReviewDeadlines = settings
  const progress: KeyDateProgress = {
    final: review.status === 'final',
    hasActionPlan: entries.length > 0,
    laterReviewStarted: teamReviews.some(
      // Like for like: an independent review is followed by the next independent review.
      (other) => other.id !== review.id && other.type === review.type && other.visitStart > review.visitEnd,
    ),
  }
  return (
    <section aria-labelledby="key-dates-heading" className="key-dates">
      <h2 id="key-dates-heading">Key dates</h2>
      <p>
        Counted from the last day by default ({reportWeeks} weeks for the report, {actionPlanWeeks} for the action plan,{' '}
        {nextReviewMonths} months to the next review; the figures are in Settings). Change a date here for this review;
        it saves when you choose it.
      </p>
      {keyDates(review, { reportWeeks, actionPlanWeeks, nextReviewMonths }).map((entry) => (
        <KeyDateField key={entry.field} review={review} entry={entry} progress={progress} today={today} />
      ))}
    </section>
  )
}
