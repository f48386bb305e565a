import { describe, expect, it } from 'vitest'
import {
  comparisonBasis,
  compareResults,
  describeBandChange,
  formatChange,
  previousFinalReview,
} from '#domain/scoring/comparison'
import { computeResults } from '#domain/scoring/results'
import { findScale } from '#domain/scale/catalogue'
import { allScores, review, scoresWithTotal } from './results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const us = findScale('ips-us', '1.0.0')!

describe('previousFinalReview', () => {
  const current = review({ id: 'now', visitStart: '2026-03-02', status: 'consensus', finalisedAt: null })

  it('picks the newest final review of the same team whose visit came before this one', () => {
    const reviews = [
      current,
      review({ id: 'oldest', visitStart: '2024-03-01', visitEnd: '2024-03-02' }),
      review({ id: 'last-year', visitStart: '2025-03-01', visitEnd: '2025-03-02' }),
      review({ id: 'other-team', teamId: 'team-2', visitStart: '2025-09-01', visitEnd: '2025-09-01' }),
      review({
        id: 'not-final',
        status: 'scoring',
        finalisedAt: null,
        visitStart: '2025-10-01',
        visitEnd: '2025-10-01',
      }),
      review({ id: 'training', type: 'training', visitStart: '2025-11-01', visitEnd: '2025-11-01' }),
      review({ id: 'later', visitStart: '2026-09-01', visitEnd: '2026-09-01' }),
    ]
    expect(previousFinalReview(reviews, current)?.id).toBe('last-year')
  })

  it('finds nothing for a team’s first review', () => {
    expect(previousFinalReview([current], current)).toBeUndefined()
  })
})

describe('comparisonBasis: like for like', () => {
  // A team's reviews over three years; "ind" independent, "self" self-assessment, "train" training exercise.
  const history = [
    review({ id: 'ind-2024', visitStart: '2024-03-01', visitEnd: '2024-03-02' }),
    review({ id: 'self-2024', type: 'self-assessment', visitStart: '2024-09-01', visitEnd: '2024-09-01' }),
    review({ id: 'ind-2025', visitStart: '2025-03-01', visitEnd: '2025-03-02' }),
    review({ id: 'self-2025-a', type: 'self-assessment', visitStart: '2025-06-01', visitEnd: '2025-06-01' }),
    review({ id: 'train-2025', type: 'training', visitStart: '2025-08-01', visitEnd: '2025-08-01' }),
    review({ id: 'self-2025-b', type: 'self-assessment', visitStart: '2025-11-01', visitEnd: '2025-11-01' }),
    review({
      id: 'self-draft',
      type: 'self-assessment',
      status: 'scoring',
      finalisedAt: null,
      visitStart: '2026-01-10',
      visitEnd: '2026-01-10',
    }),
    review({ id: 'ind-2026', visitStart: '2026-03-02', visitEnd: '2026-03-03' }),
    review({ id: 'self-2026', type: 'self-assessment', visitStart: '2026-04-01', visitEnd: '2026-04-01' }),
  ]
  const byId = (id: string) => history.find((r) => r.id === id)!

  it.each([
    // current, compared with, shown beside (newest first)
    ['ind-2026', 'ind-2025', ['self-2025-b', 'self-2025-a']],
    ['ind-2025', 'ind-2024', ['self-2024']],
    ['ind-2024', undefined, []],
    ['self-2026', 'self-2025-b', ['ind-2026']],
    ['self-2025-b', 'self-2025-a', []],
    ['self-2025-a', 'self-2024', ['ind-2025']],
    // No earlier self-assessment: only the newest independent review is shown beside it.
    ['self-2024', undefined, ['ind-2024']],
    ['train-2025', undefined, []],
  ])('%s is compared with %s, with %j beside it', (current, previous, alongside) => {
    const basis = comparisonBasis(history, byId(current))
    expect(basis.previous?.id).toBe(previous)
    expect(basis.alongside.map((r) => r.id)).toEqual(alongside)
    expect(previousFinalReview(history, byId(current))?.id).toBe(previous)
  })

  it('never compares an independent review with a self-assessment, however recent', () => {
    const current = review({ id: 'now', visitStart: '2026-03-02', status: 'consensus', finalisedAt: null })
    const self = review({ id: 'self', type: 'self-assessment', visitStart: '2026-02-01', visitEnd: '2026-02-01' })
    expect(comparisonBasis([self, current], current)).toEqual({ previous: undefined, alongside: [self] })
  })
})

describe('compareResults', () => {
  it('gives the change per item, the total change and the band change ("from Good to Exemplary")', () => {
    const before = computeResults(uk, allScores(uk, 4, { 1: 3, 2: 5 })) // 100: Good
    const after = computeResults(uk, allScores(uk, 5, { 2: 4, 3: 4 })) // 123: Exemplary
    const comparison = compareResults(after, before)
    expect(comparison.items.slice(0, 4).map((row) => [row.item.number, row.previous, row.current, row.change])).toEqual(
      [
        [1, 3, 5, 2],
        [2, 5, 4, -1],
        [3, 4, 4, 0],
        [4, 4, 5, 1],
      ],
    )
    expect(comparison.totalChange).toBe(23)
    expect(comparison.bandChange.direction).toBe('up')
    expect(describeBandChange(comparison.bandChange)).toBe('from Good fidelity to Exemplary fidelity')
  })

  it('compares across scale versions by item id and band edges', () => {
    const before = computeResults(us, scoresWithTotal(us, 114)) // Good
    const after = computeResults(uk, scoresWithTotal(uk, 99)) // Fair
    const comparison = compareResults(after, before)
    expect(comparison.bandChange).toMatchObject({ direction: 'down' })
    expect(describeBandChange(comparison.bandChange)).toBe('from Good fidelity to Fair fidelity')
    expect(comparison.totalChange).toBe(-15)
  })

  it('says the band stayed the same', () => {
    const comparison = compareResults(
      computeResults(uk, scoresWithTotal(uk, 110)),
      computeResults(uk, scoresWithTotal(uk, 100)),
    )
    expect(comparison.bandChange.direction).toBe('same')
    expect(describeBandChange(comparison.bandChange)).toBe('still Good fidelity')
  })

  it('has no total or band change while the current review is provisional', () => {
    const comparison = compareResults(
      computeResults(uk, allScores(uk, 4, { 5: null })),
      computeResults(uk, allScores(uk, 4)),
    )
    expect(comparison.totalChange).toBeNull()
    expect(comparison.bandChange).toMatchObject({ to: null, direction: null })
    expect(describeBandChange(comparison.bandChange)).toBeNull()
    expect(comparison.items[4]).toMatchObject({ previous: 4, current: null, change: null })
  })
})

describe('formatChange', () => {
  it.each([
    [1, '+1'],
    [-2, '-2'],
    [0, '0'],
    [null, ''],
  ])('%s → "%s"', (change, text) => {
    expect(formatChange(change)).toBe(text)
  })
})
