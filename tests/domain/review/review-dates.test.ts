import { describe, expect, it } from 'vitest'
import { addDays } from '#domain/text/dates'
import {
  DEFAULT_REVIEW_DEADLINES,
  defaultKeyDates,
  keyDate,
  keyDateProblem,
  keyDates,
  keyDateState,
} from '#domain/review/review-dates'
import { ReviewSchema } from '#domain/review/review'

const visit = { type: 'independent' as const, visitStart: '2026-03-02', visitEnd: '2026-03-03' }

describe('defaultKeyDates', () => {
  it('counts the report 4 weeks, the action plan 6 weeks and the next review 12 months after the last day', () => {
    expect(defaultKeyDates(visit, DEFAULT_REVIEW_DEADLINES)).toEqual({
      reportDueDate: '2026-03-31',
      actionPlanDueDate: '2026-04-14',
      nextReviewDate: '2027-03-03',
    })
  })

  it('uses the figures it is given', () => {
    expect(defaultKeyDates(visit, { reportWeeks: 2, actionPlanWeeks: 8, nextReviewMonths: 6 })).toEqual({
      reportDueDate: '2026-03-17',
      actionPlanDueDate: '2026-04-28',
      nextReviewDate: '2026-09-03',
    })
  })

  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-10-31', 1, '2026-11-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-30', 12, '2027-01-30'],
  ])('a visit ending %s with the next review %i months on: %s (held to the month’s end)', (end, months, expected) => {
    const dates = defaultKeyDates({ visitEnd: end }, { ...DEFAULT_REVIEW_DEADLINES, nextReviewMonths: months })
    expect(dates.nextReviewDate).toBe(expected)
  })

  it.each([
    ['2026-12-20', 14, '2027-01-03'],
    ['2028-02-15', 14, '2028-02-29'],
    ['2026-03-29', 7, '2026-04-05'],
  ])('%s plus %i days is %s, across year ends, leap days and clock changes', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected)
  })
})

describe('keyDates', () => {
  it('gives the defaults while nothing is edited, marked as the default', () => {
    expect(keyDates(visit, DEFAULT_REVIEW_DEADLINES)).toEqual([
      { field: 'reportDueDate', label: 'Report due', date: '2026-03-31', isDefault: true, defaultDate: '2026-03-31' },
      {
        field: 'actionPlanDueDate',
        label: 'Action plan due',
        date: '2026-04-14',
        isDefault: true,
        defaultDate: '2026-04-14',
      },
      { field: 'nextReviewDate', label: 'Next review', date: '2027-03-03', isDefault: true, defaultDate: '2027-03-03' },
    ])
  })

  it('gives an edited date in place of its default, and keeps the default for "reset"', () => {
    const review = { ...visit, nextReviewDate: '2027-06-01', reportDueDate: null }
    expect(keyDate(review, 'nextReviewDate', DEFAULT_REVIEW_DEADLINES)).toBe('2027-06-01')
    expect(keyDates(review, DEFAULT_REVIEW_DEADLINES)[2]).toMatchObject({ isDefault: false, defaultDate: '2027-03-03' })
    expect(keyDate(review, 'reportDueDate', DEFAULT_REVIEW_DEADLINES)).toBe('2026-03-31')
  })

  it('gives none for a training exercise', () => {
    const training = { ...visit, type: 'training' as const, visitEnd: visit.visitStart, nextReviewDate: '2027-01-01' }
    expect(keyDates(training, DEFAULT_REVIEW_DEADLINES)).toEqual([])
    expect(keyDate(training, 'nextReviewDate', DEFAULT_REVIEW_DEADLINES)).toBeNull()
  })
})

describe('keyDateProblem: dates out of order', () => {
  it.each([
    [
      'reportDueDate',
      '2026-03-01',
      'The report is due before the first day of the visit: choose a date on or after it',
    ],
    ['reportDueDate', '2026-03-02', null],
    [
      'actionPlanDueDate',
      '2026-03-01',
      'The action plan is due before the first day of the visit: choose a date on or after it',
    ],
    ['actionPlanDueDate', '2026-03-02', null],
    [
      'nextReviewDate',
      '2026-03-02',
      'The next review is before the last day of the visit: choose a date on or after it',
    ],
    ['nextReviewDate', '2026-03-03', null],
    ['nextReviewDate', null, null],
  ] as const)('%s on %s: %s', (field, date, expected) => {
    expect(keyDateProblem(field, date, visit)).toBe(expected)
  })

  it('speaks of the assessment for a self-assessment', () => {
    expect(keyDateProblem('reportDueDate', '2026-01-01', { ...visit, type: 'self-assessment' })).toBe(
      'The report is due before the first day of the assessment: choose a date on or after it',
    )
  })
})

