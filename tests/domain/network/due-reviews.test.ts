import { describe, expect, it } from 'vitest'
import { nextReviewAfter, reviewsDue, type NextReview } from '#domain/network/due-reviews'
import { DEFAULT_REVIEW_DEADLINES } from '#domain/review/review-dates'
import { review } from '../scoring/results-helpers'

describe('the next review after the latest independent review', () => {
  const latest = review({ id: 'latest', visitStart: '2026-02-02', visitEnd: '2026-02-03' })

  it('is 12 months after the last day by default, or the date set on the review', () => {
    expect(nextReviewAfter(latest, [latest], DEFAULT_REVIEW_DEADLINES, '2026-06-10')).toEqual({
      date: '2027-02-03',
      state: 'not-due',
    })
    const edited = { ...latest, nextReviewDate: '2026-12-01' }
    expect(nextReviewAfter(edited, [edited], DEFAULT_REVIEW_DEADLINES, '2026-12-02')).toEqual({
      date: '2026-12-01',
      state: 'overdue',
    })
  })

  it('is done once a later independent review of the same team has started, not a self-assessment', () => {
    const self = review({ id: 'self', type: 'self-assessment', visitStart: '2027-03-01', visitEnd: '2027-03-01' })
    const otherTeam = review({ id: 'other', teamId: 'team-2', visitStart: '2027-03-01', visitEnd: '2027-03-01' })
    const later = review({
      id: 'later',
      status: 'planning',
      finalisedAt: null,
      visitStart: '2027-03-01',
      visitEnd: '2027-03-02',
    })
    expect(nextReviewAfter(latest, [latest, self, otherTeam], DEFAULT_REVIEW_DEADLINES, '2027-03-05')?.state).toBe(
      'overdue',
    )
    expect(nextReviewAfter(latest, [latest, later], DEFAULT_REVIEW_DEADLINES, '2027-03-05')?.state).toBe('done')
  })
})

describe('reviews due within 90 days and overdue', () => {
  const team = (teamId: string, nextReview: NextReview | null) => ({ teamId, teamName: `Team ${teamId}`, nextReview })
  const today = '2026-12-05'

  it('lists overdue longest overdue first and due soon soonest first, with the window’s edges', () => {
    const { overdue, dueSoon } = reviewsDue(
      [
        team('a', { date: '2027-03-05', state: 'not-due' }), // day 90: in
        team('b', { date: '2027-03-06', state: 'not-due' }), // day 91: out
        team('c', { date: '2026-12-05', state: 'due' }), // today: due, not overdue
        team('d', { date: '2026-12-04', state: 'overdue' }),
        team('e', { date: '2026-01-10', state: 'overdue' }),
        team('f', { date: '2026-11-01', state: 'done' }), // a later review has started
        team('g', null),
      ],
      today,
    )
    expect(overdue.map((entry) => [entry.teamId, entry.daysLeft])).toEqual([
      ['e', -329],
      ['d', -1],
    ])
    expect(dueSoon.map((entry) => [entry.teamId, entry.daysLeft])).toEqual([
      ['c', 0],
      ['a', 90],
    ])
  })

  it('takes another window when asked', () => {
    const { dueSoon } = reviewsDue([team('a', { date: '2027-01-05', state: 'not-due' })], today, 30)
    expect(dueSoon).toEqual([])
  })
})
