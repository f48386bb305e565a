import * as z from 'zod/mini'
import '#domain/text/zod-messages'

export const evidenceSources = ['interview', 'record-review', 'observation', 'management-data', 'document'] as const
export const EvidenceSourceSchema = z.enum(evidenceSources, { error: 'Choose where the evidence came from' })
export type EvidenceSource = z.infer<typeof EvidenceSourceSchema>
export const evidenceSourceLabels: Record<EvidenceSource, string> = {
  interview: 'Interview',
  'record-review': 'Record review',
  observation: 'Observation',
  'management-data': 'Management data',
  document: 'Document',
}

const evidenceFields = {
  reviewId: z.string().check(z.minLength(1)),
  itemId: z.string().check(z.minLength(1)),
  source: EvidenceSourceSchema,
  // A role such as "team leader", never a service user's name.
  intervieweeRole: z.optional(
    z.string().check(z.trim(), z.maxLength(100, { error: 'Give the interviewee’s role in under 100 characters' })),
  ),
  note: z.string().check(z.maxLength(50_000, { error: 'This note is too long; split it into several entries' })),
}

export const EvidenceEntryInputSchema = z.object(evidenceFields)
export type EvidenceEntryInput = z.input<typeof EvidenceEntryInputSchema>

export const EvidenceEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  ...evidenceFields,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  // Added after version-1 rows were written: a note stays out of the report unless a reviewer chooses it.
  includeInReport: z._default(z.boolean(), false),
})
export type EvidenceEntry = z.infer<typeof EvidenceEntrySchema>

export const CalculatorValueSchema = z.union([z.number(), z.boolean(), z.array(z.number()), z.array(z.string())])
export type CalculatorValue = z.infer<typeof CalculatorValueSchema>

export const CalculatorInputsSchema = z.object({
  reviewId: z.string().check(z.minLength(1)),
  itemId: z.string().check(z.minLength(1)),
  values: z.record(z.string(), CalculatorValueSchema),
  updatedAt: z.iso.datetime(),
})
export type CalculatorInputs = z.infer<typeof CalculatorInputsSchema>

const countOfDays = (what: string) =>
  z.nullable(
    z
      .int({ error: `Enter ${what} as a whole number` })
      .check(z.gte(0, { error: `${what[0]?.toUpperCase()}${what.slice(1)} cannot be negative` })),
  )

// Letters, digits and hyphens, with at least one digit, so a service user's name cannot be typed as an id.
const anonymousIdPattern = /^(?=.*\d)[A-Za-z0-9-]{1,20}$/

/** A record's date, or null when the record does not say (or the reviewer has not looked yet). */
const recordDate = (what: string) =>
  z._default(z.nullable(z.iso.date({ error: `Enter ${what} as a full date (day, month and year)` })), null)

/** Yes, no, or null for "unknown / not recorded". */
const yesNo = () => z._default(z.nullable(z.boolean()), null)

export const careerProfiles = ['none', 'in-place', 'updated-after-each-job'] as const
export type CareerProfile = (typeof careerProfiles)[number]
export const careerProfileLabels: Record<CareerProfile, string> = {
  none: 'None',
  'in-place': 'In place',
  'updated-after-each-job': 'Updated after each job',
}

export const supportDurations = ['under-4-months', '4-months-or-more', 'a-year-or-more'] as const
export type SupportDuration = (typeof supportDurations)[number]
export const supportDurationLabels: Record<SupportDuration, string> = {
  'under-4-months': 'Under 4 months',
  '4-months-or-more': '4 months or more',
  'a-year-or-more': 'A year or more',
}

