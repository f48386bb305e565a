import { describe, expect, it } from 'vitest'
import { computeResults, ResultsError, scoresForReview } from '#domain/scoring/results'
import { findScale } from '#domain/scale/catalogue'
import { bandEdges } from '../scale/helpers'
import { allScores, consensus, rating, scoresWithTotal } from './results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const us = findScale('ips-us', '1.0.0')!

describe.each([
  ['UK', uk, 'Not IPS'],
  ['US', us, 'Not supported employment'],
])('%s results: total and band at every band edge', (_name, scale, lowestLabel) => {
  it.each(bandEdges(lowestLabel))('a complete review totalling %s is %s', (total, label) => {
    const results = computeResults(scale, scoresWithTotal(scale, total))
    expect(results.complete).toBe(true)
    expect(results.total).toBe(total)
    expect(results.band?.label).toBe(label)
  })

  it.each([0, 6, 2.5, -1, Number.NaN])('rejects an item score of %s', (score) => {
    const scores = allScores(scale, 3, { 7: score })
    expect(() => computeResults(scale, scores)).toThrow(ResultsError)
    expect(() => computeResults(scale, scores)).toThrow(expect.objectContaining({ code: 'invalid-score' }))
  })

  it('rejects a score for an item the scale does not have', () => {
    const scores = { ...allScores(scale, 3), 'not-an-item': 3 }
    expect(() => computeResults(scale, scores)).toThrow(expect.objectContaining({ code: 'unknown-item' }))
  })
})

describe('section subtotals', () => {
  it('sums each section out of 5 per item: Staffing of 15, Organisation of 40, Services of 70', () => {
    // Items 1-3 at 4 (12), items 4-11 at 5 (40), items 12-25 at 2 (28).
    const byNumber: Record<number, number> = {}
    for (let n = 1; n <= 25; n++) byNumber[n] = n <= 3 ? 4 : n <= 11 ? 5 : 2
    const results = computeResults(uk, allScores(uk, 1, byNumber))
    expect(results.sections.map((s) => [s.title, s.total, s.max, s.ratedCount, s.itemCount])).toEqual([
      ['Staffing', 12, 15, 3, 3],
      ['Organisation', 40, 40, 8, 8],
      ['Services', 28, 70, 14, 14],
    ])
    expect(results.total).toBe(80)
    expect(results.band?.id).toBe('fair')
  })
})

describe('a provisional (incomplete) review', () => {
  it('sums only the rated items and has no band', () => {
    const results = computeResults(uk, allScores(uk, 5, { 2: null, 13: null }))
    expect(results).toMatchObject({ complete: false, ratedCount: 23, itemCount: 25, total: 115, band: null })
    expect(results.sections[0]).toMatchObject({ total: 10, ratedCount: 2, itemCount: 3, max: 15 })
    expect(results.scores[1]).toMatchObject({ score: null })
  })

  it('treats items missing from the map as not rated', () => {
    const results = computeResults(uk, {})
    expect(results).toMatchObject({ complete: false, ratedCount: 0, total: 0, band: null })
    expect(results.strengths).toEqual([])
    expect(results.priorities).toEqual([])
  })
})

describe('strengths and priorities', () => {
  it('lists items at 5 in scale order, and items at 3 or below lowest first then in scale order', () => {
    const results = computeResults(uk, allScores(uk, 4, { 9: 5, 2: 5, 20: 3, 6: 1, 14: 3, 3: 2, 25: 1 }))
    expect(results.strengths.map((item) => item.number)).toEqual([2, 9])
    expect(results.priorities.map((item) => item.number)).toEqual([6, 25, 3, 14, 20])
  })
})

describe('scoresForReview', () => {
  const [a, b] = [
    { id: 'reviewer-a', name: 'A' },
    { id: 'reviewer-b', name: 'B' },
  ]
  const ratings = [rating('caseload-size', 'reviewer-a', 2), rating('caseload-size', 'reviewer-b', 4)]

  it('uses the consensus scores when there are two reviewers', () => {
    const scores = scoresForReview({ reviewers: [a, b] }, ratings, [consensus('caseload-size', 3)])
    expect(scores).toEqual({ 'caseload-size': 3 })
  })

  it('uses the one reviewer’s own ratings when there is one reviewer, ignoring anyone else', () => {
    const scores = scoresForReview({ reviewers: [b] }, ratings, [consensus('caseload-size', 3)])
    expect(scores).toEqual({ 'caseload-size': 4 })
  })
})
