import { describe, expect, it } from 'vitest'
import { addMonths } from '#domain/text/dates'
import {
  actionDueState,
  actionsInPlan,
  currentStatus,
  describeStatusCounts,
  reviewPointDate,
  statusCountsOn,
  statusOn,
  statusUpdateProblem,
} from '#domain/scoring/action-follow-up'
import { ActionPlanEntrySchema, type ActionPlanEntry } from '#domain/scoring/action-plan'
import { actionsDueForTeam } from '#domain/scoring/actions-due'
import { followUpLines } from '#domain/scoring/follow-up-history'
import type { StatusUpdate } from '#domain/scoring/action-status'
import { computeResults } from '#domain/scoring/results'
import { findScale } from '#domain/scale/catalogue'
import { allScores, review } from './results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const at = '2026-03-02T09:30:00.000Z'

function entry(overrides: Partial<ActionPlanEntry> = {}): ActionPlanEntry {
  return ActionPlanEntrySchema.parse({
    id: 'action-1',
    reviewId: 'review-1',
    itemId: uk.items[0]!.id,
    recommendation: 'Hold a joint caseload review',
    action: '',
    owner: '',
    targetDate: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  })
}

const update = (date: string, status: StatusUpdate['status'], note = ''): StatusUpdate => ({
  date,
  status,
  note,
  by: '',
})

describe('an action plan entry written before statuses existed', () => {
  it('reads as not started with a 3-month review point', () => {
    const old = entry()
    expect(old.statusUpdates).toEqual([])
    expect(old.reviewPointMonths).toBe(3)
    expect(currentStatus(old)).toBe('not-started')
  })
})

describe('currentStatus and statusOn', () => {
  const updates = [
    update('2026-06-01', 'on-track'),
    update('2026-09-01', 'done'),
    // Recorded later but dated earlier: a late entry of what happened in July.
    update('2026-07-15', 'on-track', 'late entry'),
  ]
  it.each([
    [undefined, 'done'],
    ['2026-05-31', 'not-started'],
    ['2026-06-01', 'on-track'],
    ['2026-08-31', 'on-track'],
    ['2026-09-01', 'done'],
  ] as const)('on %s the status is %s', (day, expected) => {
    expect(statusOn(entry({ statusUpdates: updates }), day)).toBe(expected)
  })

  it('takes the one recorded last when two updates share a date', () => {
    const sameDay = [update('2026-06-01', 'on-track'), update('2026-06-01', 'dropped')]
    expect(currentStatus(entry({ statusUpdates: sameDay }))).toBe('dropped')
  })
})

describe('addMonths and reviewPointDate', () => {
  it.each([
    ['2026-03-10', 3, '2026-06-10'],
    ['2026-03-10', 6, '2026-09-10'],
    ['2026-08-31', 6, '2027-02-28'], // no 31 February: the month's last day
    ['2027-08-31', 6, '2028-02-29'], // leap year
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-10-15', 3, '2027-01-15'], // across the year
  ])('%s + %i months is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected)
  })

  it('counts from the report date (the day it was finalised), or the last day of the visit before then', () => {
    const final = review({ finalisedAt: '2026-03-20T16:00:00.000Z' })
    expect(reviewPointDate(final, { reviewPointMonths: 3 })).toBe('2026-06-20')
    expect(reviewPointDate(final, { reviewPointMonths: 6 })).toBe('2026-09-20')
    const notFinal = review({ status: 'consensus', finalisedAt: null, visitEnd: '2026-03-03' })
    expect(reviewPointDate(notFinal, { reviewPointMonths: 3 })).toBe('2026-06-03')
  })
})

describe('actionDueState: the review point is 20 June 2026', () => {
  const final = review({ finalisedAt: '2026-03-20T16:00:00.000Z' })
  it.each([
    // today, target date, status, expected
    ['2026-05-20', null, 'not-started', 'later'], // 31 days before the review point
    ['2026-05-21', null, 'not-started', 'due'], // exactly 30 days before
    ['2026-06-20', null, 'on-track', 'due'], // on the review point day: due, not yet overdue
    ['2026-06-21', null, 'on-track', 'overdue'], // the day after
    ['2026-06-21', null, 'done', 'closed'],
    ['2026-06-21', null, 'dropped', 'closed'],
    ['2026-04-01', '2026-04-01', 'not-started', 'later'], // target date today: not passed
    ['2026-04-02', '2026-04-01', 'not-started', 'overdue'], // target date passed before the review point
    ['2026-04-02', '2026-04-01', 'done', 'closed'],
    ['2026-06-01', '2026-12-01', 'on-track', 'due'], // a later target date does not delay the review point
  ] as const)('on %s with target %s and status %s it is %s', (today, targetDate, status, expected) => {
    const statusUpdates = status === 'not-started' ? [] : [update('2026-04-01', status)]
    expect(actionDueState(entry({ targetDate, statusUpdates }), final, today)).toBe(expected)
  })

  it('follows the 6-month review point', () => {
    const sixMonths = entry({ reviewPointMonths: 6 })
    expect(actionDueState(sixMonths, final, '2026-06-21')).toBe('later')
    expect(actionDueState(sixMonths, final, '2026-08-21')).toBe('due')
    expect(actionDueState(sixMonths, final, '2026-09-21')).toBe('overdue')
  })
})

describe('statusUpdateProblem', () => {
  const visit = review({ visitStart: '2026-03-02' })
  it.each([
    ['2026-03-01', 'The update is dated before the visit: choose a date on or after the visit'],
    ['2026-03-02', null],
    ['2027-01-01', null],
  ])('an update dated %s: %s', (date, expected) => {
    expect(statusUpdateProblem(date, visit)).toBe(expected)
  })
})

