import { describe, expect, it } from 'vitest'
import {
  filterPortfolio,
  NO_PORTFOLIO_FILTER,
  nextReviewWords,
  portfolioRow,
  reviewsWithPlansCounted,
  sortPortfolio,
  type PortfolioRow,
} from '#domain/network/portfolio'
import type { TeamOutcome } from '#domain/network/outcomes'
import type { Team } from '#domain/review/team'
import { DEFAULT_REVIEW_DEADLINES } from '#domain/review/review-dates'
import { ActionPlanEntrySchema, type ActionPlanEntry } from '#domain/scoring/action-plan'
import { computeResults } from '#domain/scoring/results'
import { findScale } from '#domain/scale/catalogue'
import { allScores, review, team } from '../scoring/results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const at = '2026-03-02T09:30:00.000Z'

function action(id: string, reviewId: string, itemNumber: number, status?: 'done' | 'dropped' | 'on-track') {
  return ActionPlanEntrySchema.parse({
    id,
    reviewId,
    itemId: uk.items[itemNumber - 1]!.id,
    recommendation: 'Hold a joint caseload review',
    action: '',
    owner: '',
    targetDate: null,
    statusUpdates: status ? [{ date: '2026-05-01', status, note: '', by: '' }] : [],
    createdAt: at,
    updatedAt: at,
  })
}

const outcome = (quarter: string, outOfWorkAtEntry: number | null, startedWork: number | null): TeamOutcome => ({
  teamId: 'team-1',
  quarter,
  caseload: 30,
  inCompetitiveWork: 10,
  outOfWorkAtEntry,
  startedWork,
  jobStarts: null,
  updatedAt: at,
})

// Item 1 at 2 and item 2 at 3 need actions (threshold 3); the rest at 4.
const scores: Record<string, Record<string, number | null>> = {
  first: allScores(uk, 3),
  latest: allScores(uk, 4, { 1: 2, 2: 3 }),
  self: allScores(uk, 5),
}
const resultsFor = (r: { id: string }) => (scores[r.id] ? computeResults(uk, scores[r.id]!) : null)

const reviews = [
  review({ id: 'first', visitStart: '2025-01-10', visitEnd: '2025-01-11' }),
  review({ id: 'latest', visitStart: '2026-02-02', visitEnd: '2026-02-03' }),
  review({ id: 'self', type: 'self-assessment', visitStart: '2026-06-01', visitEnd: '2026-06-01' }),
  review({ id: 'training', type: 'training', visitStart: '2026-07-01', visitEnd: '2026-07-01' }),
]

function row(today: string, overrides: { reviews?: typeof reviews; entries?: ActionPlanEntry[] } = {}) {
  return portfolioRow(
    team(),
    overrides.reviews ?? reviews,
    overrides.entries ?? [],
    [outcome('2026-Q1', 20, 7), outcome('2026-Q2', 20, 9), outcome('2026-Q3', 0, 0)],
    resultsFor,
    DEFAULT_REVIEW_DEADLINES,
    today,
  )
}

describe('a team’s portfolio row', () => {
  it('takes the latest final independent review with its change, and shows the self-assessment apart', () => {
    const { independent, selfAssessment } = row('2026-06-10')
    expect(independent).toMatchObject({
      reviewId: 'latest',
      visitStart: '2026-02-02',
      total: 97,
      change: 97 - 75,
      comparedWith: '2025-01-10',
    })
    expect(independent?.band?.label).toBe('Fair fidelity')
    expect(selfAssessment).toMatchObject({ reviewId: 'self', total: 125, change: null, comparedWith: null })
  })

  it('dates the next review 12 months after the latest independent visit, due in its last 14 days, then overdue', () => {
    expect(row('2026-06-10').nextReview).toEqual({ date: '2027-02-03', state: 'not-due' })
    expect(row('2027-01-25').nextReview).toEqual({ date: '2027-02-03', state: 'due' })
    expect(row('2027-02-04').nextReview).toEqual({ date: '2027-02-03', state: 'overdue' })
    // An edited date is the one in effect.
    const edited = reviews.map((r) => (r.id === 'latest' ? { ...r, nextReviewDate: '2026-12-01' } : r))
    expect(row('2026-12-02', { reviews: edited }).nextReview).toEqual({ date: '2026-12-01', state: 'overdue' })
  })

  it('says where the next review stands in words', () => {
    const words = (today: string, rows = reviews) => nextReviewWords(row(today, { reviews: rows }).nextReview!, today)
    expect(words('2026-06-10')).toBe('Not due yet')
    expect(words('2027-01-25')).toBe('Due in 9 days')
    expect(words('2027-02-03')).toBe('Due today')
    expect(words('2027-02-04')).toBe('Overdue by 1 day')
    expect(words('2027-03-05')).toBe('Overdue by 30 days')
    const started = [
      ...reviews,
      review({ id: 'next', status: 'planning', visitStart: '2027-02-10', visitEnd: '2027-02-11' }),
    ]
    expect(words('2027-03-01', started)).toBe('Done: a later independent review has started')
  })

  it('is done once a later independent review has started, but not for a later self-assessment', () => {
    const started = [
      ...reviews,
      review({ id: 'next', status: 'planning', finalisedAt: null, visitStart: '2027-02-10', visitEnd: '2027-02-11' }),
    ]
    expect(row('2027-03-01', { reviews: started }).nextReview?.state).toBe('done')
    expect(row('2027-03-01').nextReview?.state).toBe('overdue')
  })

  it('counts the open actions of the newest final review’s plan, not done or dropped ones', () => {
    const entries = [
      action('a', 'self', 1),
      action('b', 'latest', 1),
      action('c', 'latest', 2, 'on-track'),
      action('d', 'latest', 1, 'done'),
      action('e', 'latest', 2, 'dropped'),
    ]
    // The newest final review is the self-assessment at 5 everywhere: its plan needs no actions.
    expect(row('2026-06-10', { entries }).openActions).toBe(0)
    const noSelf = reviews.filter((r) => r.id !== 'self')
    expect(row('2026-06-10', { reviews: noSelf, entries }).openActions).toBe(2)
  })

  it('shows the newest quarter with an employment rate to work out', () => {
    expect(row('2026-06-10').latestOutcome).toEqual({ quarter: '2026-Q2', employmentRate: 45 })
  })

  it('reads only the plans it counts: each team’s newest final review', () => {
    const otherTeam = review({ id: 'other', teamId: 'team-2', visitStart: '2024-05-01', visitEnd: '2024-05-02' })
    expect(reviewsWithPlansCounted([...reviews, otherTeam]).sort()).toEqual(['other', 'self'])
  })

  it('is empty for a team with no final review', () => {
    const empty = row('2026-06-10', { reviews: [] })
    expect(empty).toMatchObject({ independent: null, selfAssessment: null, nextReview: null, openActions: 0 })
  })
})

