import { describe, expect, it } from 'vitest'
import {
  findingFromScore,
  itemFinding,
  moveTopRecommendation,
  ReportNarrativeSchema,
  topRecommendationsAdvice,
  topRecommendationsStillValid,
} from '#domain/scoring/report-narrative'

describe('the finding an item gets', () => {
  it.each([
    // score, threshold, chosen, recommendation written, finding
    [null, 3, null, '', 'none'],
    [5, 3, null, '', 'strength'],
    [4, 3, null, '', 'none'],
    [3, 3, null, 'Hold joint reviews', 'recommendation'],
    [3, 3, null, '', 'area-to-develop'],
    [1, 3, null, '   ', 'area-to-develop'],
    [4, 4, null, 'Widen the search', 'recommendation'],
    // The reviewers' choice wins over the score's.
    [4, 3, 'strength', '', 'strength'],
    [5, 3, 'area-to-develop', '', 'area-to-develop'],
    [4, 3, 'recommendation', 'Widen the search', 'recommendation'],
    // A chosen recommendation with nothing written is never printed as an empty one.
    [2, 3, 'recommendation', '', 'area-to-develop'],
  ] as const)('score %s, threshold %s, chosen %s, written "%s": %s', (score, threshold, kind, text, expected) => {
    expect(itemFinding(score, threshold, kind === null ? undefined : { kind }, text)).toBe(expected)
  })

  it('follows the score when the reviewers have written words but chosen no kind', () => {
    expect(itemFinding(5, 3, { kind: null }, '')).toBe('strength')
    expect(findingFromScore(3, 2)).toBe('none')
  })
})

describe('the top recommendations', () => {
  it('keeps the reviewers’ order and drops items that are no longer recommendations', () => {
    expect(topRecommendationsStillValid(['c', 'a', 'gone', 'b'], new Set(['a', 'b', 'c']))).toEqual(['c', 'a', 'b'])
  })

  it('moves one up or down, and leaves the ends where they are', () => {
    expect(moveTopRecommendation(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b'])
    expect(moveTopRecommendation(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c'])
    expect(moveTopRecommendation(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c'])
    expect(moveTopRecommendation(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c'])
    expect(moveTopRecommendation(['a', 'b'], 'x', 1)).toEqual(['a', 'b'])
  })

  it.each([
    [0, 0, null],
    [0, 2, 'Pick the 2 recommendations to lead the report.'],
    [0, 1, 'Pick the recommendation to lead the report.'],
    [2, 2, null],
    [2, 8, 'Pick 3 to 5 recommendations to lead the report (2 picked).'],
    [3, 8, null],
    [5, 8, null],
  ])('%s picked of %s: %s', (picked, available, advice) => {
    expect(topRecommendationsAdvice(picked, available)).toBe(advice)
  })

  it('refuses more than 5, or one picked twice', () => {
    const narrative = {
      reviewId: 'r',
      executiveSummary: '',
      serviceContext: null,
      overallStrengths: '',
      updatedAt: '2026-12-01T10:00:00.000Z',
    }
    expect(
      ReportNarrativeSchema.safeParse({ ...narrative, topRecommendations: ['a', 'b', 'c', 'd', 'e'] }).success,
    ).toBe(true)
    const six = ReportNarrativeSchema.safeParse({ ...narrative, topRecommendations: ['a', 'b', 'c', 'd', 'e', 'f'] })
    expect(six.error?.issues[0]?.message).toBe('Pick at most 5 top recommendations')
    const twice = ReportNarrativeSchema.safeParse({ ...narrative, topRecommendations: ['a', 'a'] })
    expect(twice.error?.issues[0]?.message).toBe('A recommendation is picked twice')
  })

  it('accepts a long summary up to 20,000 characters and refuses one longer', () => {
    const base = { reviewId: 'r', serviceContext: null, overallStrengths: '', topRecommendations: [] }
    const at = { updatedAt: '2026-12-01T10:00:00.000Z' }
    expect(ReportNarrativeSchema.safeParse({ ...base, ...at, executiveSummary: 'x'.repeat(20_000) }).success).toBe(true)
    const long = ReportNarrativeSchema.safeParse({ ...base, ...at, executiveSummary: 'x'.repeat(20_001) })
    expect(long.error?.issues[0]?.message).toBe('Keep this under 20,000 characters')
  })
})
