import { describe, expect, it } from 'vitest'
import { orderByDisagreement } from '#domain/scoring/consensus-order'
import { findScale } from '#domain/scale/catalogue'
import { rating } from './results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const idOf = (n: number) => uk.items.find((item) => item.number === n)!.id

/** Reviewer A and B ratings from [number, scoreA, scoreB] rows; items not listed are unrated by both. */
function ratings(rows: [number, number | null, number | null][]) {
  return {
    a: rows.map(([n, a]) => rating(idOf(n), 'reviewer-a', a)),
    b: rows.map(([n, , b]) => rating(idOf(n), 'reviewer-b', b)),
  }
}

describe('orderByDisagreement', () => {
  it('puts the largest difference first, ties in scale order, agreements next, unrated items last', () => {
    const rows: [number, number | null, number | null][] = []
    for (let n = 1; n <= 25; n++) rows.push([n, 4, 4])
    rows[9] = [10, 1, 5] // difference 4
    rows[2] = [3, 5, 3] // difference 2
    rows[19] = [20, 2, 4] // difference 2, later in the scale than item 3
    rows[4] = [5, 3, 4] // difference 1
    rows[1] = [2, null, 4] // B rated, A not: no difference yet
    rows[0] = [1, 3, null]
    const { a, b } = ratings(rows)
    const ordered = orderByDisagreement(uk, a, b)
    expect(ordered.slice(0, 5).map((row) => [row.item.number, row.difference])).toEqual([
      [10, 4],
      [3, 2],
      [20, 2],
      [5, 1],
      [4, 0],
    ])
    expect(ordered.slice(-3).map((row) => [row.item.number, row.difference])).toEqual([
      [25, 0],
      [1, null],
      [2, null],
    ])
    expect(ordered).toHaveLength(25)
    expect(ordered[0]!.a?.score).toBe(1)
    expect(ordered[0]!.b?.score).toBe(5)
  })

  it('lists every item even when nobody has rated anything, in scale order', () => {
    const ordered = orderByDisagreement(uk, [], [])
    expect(ordered.map((row) => row.item.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    expect(ordered.every((row) => row.a === undefined && row.b === undefined && row.difference === null)).toBe(true)
  })
})
