import { describe, expect, it } from 'vitest'
import { AgreementError, agreementStats, formatKappa, formatPercent, ratingPairs } from '#domain/review/agreement'
import { rating } from '../scoring/results-helpers'

// Quadratic weights with k = 5 categories: w(i, j) = (i - j)² / (5 - 1)² = (i - j)² / 16.
// kappa = 1 - D_obs / D_exp, where D_obs = mean of w over the rated pairs and
// D_exp = mean of w over every (A score, B score) combination = chance disagreement from the marginals.

describe('agreementStats', () => {
  it('perfect agreement spread over all five scores: 100%, 100%, kappa 1', () => {
    // Pairs (1,1) (2,2) (3,3) (4,4) (5,5): D_obs = 0.
    // D_exp = Σ_i Σ_j (i-j)² / (16 × 25); Σ_i Σ_j (i-j)² over 1..5 = 2×5×55 - 2×15² = 550 - 450 = 100,
    // so D_exp = 100 / 400 = 0.25 and kappa = 1 - 0 / 0.25 = 1.
    const stats = agreementStats([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ])
    expect(stats).toEqual({
      itemsCompared: 5,
      exactCount: 5,
      exactPercent: 100,
      withinOneCount: 5,
      withinOnePercent: 100,
      weightedKappa: 1,
    })
  })

  it('total disagreement at opposite ends: 0%, 0%, kappa -1', () => {
    // Pairs (1,5) (5,1): each w = 16/16 = 1, so D_obs = 1.
    // A's marginal = B's marginal = {1: ½, 5: ½}; combinations (1,1) (1,5) (5,1) (5,5) each ¼
    // with weights 0, 1, 1, 0, so D_exp = ½ and kappa = 1 - 1 / ½ = -1.
    const stats = agreementStats([
      [1, 5],
      [5, 1],
    ])
    expect(stats).toMatchObject({ exactCount: 0, exactPercent: 0, withinOneCount: 0, withinOnePercent: 0 })
    expect(stats.weightedKappa).toBeCloseTo(-1, 10)
  })

  it('a mixed case: 50% exact, 75% within one point, kappa 0.375', () => {
    // Pairs (3,3) (4,3) (5,5) (2,4): exact 2 of 4 = 50%; within one 3 of 4 = 75% ((2,4) differs by 2).
    // D_obs = (0 + 1 + 0 + 4) / 16 / 4 = 5/64.
    // A = {3,4,5,2}, B = {3,3,5,4}; Σ over all 16 combinations of (a-b)²:
    //   a=3: 0+0+4+1 = 5; a=4: 1+1+1+0 = 3; a=5: 4+4+0+1 = 9; a=2: 1+1+9+4 = 15; total 32.
    // D_exp = 32 / 16 / 16 = 1/8, so kappa = 1 - (5/64) / (1/8) = 1 - 5/8 = 0.375.
    const stats = agreementStats([
      [3, 3],
      [4, 3],
      [5, 5],
      [2, 4],
    ])
    expect(stats).toMatchObject({
      itemsCompared: 4,
      exactCount: 2,
      exactPercent: 50,
      withinOneCount: 3,
      withinOnePercent: 75,
    })
    expect(stats.weightedKappa).toBeCloseTo(0.375, 10)
  })

  it('keeps percentages unrounded: 2 of 3 is 66.67%, shown as 67%', () => {
    // (4,4) (4,4) (2,5): exact 2/3; within one 2/3.
    const stats = agreementStats([
      [4, 4],
      [4, 4],
      [2, 5],
    ])
    expect(stats.exactPercent).toBeCloseTo(66.6667, 3)
    expect(formatPercent(stats.exactPercent)).toBe('67%')
  })

  it('has no kappa when nothing was compared', () => {
    expect(agreementStats([])).toEqual({
      itemsCompared: 0,
      exactCount: 0,
      exactPercent: 0,
      withinOneCount: 0,
      withinOnePercent: 0,
      weightedKappa: null,
    })
  })

  it('has no kappa when both reviewers gave every item the same score (chance disagreement 0)', () => {
    // A = B = {4,4,4}: every combination is (4,4) with weight 0, so D_exp = 0 and kappa = 0/0.
    const stats = agreementStats([
      [4, 4],
      [4, 4],
      [4, 4],
    ])
    expect(stats.exactPercent).toBe(100)
    expect(stats.weightedKappa).toBeNull()
    expect(formatKappa(stats.weightedKappa)).toBe('not defined')
  })

  it('gives kappa 0 when one reviewer always scores one point higher than constant', () => {
    // A = {3,3}, B = {4,4}: D_obs = 1/16; every combination is (3,4), so D_exp = 1/16 and kappa = 0.
    expect(
      agreementStats([
        [3, 4],
        [3, 4],
      ]).weightedKappa,
    ).toBe(0)
  })

  it.each([0, 6, 3.5])('rejects a score of %s', (score) => {
    expect(() => agreementStats([[score, 3]])).toThrow(AgreementError)
  })
})

describe('ratingPairs', () => {
  it('pairs the items both reviewers have rated, in the order given', () => {
    const a = [rating('x', 'a', 2), rating('y', 'a', 5), rating('z', 'a', null)]
    const b = [rating('z', 'b', 3), rating('y', 'b', 4), rating('x', 'b', 1), rating('w', 'b', 2)]
    expect(ratingPairs(['w', 'x', 'y', 'z'], a, b)).toEqual([
      [2, 1],
      [5, 4],
    ])
  })
})