describe('finding teams in the portfolio', () => {
  const rowFor = (overrides: Partial<Team>, total: number | null, next: string | null, state = 'not-due') =>
    ({
      team: team(overrides),
      independent:
        total === null
          ? null
          : {
              reviewId: `${overrides.id}-r`,
              visitStart: '2026-01-01',
              total,
              band: uk.bands.find((b) => b.min <= total && total <= b.max)!,
              change: null,
            },
      selfAssessment: null,
      nextReview: next ? { date: next, state } : null,
      openActions: 0,
      latestOutcome: null,
    }) as PortfolioRow
  const rows = [
    rowFor({ id: 'a', name: 'Riverside', organisation: 'Southern Trust', locality: 'South' }, 110, '2027-01-01'),
    rowFor({ id: 'b', name: 'Eastfield', organisation: 'Northgate NHS Trust' }, 80, '2026-12-10', 'due'),
    rowFor({ id: 'c', name: 'Archway', archivedAt: at }, 120, '2026-01-01', 'overdue'),
    rowFor({ id: 'd', name: 'Bramley' }, null, null),
  ]
  const names = (found: PortfolioRow[]) => found.map((r) => r.team.name)

  it('searches name, organisation and locality, and leaves archived teams out unless asked', () => {
    expect(names(filterPortfolio(rows, { ...NO_PORTFOLIO_FILTER, search: ' south' }))).toEqual(['Riverside'])
    expect(names(filterPortfolio(rows, NO_PORTFOLIO_FILTER))).toEqual(['Riverside', 'Eastfield', 'Bramley'])
    expect(names(filterPortfolio(rows, { ...NO_PORTFOLIO_FILTER, includeArchived: true }))).toHaveLength(4)
  })

  it('filters by band (or no band yet), organisation and due or overdue', () => {
    const fair = uk.bands.find((b) => b.min <= 80 && 80 <= b.max)!.id
    expect(names(filterPortfolio(rows, { ...NO_PORTFOLIO_FILTER, band: fair }))).toEqual(['Eastfield'])
    expect(names(filterPortfolio(rows, { ...NO_PORTFOLIO_FILTER, band: 'none' }))).toEqual(['Bramley'])
    expect(names(filterPortfolio(rows, { ...NO_PORTFOLIO_FILTER, organisation: 'northgate nhs trust' }))).toEqual([
      'Eastfield',
      'Bramley',
    ])
    expect(names(filterPortfolio(rows, { ...NO_PORTFOLIO_FILTER, dueOnly: true, includeArchived: true }))).toEqual([
      'Eastfield',
      'Archway',
    ])
  })

  it('sorts by the figure asked for, teams without it last', () => {
    expect(names(sortPortfolio(rows, 'name'))).toEqual(['Archway', 'Bramley', 'Eastfield', 'Riverside'])
    expect(names(sortPortfolio(rows, 'total'))).toEqual(['Eastfield', 'Riverside', 'Archway', 'Bramley'])
    expect(names(sortPortfolio(rows, 'next-review'))).toEqual(['Archway', 'Eastfield', 'Riverside', 'Bramley'])
  })
})
