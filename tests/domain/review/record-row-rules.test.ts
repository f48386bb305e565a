import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { RecordReviewRowInputSchema, RecordReviewRowSchema } from '#domain/review/evidence'
import { PracticeCaseSchema } from '#domain/practice/case'

const base = {
  reviewId: 'review-1',
  anonymousId: 'R-01',
  daysToFirstEmployerContact: null,
  jobType: '',
  employer: '',
  competitive: null,
  supportContactsAfterStart: null,
}

/** Each problem's field and message. */
function problems(input: unknown) {
  const result = z.safeParse(RecordReviewRowInputSchema, input)
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}

describe('the record-review row', () => {
  it('reads a row written before the full record review, with every new field "not recorded"', () => {
    const old = { ...base, id: 'r1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
    expect(RecordReviewRowSchema.parse({ ...old, daysToFirstEmployerContact: 12 })).toMatchObject({
      daysToFirstEmployerContact: 12,
      entryDate: null,
      firstEmployerContactDate: null,
      noEmployerContactYet: false,
      careerProfile: null,
      jobSearchFollowsPreferences: null,
      benefitsCounsellingOffered: null,
      betterOffCalculationOffered: null,
      disclosureDiscussed: null,
      employmentNotesInRecord: null,
      jobStartDate: null,
      lastSupportContactDate: null,
      supportDuration: null,
    })
  })

  it('accepts dates in order and the choices it offers', () => {
    expect(
      problems({
        ...base,
        entryDate: '2026-01-05',
        firstEmployerContactDate: '2026-01-05',
        jobStartDate: '2026-03-01',
        lastSupportContactDate: '2026-03-01',
        careerProfile: 'updated-after-each-job',
        supportDuration: '4-months-or-more',
        disclosureDiscussed: false,
      }),
    ).toEqual([])
  })

  it.each([
    [
      'a first contact before entry',
      { entryDate: '2026-02-01', firstEmployerContactDate: '2026-01-31' },
      'firstEmployerContactDate',
      'The first employer contact cannot be before the date of entry to the service',
    ],
    [
      'a first contact date with "no contact yet"',
      { firstEmployerContactDate: '2026-01-31', noEmployerContactYet: true },
      'noEmployerContactYet',
      'A record with a date of first employer contact cannot also say “no employer contact yet”; clear one of them',
    ],
    [
      'a job starting before entry',
      { entryDate: '2026-02-01', jobStartDate: '2026-01-01' },
      'jobStartDate',
      'The job cannot start before the date of entry to the service',
    ],
    [
      'a last support contact before the job started',
      { jobStartDate: '2026-02-01', lastSupportContactDate: '2026-01-20' },
      'lastSupportContactDate',
      'The last in-work support contact cannot be before the job started',
    ],
    [
      'a date that is not a date',
      { entryDate: '31/01/2026' },
      'entryDate',
      'Enter the date of entry to the service as a full date (day, month and year)',
    ],
    [
      'a career profile it does not know',
      { careerProfile: 'maybe' },
      'careerProfile',
      'Choose none, in place or updated after each job',
    ],
  ])('refuses %s, with the message on that field', (_, fields, path, message) => {
    expect(problems({ ...base, ...fields })).toEqual([{ path, message }])
  })

  it('holds a stored row (as an import or the repository reads it) to the same rules', () => {
    const row = {
      ...base,
      id: 'r1',
      entryDate: '2026-02-01',
      firstEmployerContactDate: '2026-01-01',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    expect(z.safeParse(RecordReviewRowSchema, row).error?.issues[0]?.path).toEqual(['firstEmployerContactDate'])
  })

  it('keeps the name guard on the anonymous code', () => {
    expect(problems({ ...base, anonymousId: 'Smith' })[0]?.path).toBe('anonymousId')
  })

  it('holds a practice case’s rows to the same date rules', () => {
    const shape = PracticeCaseSchema.shape.recordReviewRows
    // A practice case's rows have no review yet; the extra key is dropped.
    const row = base
    expect(z.safeParse(shape, [row]).success).toBe(true)
    expect(
      z.safeParse(shape, [{ ...row, jobStartDate: '2026-05-01', lastSupportContactDate: '2026-04-01' }]).success,
    ).toBe(false)
  })
})