const recordReviewFields = {
  reviewId: z.string().check(z.minLength(1)),
  anonymousId: z.string().check(
    z.trim(),
    z.regex(anonymousIdPattern, {
      error:
        'Use an anonymous code such as "R-07" (letters, digits and hyphens, at least one digit, up to 20 characters), never a name',
    }),
  ),
  /** The figure typed before records had dates; still counted when a record has no dates. */
  daysToFirstEmployerContact: countOfDays('the days to first employer contact'),
  jobType: z.string().check(z.trim(), z.maxLength(200)),
  employer: z.string().check(z.trim(), z.maxLength(200)),
  competitive: z.nullable(z.boolean()),
  supportContactsAfterStart: countOfDays('the support contacts after starting work'),
  // Added with the full record review (issue 14); every one has a default so older rows, files and practice cases still read.
  entryDate: recordDate('the date of entry to the service'),
  firstEmployerContactDate: recordDate('the date of first face-to-face employer contact'),
  /** The person has had no face-to-face employer contact yet: days since entry are counted instead (item 15). */
  noEmployerContactYet: z._default(z.boolean(), false),
  careerProfile: z._default(
    z.nullable(z.enum(careerProfiles, { error: 'Choose none, in place or updated after each job' })),
    null,
  ),
  jobSearchFollowsPreferences: yesNo(),
  benefitsCounsellingOffered: yesNo(),
  betterOffCalculationOffered: yesNo(),
  disclosureDiscussed: yesNo(),
  employmentNotesInRecord: yesNo(),
  jobStartDate: recordDate('the date the job started'),
  lastSupportContactDate: recordDate('the date of the last in-work support contact'),
  supportDuration: z._default(
    z.nullable(z.enum(supportDurations, { error: 'Choose under 4 months, 4 months or more, or a year or more' })),
    null,
  ),
}

type RecordDates = {
  entryDate: string | null
  firstEmployerContactDate: string | null
  noEmployerContactYet: boolean
  jobStartDate: string | null
  lastSupportContactDate: string | null
}

// ISO calendar dates compare correctly as strings. The form, the repository and imports all parse with
// these schemas, so no route can store dates out of order.
function checkRecordDates(row: RecordDates, ctx: z.core.$RefinementCtx) {
  const { entryDate, firstEmployerContactDate, noEmployerContactYet, jobStartDate, lastSupportContactDate } = row
  if (entryDate && firstEmployerContactDate && firstEmployerContactDate < entryDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['firstEmployerContactDate'],
      message: 'The first employer contact cannot be before the date of entry to the service',
    })
  }
  if (firstEmployerContactDate && noEmployerContactYet) {
    ctx.addIssue({
      code: 'custom',
      path: ['noEmployerContactYet'],
      message:
        'A record with a date of first employer contact cannot also say “no employer contact yet”; clear one of them',
    })
  }
  if (entryDate && jobStartDate && jobStartDate < entryDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['jobStartDate'],
      message: 'The job cannot start before the date of entry to the service',
    })
  }
  if (jobStartDate && lastSupportContactDate && lastSupportContactDate < jobStartDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['lastSupportContactDate'],
      message: 'The last in-work support contact cannot be before the job started',
    })
  }
}

/** The dates-in-order rules, for schemas built from the row's fields (e.g. a practice case's rows). */
export const recordDatesInOrder = z.superRefine(checkRecordDates)

/** The row's fields without the cross-field rules; `z.omit` and friends need a schema without checks. */
export const RecordReviewRowFieldsSchema = z.object(recordReviewFields)

export const RecordReviewRowInputSchema = z.object(recordReviewFields).check(recordDatesInOrder)
export type RecordReviewRowInput = z.input<typeof RecordReviewRowInputSchema>

export const RecordReviewRowSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    ...recordReviewFields,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .check(recordDatesInOrder)
export type RecordReviewRow = z.infer<typeof RecordReviewRowSchema>

/** The fields added with the full record review, as a record that says nothing about them reads. */
export const recordDetailsNotRecorded = {
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
} as const satisfies Partial<RecordReviewRow>

/** A sampled record with nothing recorded yet: what "Add a record" starts from, before its code. */
export const recordNotRecorded = {
  daysToFirstEmployerContact: null,
  jobType: '',
  employer: '',
  competitive: null,
  supportContactsAfterStart: null,
  ...recordDetailsNotRecorded,
} as const satisfies Partial<RecordReviewRow>
