import * as z from 'zod/mini'
import '#domain/text/zod-messages'
import type { ReviewType } from './review-type'
import { addDays, addMonths, daysBetween } from '#domain/text/dates'
import { reviewWords } from './wording'

/**
 * The review's key dates (docs/decisions/0020-review-dates.md): when the report is due, when the action plan is
 * due, and when the next review is. Each is stored on the review as an ISO date, or null for the default, which
 * is counted from the last day of the visit with the figures kept in the settings.
 */
export const keyDateFields = ['reportDueDate', 'actionPlanDueDate', 'nextReviewDate'] as const
export type KeyDateField = (typeof keyDateFields)[number]

export const keyDateLabels: Record<KeyDateField, string> = {
  reportDueDate: 'Report due',
  actionPlanDueDate: 'Action plan due',
  nextReviewDate: 'Next review',
}

/** A stored key date: null means "the default". */
export const KeyDateSchema = z.nullable(z.iso.date({ error: 'Enter a date' }))

/** The figures the default dates are counted with (the settings' "Review deadlines"). */
export interface ReviewDeadlines {
  /** The report is due this many weeks after the last day of the visit. */
  reportWeeks: number
  /** The action plan is due this many weeks after the last day of the visit. */
  actionPlanWeeks: number
  /** The next review is this many months after the last day of the visit. */
  nextReviewMonths: number
}

/** The review programme's figures; the settings start from the same (a test holds them together). */
export const DEFAULT_REVIEW_DEADLINES: ReviewDeadlines = { reportWeeks: 4, actionPlanWeeks: 6, nextReviewMonths: 12 }

type DatedReview = { type: ReviewType; visitStart: string; visitEnd: string }
type StoredKeyDates = Partial<Record<KeyDateField, string | null>>

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * Why a key date cannot be right for the review, or null: the one rule for the form, the review's schema and
 * so imports. The report and the action plan cannot be due before the visit starts; the next review cannot be
 * before the visit has ended. Null (the default) is always in order, as the default counts forward.
 */
export function keyDateProblem(field: KeyDateField, date: string | null, review: DatedReview): string | null {
  if (date === null) return null
  const words = reviewWords(review.type)
  if (field === 'nextReviewDate') {
    const lastDay = lowerFirst(words.lastDay ?? words.firstDay)
    return date < review.visitEnd ? `The next review is before the ${lastDay}: choose a date on or after it` : null
  }
  const what = field === 'reportDueDate' ? 'The report' : 'The action plan'
  return date < review.visitStart
    ? `${what} is due before the ${lowerFirst(words.firstDay)}: choose a date on or after it`
    : null
}

/** Every key date of a review that is out of order, with the field it belongs to. */
export function keyDateProblems(review: DatedReview & StoredKeyDates): { field: KeyDateField; message: string }[] {
  return keyDateFields.flatMap((field) => {
    const message = keyDateProblem(field, review[field] ?? null, review)
    return message ? [{ field, message }] : []
  })
}

/** The dates the review would have with nothing edited. */
export function defaultKeyDates(review: Pick<DatedReview, 'visitEnd'>, deadlines: ReviewDeadlines) {
  return {
    reportDueDate: addDays(review.visitEnd, deadlines.reportWeeks * 7),
    actionPlanDueDate: addDays(review.visitEnd, deadlines.actionPlanWeeks * 7),
    // Held to the month's last day: a visit ending 31 January with 1 month gives 28 (or 29) February.
    nextReviewDate: addMonths(review.visitEnd, deadlines.nextReviewMonths),
  } satisfies Record<KeyDateField, string>
}

export interface KeyDate {
  field: KeyDateField
  label: string
  /** The date in effect: the one stored, or the default. */
  date: string
  isDefault: boolean
  /** What the default would be, for "reset to default". */
  defaultDate: string
}

/**
 * The key dates in effect, report first; none for a training exercise, which has no report to send, no action
 * plan and no next review.
 */
export function keyDates(review: DatedReview & StoredKeyDates, deadlines: ReviewDeadlines): KeyDate[] {
  if (review.type === 'training') return []
  const defaults = defaultKeyDates(review, deadlines)
  return keyDateFields.map((field) => {
    const stored = review[field] ?? null
    return {
      field,
      label: keyDateLabels[field],
      date: stored ?? defaults[field],
      isDefault: stored === null,
      defaultDate: defaults[field],
    }
  })
}

/** One key date in effect, or null for a training exercise. */
export function keyDate(
  review: DatedReview & StoredKeyDates,
  field: KeyDateField,
  deadlines: ReviewDeadlines,
): string | null {
  return keyDates(review, deadlines).find((entry) => entry.field === field)?.date ?? null
}

/** How many days before a key date it shows as due. */
export const KEY_DATE_DUE_WITHIN_DAYS = 14

export type KeyDateState = 'done' | 'overdue' | 'due' | 'not-due'

export const keyDateStateLabels: Record<KeyDateState, string> = {
  done: 'Done',
  overdue: 'Overdue',
  due: 'Due soon',
  'not-due': 'Not due yet',
}

/** What has happened that closes a key date. */
export interface KeyDateProgress {
  /** The review is final: its report can be sent. */
  final: boolean
  /** The action plan has at least one entry. */
  hasActionPlan: boolean
  /** A later review of the team (not a training exercise) has started. */
  laterReviewStarted: boolean
}

/**
 * Where a key date stands on `today` (an ISO date):
 * - done: the report is done when the review is final; the action plan when the review is final and the plan has
 *   at least one entry (an agreed plan with actions, as the report prints it); the next review when a later review
 *   of the team has started.
 * - overdue: not done and the date has passed (on the day itself it is due, not overdue).
 * - due: not done and the date is today or within the next 14 days.
 * - not-due: anything else.
 */
export function keyDateState(
  field: KeyDateField,
  date: string,
  progress: KeyDateProgress,
  today: string,
): KeyDateState {
  const done =
    field === 'reportDueDate'
      ? progress.final
      : field === 'actionPlanDueDate'
        ? progress.final && progress.hasActionPlan
        : progress.laterReviewStarted
  if (done) return 'done'
  const daysLeft = daysBetween(today, date)
  if (daysLeft < 0) return 'overdue'
  return daysLeft <= KEY_DATE_DUE_WITHIN_DAYS ? 'due' : 'not-due'
}