describe('keyDateState', () => {
  const open = { final: false, hasActionPlan: false, laterReviewStarted: false }
  it.each([
    ['2026-03-31', '2026-03-01', 'not-due'],
    ['2026-03-31', '2026-03-16', 'not-due'],
    ['2026-03-31', '2026-03-17', 'due'],
    ['2026-03-31', '2026-03-31', 'due'],
    ['2026-03-31', '2026-04-01', 'overdue'],
  ] as const)('a report due %s, on %s, not final: %s', (date, today, expected) => {
    expect(keyDateState('reportDueDate', date, open, today)).toBe(expected)
  })

  it('counts the report done once the review is final, even late', () => {
    expect(keyDateState('reportDueDate', '2026-03-31', { ...open, final: true }, '2026-06-01')).toBe('done')
  })

  it('counts the action plan done only when the review is final and the plan has entries', () => {
    const late = '2026-06-01'
    expect(keyDateState('actionPlanDueDate', '2026-04-14', { ...open, final: true }, late)).toBe('overdue')
    expect(keyDateState('actionPlanDueDate', '2026-04-14', { ...open, hasActionPlan: true }, late)).toBe('overdue')
    expect(keyDateState('actionPlanDueDate', '2026-04-14', { ...open, final: true, hasActionPlan: true }, late)).toBe(
      'done',
    )
  })

  it('counts the next review done when a later review has started', () => {
    expect(keyDateState('nextReviewDate', '2027-03-03', open, '2027-03-04')).toBe('overdue')
    expect(keyDateState('nextReviewDate', '2027-03-03', { ...open, laterReviewStarted: true }, '2027-03-04')).toBe(
      'done',
    )
  })
})

describe('the review’s schema', () => {
  const stored = {
    id: 'review-1',
    teamId: 'team-1',
    ...visit,
    scaleId: 'ips-uk',
    scaleVersion: '1.0.0',
    reviewers: [{ id: 'a', name: 'Sam' }],
    status: 'final',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    finalisedAt: '2026-03-10T09:00:00.000Z',
    reopenings: [],
  }
  const issues = (change: object) => {
    const result = ReviewSchema.safeParse({ ...stored, ...change })
    return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }))
  }

  it('reads a review written before key dates existed with every date at its default', () => {
    expect(ReviewSchema.parse(stored)).toMatchObject({
      reportDueDate: null,
      actionPlanDueDate: null,
      nextReviewDate: null,
    })
  })

  it('keeps dates in order', () => {
    expect(
      issues({ reportDueDate: '2026-03-02', actionPlanDueDate: '2026-04-01', nextReviewDate: '2026-03-03' }),
    ).toEqual([])
  })

  it('refuses each date out of order at its own field', () => {
    expect(
      issues({ reportDueDate: '2026-02-27', actionPlanDueDate: '2026-03-01', nextReviewDate: '2026-03-02' }),
    ).toEqual([
      { path: ['reportDueDate'], message: expect.stringMatching(/^The report is due before the first day/) },
      { path: ['actionPlanDueDate'], message: expect.stringMatching(/^The action plan is due before/) },
      { path: ['nextReviewDate'], message: expect.stringMatching(/^The next review is before the last day/) },
    ])
  })

  it('refuses a date that is not a date', () => {
    expect(issues({ nextReviewDate: '3 March 2027' })).toEqual([{ path: ['nextReviewDate'], message: 'Enter a date' }])
  })

  it('refuses a follow-up dated before the visit’s first day', () => {
    const followUps = [
      { id: 'f1', date: '2026-03-02', by: 'Sam', note: '' },
      { id: 'f2', date: '2026-03-01', by: 'Sam', note: '' },
    ]
    expect(issues({ followUps })).toEqual([
      { path: ['followUps', 1, 'date'], message: expect.stringMatching(/dated before the visit/) },
    ])
  })

  it('refuses any follow-up of a training exercise', () => {
    const training = { type: 'training', visitEnd: stored.visitStart, practiceCase: { caseId: 'c', caseVersion: '1' } }
    expect(issues(training)).toEqual([])
    expect(issues({ ...training, followUps: [{ id: 'f1', date: '2026-04-02', by: 'Sam', note: '' }] })).toEqual([
      { path: ['followUps'], message: 'A training exercise has no action plan to follow up.' },
    ])
  })
})
