import type { Review } from '#domain/review/review'
import type { Team } from '#domain/review/team'
import type { ReviewDeadlines } from '#domain/review/review-dates'
import { actionsInPlan, currentStatus } from '#domain/scoring/action-follow-up'
import type { ActionPlanEntry } from '#domain/scoring/action-plan'
import { teamHistory, type HistoryPoint } from '#domain/scoring/history'
import type { ResultFigures } from '#domain/scoring/final-scores'
import type { FidelityBand } from '#domain/scale/schema'
import { daysBetween } from '#domain/text/dates'
import { plural } from '#domain/text/plural'
import { nextReviewAfter, type NextReview } from './due-reviews'
import { employmentRate, type TeamOutcome } from './outcomes'

/** A final review's place in the portfolio: its date, total, band and change since the one before of its type. */
export interface PortfolioResult {
  reviewId: string
  visitStart: string
  total: number | null
  band: FidelityBand | null
  /** Against the previous review of the same type only; null for the first or when a total is unknown. */
  change: number | null
  /** The visit date of that previous review; null for the first of its type. */
  comparedWith: string | null
}

export interface PortfolioRow {
  team: Team
  /** The latest final independent review: what the portfolio ranks and filters on. */
  independent: PortfolioResult | null
  /** The latest final self-assessment, shown as such beside it, never mixed in. */
  selfAssessment: PortfolioResult | null
  /** The next independent review: the latest independent review's "Next review" date, as set or by default. */
  nextReview: NextReview | null
  /** Actions of the latest final review's plan that are neither done nor dropped. */
  openActions: number
  /** The newest quarter with an employment rate the team reported. */
  latestOutcome: { quarter: string; employmentRate: number } | null
}

const asResult = (point: HistoryPoint | undefined): PortfolioResult | null =>
  point
    ? {
        reviewId: point.reviewId,
        visitStart: point.date,
        total: point.total,
        band: point.band,
        change: point.change,
        comparedWith: point.comparedWith?.date ?? null,
      }
    : null

/**
 * One row per team for the portfolio home. The next review is counted from the latest independent review;
 * it is done once a later independent review has started (a self-assessment does not replace a review).
 */
export function portfolioRow(
  team: Team,
  reviews: readonly Review[],
  entries: readonly ActionPlanEntry[],
  outcomes: readonly TeamOutcome[],
  resultsFor: (review: Review) => ResultFigures | null | undefined,
  deadlines: ReviewDeadlines,
  today: string,
): PortfolioRow {
  const ofTeam = reviews.filter((review) => review.teamId === team.id)
  const history = teamHistory(team.id, ofTeam, resultsFor)
  const independent = history.filter((point) => point.type === 'independent').at(-1)
  const selfAssessment = history.filter((point) => point.type === 'self-assessment').at(-1)
  const latestIndependent = ofTeam.find((review) => review.id === independent?.reviewId)

  const nextReview = latestIndependent ? nextReviewAfter(latestIndependent, ofTeam, deadlines, today) : null

  // The newest final review of either type carries the plan the team is working to.
  const newest = history.at(-1)
  const newestReview = ofTeam.find((review) => review.id === newest?.reviewId)
  const openActions = newestReview
    ? actionsInPlan(entries, newestReview, resultsFor(newestReview) ?? null).filter((entry) => {
        const status = currentStatus(entry)
        return status !== 'done' && status !== 'dropped'
      }).length
    : 0

  const latestOutcome =
    outcomes
      .filter((outcome) => outcome.teamId === team.id)
      .sort((a, b) => b.quarter.localeCompare(a.quarter))
      .flatMap((outcome) => {
        const rate = employmentRate(outcome)
        return rate === null ? [] : [{ quarter: outcome.quarter, employmentRate: rate }]
      })[0] ?? null

  return {
    team,
    independent: asResult(independent),
    selfAssessment: asResult(selfAssessment),
    nextReview,
    openActions,
    latestOutcome,
  }
}

