import { describe, expect, it } from 'vitest'
import {
  filterNetworkTeams,
  finalIndependentTotals,
  networkFilterChoices,
  networkTeam,
  WHOLE_NETWORK,
  type NetworkTeam,
} from '#domain/network/network-teams'
import { DEFAULT_REVIEW_DEADLINES } from '#domain/review/review-dates'
import { findScale } from '#domain/scale/catalogue'
import { computeResults } from '#domain/scoring/results'
import { allScores, review } from '../scoring/results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const scores: Record<string, Record<string, number | null>> = {
  old: allScores(uk, 3),
  latest: allScores(uk, 4, { 5: 2 }),
  self: allScores(uk, 5),
  partial: allScores(uk, 4, { 1: null }),
}
const resultsFor = (r: { id: string }) => (scores[r.id] ? computeResults(uk, scores[r.id]!) : null)
const reviews = [
  review({ id: 'old', visitStart: '2025-01-10', visitEnd: '2025-01-11' }),
  review({ id: 'latest', visitStart: '2026-02-02', visitEnd: '2026-02-03' }),
  review({ id: 'self', type: 'self-assessment', visitStart: '2026-06-01', visitEnd: '2026-06-01' }),
  review({ id: 'partial', teamId: 'team-2', visitStart: '2026-04-01', visitEnd: '2026-04-01' }),
]
const northgate = { id: 'team-1', name: 'Northgate CRT', organisation: 'Northgate NHS Trust', locality: 'North' }

describe('a team in the network', () => {
  it('takes the latest final independent review, never the later self-assessment, and its next review', () => {
    const entry = networkTeam(northgate, reviews, resultsFor, DEFAULT_REVIEW_DEADLINES, '2026-12-05')
    expect(entry.latest).toMatchObject({ reviewId: 'latest', total: 98, visitStart: '2026-02-02' })
    expect(entry.latest?.scores[uk.items[4]!.id]).toBe(2)
    expect(entry.nextReview).toEqual({ date: '2027-02-03', state: 'not-due' })
  })

  it('has neither a result nor a next review without a final independent review', () => {
    const entry = networkTeam(
      { ...northgate, id: 'team-3' },
      reviews,
      resultsFor,
      DEFAULT_REVIEW_DEADLINES,
      '2026-12-05',
    )
    expect(entry).toMatchObject({ latest: null, nextReview: null })
  })

  it('lists every final independent total for the trend, an incomplete one as null', () => {
    expect(finalIndependentTotals(['team-1', 'team-2'], reviews, resultsFor)).toEqual([
      { teamId: 'team-1', visitStart: '2025-01-10', total: 75 },
      { teamId: 'team-1', visitStart: '2026-02-02', total: 98 },
      { teamId: 'team-2', visitStart: '2026-04-01', total: null },
    ])
  })
})

describe('the subset the dashboard looks at', () => {
  const entry = (id: string, organisation: string, locality: string): NetworkTeam => ({
    team: { id, name: id, organisation, locality },
    latest: null,
    nextReview: null,
  })
  const teams = [
    entry('a', 'Northgate NHS Trust', 'North'),
    entry('b', ' northgate nhs trust', 'South'),
    entry('c', 'Eastfield Council', 'North '),
    entry('d', '', ''),
  ]

  it('filters by organisation and locality ignoring case and spaces; an empty choice means any', () => {
    expect(filterNetworkTeams(teams, WHOLE_NETWORK)).toHaveLength(4)
    const ids = (filter: typeof WHOLE_NETWORK) => filterNetworkTeams(teams, filter).map(({ team }) => team.id)
    expect(ids({ organisation: 'Northgate NHS Trust', locality: '' })).toEqual(['a', 'b'])
    expect(ids({ organisation: '', locality: 'north' })).toEqual(['a', 'c'])
    expect(ids({ organisation: 'Northgate NHS Trust', locality: 'North' })).toEqual(['a'])
  })

  it('offers each organisation and locality once, in name order, leaving out blanks', () => {
    expect(networkFilterChoices(teams)).toEqual({
      organisations: ['Eastfield Council', 'Northgate NHS Trust'],
      localities: ['North', 'South'],
    })
  })
})
