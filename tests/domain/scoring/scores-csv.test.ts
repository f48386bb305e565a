import { describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { computeResults } from '#domain/scoring/results'
import { scoresCsv, scoresCsvRows, type ScoresCsvInput } from '#domain/scoring/scores-csv'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { allScores, consensus, rating, review, team } from './results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const us = findScale('ips-us', '1.0.0')!

/** A small RFC 4180 reader for the app's CSV, where every field is quoted. */
function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  expect(csv.endsWith('\r\n')).toBe(true)
  const rows: string[][] = []
  let row: string[] = []
  let i = 1
  while (i < csv.length) {
    expect(csv[i]).toBe('"')
    let cell = ''
    i += 1
    for (;;) {
      if (i >= csv.length) throw new Error('A quoted field is not closed')
      if (csv[i] === '"' && csv[i + 1] === '"') {
        cell += '"'
        i += 2
      } else if (csv[i] === '"') {
        i += 1
        break
      } else {
        cell += csv[i]
        i += 1
      }
    }
    row.push(cell)
    if (csv.startsWith('\r\n', i)) {
      rows.push(row)
      row = []
      i += 2
    } else {
      expect(csv[i]).toBe(',')
      i += 1
    }
  }
  return rows
}

/** The cells of one data row by header name. */
function byColumn(csv: string, rowIndex = 0): Record<string, string> {
  const [header = [], ...rows] = parse(csv)
  const row = rows[rowIndex] ?? []
  return Object.fromEntries(header.map((name, i) => [name, row[i] ?? '(missing)']))
}

const scoresBy = (scale: ScaleFile, score: number, byNumber: Record<number, number | null> = {}) =>
  allScores(scale, score, byNumber)

describe('scoresCsv', () => {
  it('has a column per item named by number and title, then section subtotals, total and band', () => {
    const csv = scoresCsv([{ team: team(), review: review(), scale: uk, results: computeResults(uk, scoresBy(uk, 4)) }])
    const [header] = parse(csv)
    expect(header?.slice(0, 9)).toEqual([
      'Team',
      'Organisation',
      'Review type',
      'Status',
      'Visit start',
      'Visit end',
      'Finalised on',
      'Scale',
      'Scale version',
    ])
    expect(header?.[9]).toBe('1 Caseload size')
    expect(header?.[33]).toBe('25 Assertive engagement and outreach by the integrated treatment team')
    expect(header?.slice(34)).toEqual([
      'Staffing subtotal',
      'Organisation subtotal',
      'Services subtotal',
      'Items rated',
      'Total',
      'Band',
    ])
  })

  it('writes a complete review’s scores, subtotals, total, band, type and dates', () => {
    const scores = scoresBy(uk, 4, { 1: 5, 25: 2 })
    const csv = scoresCsv([{ team: team(), review: review(), scale: uk, results: computeResults(uk, scores) }])
    const row = byColumn(csv)
    expect(row).toMatchObject({
      Team: 'Northgate CRT',
      Organisation: 'Northgate NHS Trust',
      'Review type': 'Independent fidelity review',
      Status: 'Final',
      'Visit start': '2026-03-02',
      'Visit end': '2026-03-03',
      'Finalised on': '2026-03-02',
      Scale: 'IPS Fidelity Scale (UK version)',
      'Scale version': '1.0.0',
      '1 Caseload size': '5',
      '2 Employment services staff': '4',
      '25 Assertive engagement and outreach by the integrated treatment team': '2',
      'Staffing subtotal': '13',
      'Organisation subtotal': '32',
      'Services subtotal': '54',
      'Items rated': '25',
      Total: '99',
      Band: 'Fair fidelity',
    })
  })

  it('leaves subtotals, total and band empty where items are unrated, so a partial sum is never read as a total', () => {
    const scores = scoresBy(uk, 3, { 2: null, 20: null })
    const draft = review({ status: 'scoring', finalisedAt: null })
    const row = byColumn(scoresCsv([{ team: team(), review: draft, scale: uk, results: computeResults(uk, scores) }]))
    expect(row).toMatchObject({
      Status: 'Scoring',
      'Finalised on': '',
      '2 Employment services staff': '',
      'Staffing subtotal': '',
      'Organisation subtotal': '24',
      'Services subtotal': '',
      'Items rated': '23',
      Total: '',
      Band: '',
    })
  })

  it('makes a team name that is a spreadsheet formula inert text', () => {
    const hostile = team({ name: '=HYPERLINK("http://evil.example","Click")', organisation: '@SUM(A1:A9)' })
    const csv = scoresCsv([
      { team: hostile, review: review(), scale: uk, results: computeResults(uk, scoresBy(uk, 4)) },
    ])
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""Click"")"')
    const row = byColumn(csv)
    expect(row.Team).toBe('\'=HYPERLINK("http://evil.example","Click")')
    expect(row.Organisation).toBe("'@SUM(A1:A9)")
  })

  it('sorts rows by team, then visit, and puts UK and US reviews in the same item columns', () => {
    const a = team({ id: 'a', name: 'Ashford' })
    const b = team({ id: 'b', name: 'Brent' })
    const csv = scoresCsv([
      {
        team: b,
        review: review({ id: 'r1', visitStart: '2026-01-05', visitEnd: '2026-01-06' }),
        scale: uk,
        results: computeResults(uk, scoresBy(uk, 2)),
      },
      {
        team: a,
        review: review({ id: 'r2', visitStart: '2026-02-01', visitEnd: '2026-02-02' }),
        scale: us,
        results: computeResults(us, scoresBy(us, 5)),
      },
      {
        team: a,
        review: review({ id: 'r3', visitStart: '2025-06-01', visitEnd: '2025-06-02' }),
        scale: uk,
        results: computeResults(uk, scoresBy(uk, 3)),
      },
    ])
    const rows = parse(csv).slice(1)
    expect(rows.map((r) => [r[0], r[4]])).toEqual([
      ['Ashford', '2025-06-01'],
      ['Ashford', '2026-02-01'],
      ['Brent', '2026-01-05'],
    ])
    const us25 = byColumn(csv, 1)
    expect(us25.Scale).toBe('Supported Employment Fidelity Scale (IPS-25)')
    expect(us25['1 Caseload size']).toBe('5')
    expect(us25.Total).toBe('125')
    expect(us25.Band).toBe('Exemplary fidelity')
  })

  it('is just the header when there are no rows', () => {
    expect(parse(scoresCsv([]))).toHaveLength(1)
  })
})

