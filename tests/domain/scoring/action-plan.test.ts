import { describe, expect, it } from 'vitest'
import {
  ActionPlanEntrySchema,
  actionPlanReportDate,
  defaultTargetDate,
  itemsNeedingActions,
  itemsNotScored,
  targetDateProblem,
} from '#domain/scoring/action-plan'
import { computeResults } from '#domain/scoring/results'
import { findScale } from '#domain/scale/catalogue'
import { allScores, review } from './results-helpers'

const uk = findScale('ips-uk', '1.0.0')!

describe('defaultTargetDate', () => {
  it.each([
    ['2026-11-21', 6, '2027-01-02'],
    ['2026-02-20', 1, '2026-02-27'],
    ['2028-02-22', 1, '2028-02-29'], // leap year
    ['2026-03-20', 2, '2026-04-03'], // across the UK clocks change: still whole days
  ])('from %s, %i weeks on is %s', (from, weeks, expected) => {
    expect(defaultTargetDate(from, weeks)).toBe(expected)
  })
})

describe('actionPlanReportDate', () => {
  it('is the day the review was finalised, or the last day of the visit before then', () => {
    expect(actionPlanReportDate({ finalisedAt: '2026-12-01T15:00:00.000Z', visitEnd: '2026-11-21' })).toBe('2026-12-01')
    expect(actionPlanReportDate({ finalisedAt: null, visitEnd: '2026-11-21' })).toBe('2026-11-21')
  })
})

describe('targetDateProblem', () => {
  const visit = review({ visitStart: '2026-11-20', visitEnd: '2026-11-21' })
  it.each([
    [null, null],
    ['2026-11-20', null],
    ['2027-01-02', null],
    ['2026-11-19', 'The target date is before the visit: choose a date after the visit'],
  ])('for %s says %s', (date, expected) => {
    expect(targetDateProblem(date, visit)).toBe(expected)
  })
})

describe('itemsNeedingActions', () => {
  const results = computeResults(uk, allScores(uk, 4, { 9: 5, 20: 3, 6: 1, 14: 3, 3: 2, 25: 1, 2: null }))

  it('lists items at or below 3 by default, lowest score first, then item order', () => {
    expect(itemsNeedingActions(results).map((e) => [e.item.number, e.score])).toEqual([
      [6, 1],
      [25, 1],
      [3, 2],
      [14, 3],
      [20, 3],
    ])
  })

  it.each([
    [1, [6, 25]],
    [2, [6, 25, 3]],
    [4, 23],
    [5, 24],
  ])('follows a threshold of %i', (threshold, expected) => {
    const found = itemsNeedingActions(results, threshold).map((e) => e.item.number)
    if (typeof expected === 'number') expect(found).toHaveLength(expected)
    else expect(found).toEqual(expected)
  })

  it('leaves out unscored items, which are listed separately', () => {
    expect(itemsNeedingActions(results, 5).some((e) => e.item.number === 2)).toBe(false)
    expect(itemsNotScored(results).map((item) => item.number)).toEqual([2])
  })
})

describe('ActionPlanEntrySchema', () => {
  const entry = {
    id: 'a1',
    reviewId: 'r1',
    itemId: 'caseload-size',
    recommendation: 'Reduce caseloads',
    action: 'Recruit',
    owner: 'Team leader',
    targetDate: '2027-01-02',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
  }
  it('accepts an entry with or without a target date, and refuses a date that is not ISO', () => {
    expect(ActionPlanEntrySchema.safeParse(entry).success).toBe(true)
    expect(ActionPlanEntrySchema.safeParse({ ...entry, targetDate: null }).success).toBe(true)
    expect(ActionPlanEntrySchema.safeParse({ ...entry, targetDate: '02/01/2027' }).error?.issues[0]?.message).toBe(
      'Enter a date',
    )
  })
})
