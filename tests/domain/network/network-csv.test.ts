import { describe, expect, it } from 'vitest'
import { networkCsv } from '#domain/network/network-csv'
import type { NetworkTeam } from '#domain/network/network-teams'
import { findScale } from '#domain/scale/catalogue'
import { parseCsv } from '#domain/text/csv'
import { allScores } from '../scoring/results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const good = uk.bands.find((band) => band.id === 'good')!

const teams: NetworkTeam[] = [
  {
    team: { id: 't2', name: 'Westbrook EIP', organisation: '=HYPERLINK("http://x")', locality: 'West' },
    latest: null,
    nextReview: null,
  },
  {
    team: { id: 't1', name: 'Northgate CRT', organisation: 'Northgate NHS Trust', locality: 'North' },
    latest: {
      teamId: 't1',
      teamName: 'Northgate CRT',
      reviewId: 'r1',
      visitStart: '2026-02-02',
      total: 104,
      band: good,
      scores: allScores(uk, 4, { 1: 5, 2: 5, 3: 5, 4: 5 }),
    },
    nextReview: { date: '2027-02-03', state: 'not-due' },
  },
]

const read = (text: string) => {
  const parsed = parseCsv(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.rows.map((row) => row.cells)
}

describe('the network CSV', () => {
  it('has one row per team by name, a column per item, total, band and next review', () => {
    const [header, northgate, westbrook] = read(networkCsv(uk, teams))
    expect(header!.slice(0, 5)).toEqual([
      'Team',
      'Organisation',
      'Locality',
      'Latest independent review',
      '1 Caseload size',
    ])
    expect(header!.slice(-4)).toEqual(['Total', 'Band', 'Next review', 'Next review state'])
    expect(header).toHaveLength(4 + 25 + 4)
    expect(northgate!.slice(0, 9)).toEqual([
      'Northgate CRT',
      'Northgate NHS Trust',
      'North',
      '2026-02-02',
      '5',
      '5',
      '5',
      '5',
      '4',
    ])
    expect(northgate!.slice(-4)).toEqual(['104', 'Good fidelity', '2027-02-03', 'Not due yet'])
    // A team without a final independent review keeps its row, empty where there is nothing to show.
    expect(westbrook!.slice(3)).toEqual(Array(1 + 25 + 4).fill(''))
  })

  it('makes a formula-like cell inert, as the scores CSV does', () => {
    const text = networkCsv(uk, teams)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(read(text)[2]![1]).toBe(`'=HYPERLINK("http://x")`)
  })

  it('takes extra columns at the end (outcomes come this way)', () => {
    const [header, northgate] = read(
      networkCsv(uk, teams, [{ header: 'Employment rate', cell: ({ team }) => (team.id === 't1' ? 42 : null) }]),
    )
    expect(header!.at(-1)).toBe('Employment rate')
    expect(northgate!.at(-1)).toBe('42')
  })
})