describe('scoresCsvRows', () => {
  const find = (id: string, version: string) => findScale(id, version)

  function data(overrides: Partial<ScoresCsvInput> = {}): ScoresCsvInput {
    return { teams: [team()], reviews: [], ratings: [], consensus: [], ...overrides }
  }

  it('uses the consensus for a two-reviewer review, never either reviewer’s own rating', () => {
    const pair: Review = review({
      reviewers: [
        { id: 'reviewer-a', name: 'A' },
        { id: 'reviewer-b', name: 'B' },
      ],
    })
    const { rows } = scoresCsvRows(
      data({
        reviews: [pair],
        ratings: [rating('caseload-size', 'reviewer-a', 1), rating('caseload-size', 'reviewer-b', 2)],
        consensus: [consensus('caseload-size', 4)],
      }),
      find,
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]?.results.scores[0]).toMatchObject({ score: 4 })
    expect(rows[0]?.results.ratedCount).toBe(1)
  })

  it('includes every review with any score, whatever its status, and skips reviews with none', () => {
    const scored = review({ id: 'review-1', status: 'scoring', finalisedAt: null })
    const unscored = review({ id: 'review-2', status: 'planning', finalisedAt: null })
    const emptyRatingsOnly = review({ id: 'review-3', status: 'scoring', finalisedAt: null })
    const { rows, leftOut } = scoresCsvRows(
      data({
        reviews: [scored, unscored, emptyRatingsOnly],
        ratings: [
          rating('caseload-size', 'reviewer-a', 3),
          { ...rating('caseload-size', 'reviewer-a', null), reviewId: 'review-3' },
        ],
      }),
      find,
    )
    expect(rows.map((r) => r.review.id)).toEqual(['review-1'])
    expect(leftOut).toEqual([])
  })

  it('leaves out, and reports, a scored review whose scale is not on this device', () => {
    const missing = review({ scaleId: 'ips-imported', scaleVersion: '2.0.0' })
    const { rows, leftOut } = scoresCsvRows(
      data({ reviews: [missing], ratings: [rating('caseload-size', 'reviewer-a', 3)] }),
      find,
    )
    expect(rows).toEqual([])
    expect(leftOut.map((r) => r.id)).toEqual(['review-1'])
  })

  it('leaves out a review whose ratings do not fit its scale instead of failing the whole file', () => {
    const { rows, leftOut } = scoresCsvRows(
      data({ reviews: [review()], ratings: [rating('no-such-item', 'reviewer-a', 3)] }),
      find,
    )
    expect(rows).toEqual([])
    expect(leftOut).toHaveLength(1)
  })
})