/**
 * The reviews whose action plans the portfolio counts open actions in: each team's newest final review of either
 * type (by the history's order), so only those plans need reading.
 */
export function reviewsWithPlansCounted(reviews: readonly Review[]): string[] {
  const byTeam = new Map<string, Review[]>()
  for (const review of reviews) byTeam.set(review.teamId, [...(byTeam.get(review.teamId) ?? []), review])
  return [...byTeam].flatMap(([teamId, ofTeam]) => {
    const newest = teamHistory(teamId, ofTeam, () => null).at(-1)
    return newest ? [newest.reviewId] : []
  })
}

/** Where the next review stands, in words: "Overdue by 3 days", "Due in 10 days", "Due today", "Not due yet". */
export function nextReviewWords(nextReview: NonNullable<PortfolioRow['nextReview']>, today: string): string {
  const days = daysBetween(today, nextReview.date)
  if (nextReview.state === 'done') return 'Done: a later independent review has started'
  if (nextReview.state === 'overdue') return `Overdue by ${plural(-days, 'day')}`
  if (nextReview.state === 'due') return days === 0 ? 'Due today' : `Due in ${plural(days, 'day')}`
  return 'Not due yet'
}

export interface PortfolioFilter {
  /** Matched against team name, organisation and locality, ignoring case. */
  search: string
  /** A band id, 'none' for teams without a complete independent review, or '' for any. */
  band: string
  organisation: string
  locality: string
  /** Only teams whose next review is due soon or overdue. */
  dueOnly: boolean
  includeArchived: boolean
}

export const NO_PORTFOLIO_FILTER: PortfolioFilter = {
  search: '',
  band: '',
  organisation: '',
  locality: '',
  dueOnly: false,
  includeArchived: false,
}

const fold = (text: string) => text.trim().toLocaleLowerCase('en-GB')

export function filterPortfolio(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  const search = fold(filter.search)
  return rows.filter(({ team, independent, nextReview }) => {
    if (!filter.includeArchived && team.archivedAt !== null) return false
    if (search && ![team.name, team.organisation, team.locality].some((text) => fold(text).includes(search))) {
      return false
    }
    if (filter.organisation && fold(team.organisation) !== fold(filter.organisation)) return false
    if (filter.locality && fold(team.locality) !== fold(filter.locality)) return false
    const band = independent?.band?.id ?? 'none'
    if (filter.band && band !== filter.band) return false
    if (filter.dueOnly && nextReview?.state !== 'due' && nextReview?.state !== 'overdue') return false
    return true
  })
}

export const portfolioSorts = ['name', 'total', 'next-review', 'last-review'] as const
export type PortfolioSort = (typeof portfolioSorts)[number]

export const portfolioSortLabels: Record<PortfolioSort, string> = {
  name: 'Team name',
  total: 'Latest total, lowest first',
  'next-review': 'Next review, soonest first',
  'last-review': 'Last reviewed, longest ago first',
}

// One collator: localeCompare with a locale builds one per call, which is slow over 200 teams (decision 0022).
const names = new Intl.Collator('en-GB')
const byName = (a: PortfolioRow, b: PortfolioRow) =>
  names.compare(a.team.name, b.team.name) || a.team.id.localeCompare(b.team.id)

/** Sorted for the question asked; a team without the figure sorts last, then by name. */
export function sortPortfolio(rows: readonly PortfolioRow[], sort: PortfolioSort): PortfolioRow[] {
  const figure = (row: PortfolioRow): string | number | null => {
    if (sort === 'total') return row.independent?.total ?? null
    if (sort === 'next-review') return row.nextReview?.date ?? null
    if (sort === 'last-review') return row.independent?.visitStart ?? null
    return null
  }
  return [...rows].sort((a, b) => {
    const x = figure(a)
    const y = figure(b)
    if (x === y) return byName(a, b)
    if (x === null) return 1
    if (y === null) return -1
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) || byName(a, b)
  })
}
