import { describe, expect, it } from 'vitest'
import { teamHistory } from '#domain/scoring/history'
import { computeResults } from '#domain/scoring/results'
import { findScale } from '#domain/scale/catalogue'
import { allScores, review, scoresWithTotal } from './results-helpers'

const uk = findScale('ips-uk', '1.0.0')!

describe('teamHistory', () => {
  const reviews = [
    review({ id: 'latest', visitStart: '2026-03-02', visitEnd: '2026-03-03' }),
    review({ id: 'self', type: 'self-assessment', visitStart: '2025-09-10', visitEnd: '2025-09-10' }),
    review({ id: 'first', visitStart: '2025-03-01', visitEnd: '2025-03-02' }),
    review({ id: 'training', type: 'training', visitStart: '2025-06-01', visitEnd: '2025-06-01' }),
    review({ id: 'draft', status: 'scoring', finalisedAt: null, visitStart: '2026-06-01', visitEnd: '2026-06-01' }),
    review({ id: 'elsewhere', teamId: 'team-2', visitStart: '2025-05-01', visitEnd: '2025-05-01' }),
    review({ id: 'missing-scale', visitStart: '2025-12-01', visitEnd: '2025-12-01' }),
  ]
  const totals: Record<string, number> = { latest: 118, self: 104, first: 96, training: 60, draft: 70, elsewhere: 50 }
  const resultsFor = (r: { id: string }) =>
    r.id in totals ? computeResults(uk, scoresWithTotal(uk, totals[r.id]!)) : null

  it('lists the team’s final reviews oldest first with total, band and type, leaving out training', () => {
    const points = teamHistory('team-1', reviews, resultsFor)
    expect(points.map((p) => [p.reviewId, p.date, p.type, p.total, p.band?.label ?? null])).toEqual([
      ['first', '2025-03-01', 'independent', 96, 'Fair fidelity'],
      ['self', '2025-09-10', 'self-assessment', 104, 'Good fidelity'],
      ['missing-scale', '2025-12-01', 'independent', null, null],
      ['latest', '2026-03-02', 'independent', 118, 'Exemplary fidelity'],
    ])
  })

  it('works out each change against the previous review of the same type, never across types', () => {
    const points = teamHistory('team-1', reviews, resultsFor)
    expect(points.map((p) => [p.reviewId, p.comparedWith?.reviewId ?? null, p.change])).toEqual([
      ['first', null, null],
      // The only self-assessment: nothing of its own kind to compare with.
      ['self', null, null],
      ['missing-scale', 'first', null],
      // Against the independent review before it, whose total is unknown; not against the self-assessment.
      ['latest', 'missing-scale', null],
    ])
    const withoutMissing = teamHistory(
      'team-1',
      reviews.filter((r) => r.id !== 'missing-scale'),
      resultsFor,
    )
    expect(withoutMissing.find((p) => p.reviewId === 'latest')).toMatchObject({
      comparedWith: { reviewId: 'first', date: '2025-03-01' },
      change: 118 - 96,
    })
  })

  it('shows no total for a final review whose scores are incomplete', () => {
    const points = teamHistory('team-1', [review()], () => computeResults(uk, allScores(uk, 4, { 3: null })))
    expect(points[0]).toMatchObject({ total: null, band: null })
  })
})
