import type { Review } from '#domain/review/review'
import { keyDate, keyDateState, type KeyDateState, type ReviewDeadlines } from '#domain/review/review-dates'
import { daysBetween } from '#domain/text/dates'

/** When a team's next independent review is, and where it stands. */
export interface NextReview {
  date: string
  state: KeyDateState
}

/**
 * The next review after the team's latest independent review: that review's "Next review" key date (as set or
 * by default), done once a later independent review has started. A self-assessment does not replace a review.
 */
export function nextReviewAfter(
  latestIndependent: Review,
  teamReviews: readonly Review[],
  deadlines: ReviewDeadlines,
  today: string,
): NextReview | null {
  const date = keyDate(latestIndependent, 'nextReviewDate', deadlines)
  if (date === null) return null
  const laterReviewStarted = teamReviews.some(
    (review) =>
      review.teamId === latestIndependent.teamId &&
      review.type === 'independent' &&
      review.visitStart > latestIndependent.visitEnd,
  )
  return {
    date,
    state: keyDateState('nextReviewDate', date, { final: true, hasActionPlan: true, laterReviewStarted }, today),
  }
}

/** The dashboard's window for "due soon": a quarter ahead, long enough to plan a visit. */
export const NETWORK_DUE_WITHIN_DAYS = 90

export interface DueReview {
  teamId: string
  teamName: string
  date: string
  /** Negative once the date has passed. */
  daysLeft: number
}

/**
 * The teams whose next review has passed (overdue, longest overdue first) or falls within `withinDays` of
 * `today`, today included (soonest first). A review already started (done) is in neither list.
 */
export function reviewsDue(
  teams: readonly { teamId: string; teamName: string; nextReview: NextReview | null }[],
  today: string,
  withinDays: number = NETWORK_DUE_WITHIN_DAYS,
): { overdue: DueReview[]; dueSoon: DueReview[] } {
  const dated = teams
    .flatMap(({ teamId, teamName, nextReview }) =>
      nextReview && nextReview.state !== 'done'
        ? [{ teamId, teamName, date: nextReview.date, daysLeft: daysBetween(today, nextReview.date) }]
        : [],
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.teamName.localeCompare(b.teamName, 'en-GB'))
  return {
    overdue: dated.filter((entry) => entry.daysLeft < 0),
    dueSoon: dated.filter((entry) => entry.daysLeft >= 0 && entry.daysLeft <= withinDays),
  }
}