describe('statusCountsOn and describeStatusCounts', () => {
  const entries = [
    entry({ statusUpdates: [update('2027-01-10', 'on-track'), update('2027-03-01', 'done')] }),
    entry({ statusUpdates: [update('2027-01-10', 'done')] }),
    entry({ statusUpdates: [update('2027-02-01', 'on-track')] }),
    entry({ statusUpdates: [update('2027-04-01', 'dropped')] }), // after the follow-up: still not started then
    entry(),
  ]
  it.each([
    ['2027-01-09', '5 not started'],
    ['2027-01-10', '1 done, 1 on track, 3 not started'],
    ['2027-03-03', '2 done, 1 on track, 2 not started'],
    ['2027-04-01', '2 done, 1 on track, 1 not started, 1 dropped'],
  ])('on %s: %s', (day, expected) => {
    expect(describeStatusCounts(statusCountsOn(entries, day))).toBe(expected)
  })

  it('says so when there are no actions', () => {
    expect(describeStatusCounts(statusCountsOn([], '2027-01-01'))).toBe('no actions')
  })
})

describe('actionsInPlan', () => {
  const final = review({ actionPlanThreshold: 3 })
  const [low, high] = [uk.items[0]!.id, uk.items[1]!.id]
  const results = computeResults(uk, allScores(uk, 4, { 1: 2 }))
  const entries = [
    entry({ id: 'a', itemId: low }),
    entry({ id: 'b', itemId: high }), // its item is now above the threshold
    entry({ id: 'c', itemId: low, recommendation: '' }), // nothing written and no date
    entry({ id: 'd', itemId: low, recommendation: '', targetDate: '2026-06-01' }),
    entry({ id: 'e', itemId: low, reviewId: 'review-2' }),
  ]
  it('keeps what the report prints: items at or below the threshold, with something written or a date', () => {
    expect(actionsInPlan(entries, final, results).map((e) => e.id)).toEqual(['a', 'd'])
  })
  it('keeps every item’s actions when the results are not known', () => {
    expect(actionsInPlan(entries, final, null).map((e) => e.id)).toEqual(['a', 'b', 'd'])
  })
})

describe('actionsDueForTeam', () => {
  const results = computeResults(uk, allScores(uk, 4, { 1: 2, 2: 3 }))
  // Report date 20 March 2026: the 3-month review point is 20 June, the 6-month one 20 September.
  const final = review({ id: 'review-1', finalisedAt: '2026-03-20T16:00:00.000Z' })
  const draft = review({ id: 'review-2', status: 'consensus', finalisedAt: null })
  const training = review({ id: 'review-3', type: 'training', finalisedAt: '2026-03-20T16:00:00.000Z' })
  const [one, two] = [uk.items[0]!.id, uk.items[1]!.id]
  const entries = [
    entry({ id: 'soon', itemId: one, action: 'Book the meeting', owner: 'Team leader' }),
    entry({ id: 'late', itemId: two, targetDate: '2026-05-01' }), // target date passed: overdue
    entry({ id: 'done', itemId: one, statusUpdates: [update('2026-04-01', 'done')] }),
    entry({ id: 'six', itemId: one, reviewPointMonths: 6 }), // not yet due
    entry({ id: 'draft', reviewId: 'review-2', itemId: one }),
    entry({ id: 'training', reviewId: 'review-3', itemId: one }),
  ]

  it('lists the open actions of final reviews due within 30 days or overdue, overdue first', () => {
    const due = actionsDueForTeam([final, draft, training], entries, () => results, '2026-06-01')
    expect(due.map((d) => [d.entryId, d.state])).toEqual([
      ['late', 'overdue'],
      ['soon', 'due'],
    ])
    expect(due[1]).toEqual({
      reviewId: 'review-1',
      entryId: 'soon',
      item: `1. ${uk.items[0]!.title}`,
      action: 'Book the meeting',
      owner: 'Team leader',
      reviewPoint: '2026-06-20',
      targetDate: null,
      status: 'not-started',
      state: 'due',
    })
    // No action written yet: the recommendation says what it is about.
    expect(due[0]!.action).toBe('Hold a joint caseload review')
  })

  it('is empty when nothing is due, and names items by id when the scale is missing', () => {
    expect(actionsDueForTeam([final], entries, () => results, '2026-04-01')).toEqual([])
    const due = actionsDueForTeam([final], entries, () => null, '2026-06-01')
    expect(due.map((d) => d.item)).toEqual([two, one])
  })
})

describe('followUpLines', () => {
  const results = computeResults(uk, allScores(uk, 4, { 1: 2 }))
  const f = (id: string, date: string) => ({ id, date, by: 'Alex Morgan', note: `Note ${id}` })
  const first = review({ id: 'review-1', followUps: [f('b', '2027-03-03'), f('a', '2026-12-01')] })
  const draft = review({ id: 'review-2', status: 'consensus', finalisedAt: null, followUps: [] })
  const one = uk.items[0]!.id
  const entries = [
    entry({ id: 'x', itemId: one, statusUpdates: [update('2026-11-01', 'on-track'), update('2027-02-01', 'done')] }),
    entry({ id: 'y', itemId: one, statusUpdates: [update('2027-03-04', 'done')] }), // the day after: not counted
    entry({ id: 'z', itemId: one }),
  ]

  it('gives each follow-up its own dated line with the counts on that day, oldest first', () => {
    const lines = followUpLines([first, draft], entries, () => results)
    expect(lines.map((line) => line.text)).toEqual([
      'Action plan follow-up, 1 December 2026: 1 on track, 2 not started',
      'Action plan follow-up, 3 March 2027: 1 done, 2 not started',
    ])
    expect(lines[1]).toMatchObject({ reviewId: 'review-1', followUpId: 'b', by: 'Alex Morgan', note: 'Note b' })
  })
})
