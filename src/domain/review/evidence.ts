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

const recordReviewFields = {
  reviewId: z.string().check(z.minLength(1)),
  anonymousId: z.string().check(
    z.trim(),
    z.regex(anonymousIdPattern, {
      error:
        'Use an anonymous code such as "R-07" (letters, digits and hyphens, at least one digit, up to 20 characters), never a name',
    }),
  ),
  daysToFirstEmployerContact: countOfDays('the days to first employer contact'),
  jobType: z.string().check(z.trim(), z.maxLength(200)),
  employer: z.string().check(z.trim(), z.maxLength(200)),
  competitive: z.nullable(z.boolean()),
  supportContactsAfterStart: countOfDays('the support contacts after starting work'),
}

export const RecordReviewRowInputSchema = z.object(recordReviewFields)
export type RecordReviewRowInput = z.input<typeof RecordReviewRowInputSchema>

export const RecordReviewRowSchema = z.object({
  id: z.string().check(z.minLength(1)),
  ...recordReviewFields,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type RecordReviewRow = z.infer<typeof RecordReviewRowSchema>
