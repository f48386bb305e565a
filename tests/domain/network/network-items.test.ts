import { describe, expect, it } from 'vitest'
import {
  bandDistribution,
  heatMap,
  itemsAcrossNetwork,
  itemsBelowNetworkMedian,
  latestIndependentResult,
  median,
  networkTrend,
  weakestItems,
  type TeamResult,
} from '#domain/network/network-items'
import { computeResults } from '#domain/scoring/results'
import { findScale } from '#domain/scale/catalogue'
import { allScores, review } from '../scoring/results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const itemId = (number: number) => uk.items.find((item) => item.number === number)!.id

/** A team's latest result from its scores, as the network view reads it. */
function team(name: string, scores: Record<string, number | null>): TeamResult {
  const results = computeResults(uk, scores)
  return {
    teamId: name.toLowerCase(),
    teamName: name,
    reviewId: `${name.toLowerCase()}-review`,
    visitStart: '2026-03-02',
    total: results.complete ? results.total : null,
    band: results.band,
    scores,
  }
}

describe('median', () => {
  it('takes the middle score, the mean of the two middle ones for an even count, and none of nothing', () => {
    expect(median([4, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 5])).toBe(3.5)
    expect(median([2, 2, 2, 5])).toBe(2)
    expect(median([])).toBeNull()
  })
})

describe('latestIndependentResult', () => {
  const reviews = [
    review({ id: 'old', visitStart: '2025-02-01', visitEnd: '2025-02-02' }),
    review({ id: 'new', visitStart: '2026-02-01', visitEnd: '2026-02-02' }),
    review({ id: 'self', type: 'self-assessment', visitStart: '2026-06-01', visitEnd: '2026-06-01' }),
    review({ id: 'draft', status: 'scoring', finalisedAt: null, visitStart: '2026-09-01', visitEnd: '2026-09-01' }),
  ]
  const scores: Record<string, Record<string, number | null>> = {
    old: allScores(uk, 2),
    new: allScores(uk, 4, { 5: 1 }),
    self: allScores(uk, 5),
    draft: allScores(uk, 5),
  }
  const resultsFor = (r: { id: string }) => computeResults(uk, scores[r.id]!)

  it('is the newest final independent review: never a later self-assessment or a draft', () => {
    const latest = latestIndependentResult({ id: 'team-1', name: 'Northgate' }, reviews, resultsFor)
    expect(latest).toMatchObject({ reviewId: 'new', visitStart: '2026-02-01', total: 24 * 4 + 1 })
    expect(latest?.band?.label).toBe('Fair fidelity')
    expect(latest?.scores[itemId(5)]).toBe(1)
  })

  it('is null for a team with no final independent review', () => {
    expect(latestIndependentResult({ id: 'team-2', name: 'Riverside' }, reviews, resultsFor)).toBeNull()
    const onlySelf = [reviews[2]!]
    expect(latestIndependentResult({ id: 'team-1', name: 'Northgate' }, onlySelf, resultsFor)).toBeNull()
  })
})

describe('the network’s items', () => {
  const teams = [
    team('Riverside', allScores(uk, 4, { 1: 2, 2: 3 })),
    team('Eastfield', allScores(uk, 5, { 1: 3, 2: 1 })),
    // A review whose item 3 was never scored (repaired data): it counts for the other items only.
    team('Northgate', allScores(uk, 3, { 1: 5, 3: null })),
  ]

  it('shows teams by items in scale order, sorted by team name, with an empty cell where nothing was scored', () => {
    const map = heatMap(uk, teams)
    expect(map.items.map((item) => item.number)).toEqual(uk.items.map((_, i) => i + 1))
    expect(map.rows.map((row) => row.teamName)).toEqual(['Eastfield', 'Northgate', 'Riverside'])
    expect(map.rows[1]!.cells.slice(0, 4)).toEqual([5, 3, null, 3])
  })

  it('gives each item its median over the teams that scored it, and counts the teams weak in it', () => {
    const items = itemsAcrossNetwork(uk, teams)
    expect(items[0]).toMatchObject({ number: 1, median: 3, scoredBy: 3, weakIn: 2 })
    expect(items[1]).toMatchObject({ number: 2, median: 3, scoredBy: 3, weakIn: 3 })
    // Two teams scored item 3 (4 and 5): the median is between them.
    expect(items[2]).toMatchObject({ number: 3, median: 4.5, scoredBy: 2, weakIn: 0 })
  })

  it('lists where the network needs training: most teams first, ties in item order', () => {
    const weakest = weakestItems(itemsAcrossNetwork(uk, teams))
    expect(weakest.slice(0, 3).map((item) => [item.number, item.weakIn])).toEqual([
      [2, 3],
      [1, 2],
      [4, 1],
    ])
    expect(weakest.some((item) => item.number === 3)).toBe(false)
  })

  it('names the items on which a team is below the network median', () => {
    const items = itemsAcrossNetwork(uk, teams)
    // Riverside's 4 on item 3 is below the 4.5 between Riverside and Eastfield.
    expect(itemsBelowNetworkMedian(teams[0]!, items)).toEqual([1, 3])
    expect(itemsBelowNetworkMedian(teams[1]!, items)).toEqual([2])
    // Northgate's 3s are below the median 4 of every item from 4 on; item 3 it did not score.
    expect(itemsBelowNetworkMedian(teams[2]!, items)).toEqual(uk.items.slice(3).map((item) => item.number))
  })

  it('counts the teams in each band and those with no complete total, and has nothing to say with no teams', () => {
    const distribution = bandDistribution(uk, teams)
    // Eastfield 119, Riverside 97; Northgate has an item not scored, so no total and no band.
    expect(distribution.bands.map(({ band, teams: n }) => [band.label, n])).toEqual([
      ['Exemplary fidelity', 1],
      ['Good fidelity', 0],
      ['Fair fidelity', 1],
      ['Not IPS', 0],
    ])
    expect(distribution.incomplete).toBe(1)
    expect(itemsAcrossNetwork(uk, []).every((item) => item.median === null && item.scoredBy === 0)).toBe(true)
    expect(heatMap(uk, []).rows).toEqual([])
  })
})

describe('networkTrend', () => {
  it('means the complete totals of each year’s visits, oldest year first, to one decimal', () => {
    expect(
      networkTrend([
        { visitStart: '2026-03-01', total: 100 },
        { visitStart: '2025-05-01', total: 90 },
        { visitStart: '2026-11-30', total: 101 },
        { visitStart: '2026-12-01', total: 101 },
        { visitStart: '2025-07-01', total: null },
      ]),
    ).toEqual([
      { year: 2025, meanTotal: 90, reviews: 1 },
      { year: 2026, meanTotal: 100.7, reviews: 3 },
    ])
  })
})
