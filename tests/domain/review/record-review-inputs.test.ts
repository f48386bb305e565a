import { describe, expect, it } from 'vitest'
import { inputsFromRecords, mean, summariseRecords } from '#domain/review/record-review-inputs'
import { suggestAnchor } from '#domain/calculators/suggest'
import { findScale } from '#domain/scale/catalogue'
import type { RecordReviewRow } from '#domain/review/evidence'

const uk = findScale('ips-uk', '1.0.0')!
const item = (id: string) => uk.items.find((candidate) => candidate.id === id)!

type Row = Pick<
  RecordReviewRow,
  'daysToFirstEmployerContact' | 'jobType' | 'employer' | 'competitive' | 'supportContactsAfterStart'
>
const row = (overrides: Partial<Row>): Row => ({
  daysToFirstEmployerContact: null,
  jobType: '',
  employer: '',
  competitive: null,
  supportContactsAfterStart: null,
  ...overrides,
})

const rows = [
  row({
    daysToFirstEmployerContact: 10,
    jobType: 'Care assistant',
    employer: 'Oak House',
    competitive: true,
    supportContactsAfterStart: 4,
  }),
  row({ daysToFirstEmployerContact: 40, jobType: ' care  Assistant', employer: 'Elm Court', competitive: false }),
  row({
    daysToFirstEmployerContact: 25,
    jobType: 'Barista',
    employer: 'oak house',
    competitive: null,
    supportContactsAfterStart: 2,
  }),
  row({ daysToFirstEmployerContact: null }),
]

describe('summarising the record review', () => {
  it('counts distinct job types and employers regardless of case and spacing, and leaves out blanks', () => {
    expect(summariseRecords(rows)).toEqual({
      records: 4,
      days: [10, 40, 25],
      noContactYet: 0,
      jobsWithType: 3,
      distinctJobTypes: 2,
      jobsWithEmployer: 3,
      distinctEmployers: 2,
      competitive: 1,
      competitiveKnown: 2,
      supportContacts: [4, 2],
    })
    expect(mean([10, 40, 25])).toBe(25)
    expect(mean([])).toBeNull()
  })
})

describe('filling calculators from the records', () => {
  it('gives rapid job search one figure per record that has days, and leaves tracking to the reviewer', () => {
    const fill = inputsFromRecords(item('rapid-job-search'), rows)
    expect(fill).toMatchObject({ values: { daysPerRecord: [10, 40, 25] }, records: 3 })
    const suggestion = suggestAnchor(item('rapid-job-search'), { ...fill!.values, employerContactsTracked: true })
    expect(suggestion).toMatchObject({ status: 'suggested', anchor: 5 })
  })

  it.each([
    ['diversity-of-job-types', { numerator: 2, denominator: 3 }, 3],
    ['diversity-of-employers', { numerator: 2, denominator: 3 }, 3],
    // The record whose competitiveness is unknown is left out of the count; the sample gives the share only.
    ['competitive-jobs', { numerator: 1, denominatorCounted: 2 }, 2],
  ])('fills %s', (id, values, records) => {
    expect(inputsFromRecords(item(id), rows)).toMatchObject({ values, records })
  })

  it('never lets a small sample score competitive jobs 1: the caseload total comes from management data', () => {
    const sample = Array.from({ length: 8 }, () => row({ competitive: true }))
    const fill = inputsFromRecords(item('competitive-jobs'), sample)
    expect(fill?.values).toEqual({ numerator: 8, denominatorCounted: 8 })
    expect(fill?.explanation).toMatch(/gives the share only.*every job held by people on the caseload/)
    expect(suggestAnchor(item('competitive-jobs'), fill!.values)).toMatchObject({
      status: 'cannot-suggest',
      reason: expect.stringMatching(/Enter the jobs held at present across the whole caseload/),
    })
    expect(suggestAnchor(item('competitive-jobs'), { ...fill!.values, denominatorTotal: 14 })).toMatchObject({
      anchor: 5,
    })
    expect(suggestAnchor(item('competitive-jobs'), { ...fill!.values, denominatorTotal: 9 })).toMatchObject({
      anchor: 1,
    })
  })

  it('returns nothing for items the table does not feed, or while it has no usable figures', () => {
    expect(inputsFromRecords(item('caseload-size'), rows)).toBeNull()
    expect(inputsFromRecords(item('time-unlimited-follow-along'), rows)).toBeNull()
    expect(inputsFromRecords(item('rapid-job-search'), [row({})])).toBeNull()
    expect(inputsFromRecords(item('competitive-jobs'), [row({ jobType: 'Cook' })])).toBeNull()
  })

  it('does not fill an item whose calculator is not the kind it expects (e.g. an imported scale)', () => {
    expect(inputsFromRecords({ id: 'rapid-job-search', calculator: item('caseload-size').calculator }, rows)).toBeNull()
  })
})

describe('rapid job search from the full record review', () => {
  it('counts a record with no employer contact yet by the days since entry, and says so', () => {
    const records = [
      { ...row({}), anonymousId: 'R-01', entryDate: '2026-01-01', firstEmployerContactDate: '2026-01-11' },
      { ...row({}), anonymousId: 'R-02', entryDate: '2026-05-01', noEmployerContactYet: true },
      { ...row({ daysToFirstEmployerContact: 30 }), anonymousId: 'R-03' },
      { ...row({}), anonymousId: 'R-04' },
      { ...row({}), anonymousId: 'R-05', noEmployerContactYet: true },
    ]
    const fill = inputsFromRecords(item('rapid-job-search'), records, '2026-06-30')
    expect(fill).toMatchObject({ values: { daysPerRecord: [10, 60, 30] }, records: 3 })
    expect(fill?.explanation).toBe(
      'Days to first employer contact from 3 records, of which 1 no contact yet, counted by days since entry to the last day of the visit (30 June 2026).' +
        ' R-01: 10 days from the two dates; R-02: 60 days with no contact yet (entry 1 May 2026 to 30 June 2026); R-03: 30 days as typed.' +
        ' Left out: R-04 (no dates or figure); R-05 (no contact yet, but no date of entry).',
    )
    // The no-contact record pulls the mean from 20 days (anchor 5) to 33.3 (anchor 4): slow teams are not flattered.
    expect(suggestAnchor(item('rapid-job-search'), { ...fill!.values, employerContactsTracked: true })).toMatchObject({
      anchor: 4,
      arithmetic: '(10 + 60 + 30) ÷ 3 records = about 33.33 days on average',
    })
  })

  it('leaves a "no contact yet" record out only when it has no date of entry', () => {
    const records = [{ ...row({}), noEmployerContactYet: true }]
    expect(inputsFromRecords(item('rapid-job-search'), records, '2026-06-30')).toBeNull()
  })
})
