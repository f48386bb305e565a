import { useMemo } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import {
  actionPlanReportDate,
  defaultTargetDate,
  entriesForItem,
  itemsNeedingActions,
  itemsNotScored,
} from '#domain/scoring/action-plan'
import { computeResults, scoresForReview } from '#domain/scoring/results'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { defaultSettings } from '#domain/settings/settings'
import { plural } from '#domain/text/plural'
import { useActionPlan } from '../../storage/live-action-plan'
import { useConsensus, useRatings } from '../../storage/live-ratings'
import { useSettings } from '../../storage/live-settings'
import { useTeam } from '../../storage/live-teams'
import { formatDate } from '../../ui/format'
import { usePageTitle } from '../../ui/use-page-title'
import { ActionPlanItem } from './action-plan-item'
import { ThresholdPicker } from './threshold-picker'
import './action-plan.css'
import { reviewWords } from '#domain/review/wording'
import { actionsInPlan } from '#domain/scoring/action-follow-up'
import { buildActionPlanDocument } from '#domain/report-model/action-plan-document'
import { localIsoDate } from '#domain/text/dates'
import { keyDates } from '#domain/review/review-dates'
import { ActionPlanDownload } from './action-plan-download'
import { FollowUpSection } from './follow-up-section'

// "last day of the visit", "last day of the assessment", "date of the exercise".
function lastDayWords(review: Pick<Review, 'type'>): string {
  const words = reviewWords(review.type)
  const day = words.lastDay ?? words.firstDay
  return day.charAt(0).toLowerCase() + day.slice(1)
}

/**
 * The action plan: for each item scored at or below the chosen threshold, the reviewers'
 * recommendations and the team's actions with an owner and a target date.
 */
export function ActionPlanScreen({
  review,
  scale,
  today = localIsoDate(new Date()),
}: {
  review: Review
  scale: ScaleFile
  /** Today on this device (ISO): status updates' default date and what is due; tests pass a fixed day. */
  today?: string
}) {
  const team = useTeam(review.teamId)
  const ratings = useRatings(review.id)
  const consensus = useConsensus(review.id)
  const entries = useActionPlan(review.id)
  const settings = useSettings()
  const heading = `Action plan: ${team?.name ?? 'review'}`
  usePageTitle(heading)

  const results = useMemo(
    () => (ratings && consensus ? computeResults(scale, scoresForReview(review, ratings, consensus)) : undefined),
    [scale, review, ratings, consensus],
  )
  if (!results || !entries) {
    return <p aria-busy="true">Loading the action plan…</p>
  }

  const weeks = settings?.actionPlanWeeks ?? defaultSettings.actionPlanWeeks
  const reportDate = actionPlanReportDate(review)
  // New actions take the action plan's due date (a key date, docs/decisions/0020); a training exercise has none.
  const planDue = keyDates(review, settings ?? defaultSettings).find((entry) => entry.field === 'actionPlanDueDate')
  const defaultDate = planDue?.date ?? defaultTargetDate(reportDate, weeks)
  const needing = itemsNeedingActions(results, review.actionPlanThreshold)
  const notScored = itemsNotScored(results)
  const shown = new Set(needing.map((entry) => entry.item.id))
  const hidden = entries.filter((entry) => !shown.has(entry.itemId)).length

  return (
    <section className="page action-plan" aria-labelledby="action-plan-heading">
      <h1 id="action-plan-heading">{heading}</h1>
      <p className="action-plan__links">
        <Link to={paths.review(review.id)}>Back to the review</Link>
        <Link to={paths.reviewResults(review.id)}>Results</Link>
      </p>
      <p>
        For each item that needs action, the {reviewWords(review.type).rater[1]} write a recommendation and the team
        agrees what it will do, who owns it and by when. Everything saves as you type, and the plan goes into the
        report. Afterwards, record each action’s status with a dated note; it is looked at again at its review point, 3
        or 6 months after the report.
      </p>
      <ActionPlanDownload
        build={() => buildActionPlanDocument({ team: { name: team?.name ?? 'Team' }, review, results, entries, today })}
      />
      <ThresholdPicker review={review} />
      <p className="field-hint">
        {planDue === undefined ? (
          <>
            New actions are due {plural(weeks, 'week')} after{' '}
            {review.finalisedAt
              ? `the report date, the day the review was finalised (${formatDate(reportDate)})`
              : `the ${lastDayWords(review)} (${formatDate(reportDate)}), as the review is not final yet`}
            : {formatDate(defaultDate)}. The number of weeks is a setting.
          </>
        ) : planDue.isDefault ? (
          <>
            New actions are due {plural(weeks, 'week')} after the {lastDayWords(review)} ({formatDate(review.visitEnd)}
            ), the action plan’s due date: {formatDate(defaultDate)}. The number of weeks is a setting; the review page
            can set another date under Key dates.
          </>
        ) : (
          <>
            New actions are due on the action plan’s due date, set on the review page under Key dates:{' '}
            {formatDate(defaultDate)}.
          </>
        )}
      </p>

      <h2>Items scored {review.actionPlanThreshold} or below</h2>
      {needing.length === 0 ? (
        <p>No scored item is at {review.actionPlanThreshold} or below, so there is nothing to plan yet.</p>
      ) : (
        needing.map(({ item, score }) => (
          <ActionPlanItem
            key={item.id}
            review={review}
            item={item}
            score={score}
            entries={entriesForItem(entries, item.id)}
            defaultDate={defaultDate}
            today={today}
          />
        ))
      )}

      {notScored.length > 0 && (
        <section aria-labelledby="plan-not-scored">
          <h2 id="plan-not-scored">Not scored yet</h2>
          <p>These items have no score yet; any that is scored at or below the threshold will appear above.</p>
          <ul>
            {notScored.map((item) => (
              <li key={item.id}>
                {item.number}. {item.title}: not scored yet
              </li>
            ))}
          </ul>
        </section>
      )}
      {hidden > 0 && (
        <p className="muted">
          {hidden === 1 ? '1 recommendation is' : `${hidden} recommendations are`} kept for items now above the
          threshold; they are left out of the report unless the threshold includes those items again.
        </p>
      )}
      <FollowUpSection review={review} actions={actionsInPlan(entries, review, results)} today={today} />
    </section>
  )
}
