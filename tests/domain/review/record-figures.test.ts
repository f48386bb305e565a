import { describe, expect, it } from 'vitest'
import { addMonths, daysBetween } from '#domain/text/dates'
import { recordDetailsNotRecorded, type RecordReviewRow } from '#domain/review/evidence'
import { daysToFirstContact, recordFigures, supportLength, type RecordFiguresRow } from '#domain/review/record-figures'

const VISIT_END = '2026-06-30'

const row = (overrides: Partial<RecordReviewRow>): RecordFiguresRow => ({
  daysToFirstEmployerContact: null,
  jobType: '',
  employer: '',
  ...recordDetailsNotRecorded,
  ...overrides,
})

describe('days from entry to first employer contact (item 15)', () => {
  it.each([
    ['from the two dates', row({ entryDate: '2026-01-01', firstEmployerContactDate: '2026-01-31' }), 30, 'dates'],
    // Across the clocks going forward on 29 March: still whole days.
    ['across a change of clocks', row({ entryDate: '2026-03-28', firstEmployerContactDate: '2026-03-30' }), 2, 'dates'],
    [
      'to the last day of the visit when there is no contact yet',
      row({ entryDate: '2026-05-31', noEmployerContactYet: true }),
      30,
      'no-contact-yet',
    ],
    ['from the typed figure of an older row with no dates', row({ daysToFirstEmployerContact: 12 }), 12, 'typed'],
    [
      'from the dates rather than a typed figure when both are there',
      row({ daysToFirstEmployerContact: 99, entryDate: '2026-01-01', firstEmployerContactDate: '2026-01-08' }),
      7,
      'dates',
    ],
    [
      'as none yet for someone who joined after the visit ended',
      row({ entryDate: '2026-07-10', noEmployerContactYet: true }),
      0,
      'no-contact-yet',
    ],
  ])('counts %s', (_, record, days, basis) => {
    expect(daysToFirstContact(record, VISIT_END)).toEqual({ days, basis })
  })

  it('gives nothing when the record does not say', () => {
    expect(daysToFirstContact(row({}), VISIT_END)).toBeNull()
    expect(daysToFirstContact(row({ entryDate: '2026-01-01' }), VISIT_END)).toBeNull()
    expect(daysToFirstContact(row({ noEmployerContactYet: true }), VISIT_END)).toBeNull()
    expect(daysToFirstContact(row({ entryDate: '2026-01-01', noEmployerContactYet: true }), null)).toBeNull()
  })

  it('counts calendar days and months', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2026-10-15', 4)).toBe('2027-02-15')
  })
})

describe('how long in-work support went on (item 23)', () => {
  it.each([
    ['2026-01-15', '2026-05-14', 'under-4-months'],
    ['2026-01-15', '2026-05-15', '4-months-or-more'],
    ['2026-01-15', '2027-01-14', '4-months-or-more'],
    ['2026-01-15', '2027-01-15', 'a-year-or-more'],
  ])('from a job started %s with the last contact %s: %s', (jobStartDate, lastSupportContactDate, duration) => {
    expect(supportLength(row({ jobStartDate, lastSupportContactDate }))).toEqual({ duration, basis: 'dates' })
  })

  it('prefers what the reviewer chose, and is unknown without it or both dates', () => {
    expect(
      supportLength(
        row({ supportDuration: 'a-year-or-more', jobStartDate: '2026-01-01', lastSupportContactDate: '2026-01-02' }),
      ),
    ).toEqual({ duration: 'a-year-or-more', basis: 'recorded' })
    expect(supportLength(row({ jobStartDate: '2026-01-01' }))).toBeNull()
  })
})

describe('the figures per item', () => {
  const rows = [
    row({
      entryDate: '2026-01-01',
      firstEmployerContactDate: '2026-01-21',
      careerProfile: 'updated-after-each-job',
      jobSearchFollowsPreferences: true,
      benefitsCounsellingOffered: true,
      betterOffCalculationOffered: false,
      disclosureDiscussed: true,
      employmentNotesInRecord: true,
      jobType: 'Barista',
      jobStartDate: '2026-02-01',
      lastSupportContactDate: '2026-06-20',
    }),
    row({
      entryDate: '2026-06-10',
      noEmployerContactYet: true,
      careerProfile: 'none',
      jobSearchFollowsPreferences: false,
      benefitsCounsellingOffered: true,
      disclosureDiscussed: false,
      employmentNotesInRecord: false,
    }),
    row({
      daysToFirstEmployerContact: 45,
      careerProfile: 'in-place',
      employer: 'Oak House',
      supportDuration: 'a-year-or-more',
    }),
    // Nothing recorded: left out of every denominator.
    row({}),
  ]
  const figures = recordFigures(rows, VISIT_END)

  it('counts every record that gives days, saying which were found how', () => {
    expect(figures.records).toBe(4)
    expect(figures.daysToContact).toEqual({ days: [20, 20, 45], byDates: 1, noContactYet: 1, typed: 1, notRecorded: 1 })
  })

  it('counts each practice of the records where it is recorded, leaving unknowns out', () => {
    expect(figures).toMatchObject({
      employmentNotes: { shown: 1, of: 2 },
      benefitsCounselling: { shown: 2, of: 2 },
      betterOffCalculation: { shown: 0, of: 1 },
      disclosure: { shown: 1, of: 2 },
      careerProfile: { shown: 2, of: 3 },
      // Of the records with a job (the first and third), both have a profile recorded; one updated after the job.
      profileUpdatedAfterJob: { shown: 1, of: 2 },
      jobSearchFollowsPreferences: { shown: 1, of: 2 },
      inWorkSupport: { shown: 1, of: 2 },
      support4Months: { shown: 2, of: 2 },
      supportYear: { shown: 1, of: 2 },
      supportFromDates: 1,
    })
  })
})
