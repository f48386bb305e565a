import * as z from 'zod/mini'
import '#domain/text/zod-messages'
import {
  EvidenceSourceSchema,
  CalculatorValueSchema,
  RecordReviewRowFieldsSchema,
  recordDatesInOrder,
} from '#domain/review/evidence'
import { ServiceTypeSchema } from '#domain/review/team'
import { ScoreSchema } from '#domain/review/rating'

/**
 * A practice case is a fictional team written for training: a narrative, evidence for every item
 * and the reference score a trainer would give, with the reasoning. Trainees score it in the same
 * workspace reviewers use and are then compared with the reference. Cases are data in
 * scales/practice-cases/, tied to one scale id and version.
 */
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max))

export const PracticeEvidenceSchema = z.object({
  source: EvidenceSourceSchema,
  // A role such as "employment specialist", never a person's name.
  intervieweeRole: z.optional(text(100)),
  note: text(5000),
})
export type PracticeEvidence = z.infer<typeof PracticeEvidenceSchema>

export const ReferenceScoreSchema = z.object({
  score: ScoreSchema,
  /** Why the reference score is this anchor and not the next: what a trainer would say. */
  reasoning: text(5000),
  /** True where the evidence sits close to an anchor boundary: the reasoning then says which way and why. */
  nearBoundary: z.boolean(),
})
export type ReferenceScore = z.infer<typeof ReferenceScoreSchema>

export const PracticeItemSchema = z.object({
  itemId: text(100),
  evidence: z.array(PracticeEvidenceSchema).check(z.minLength(1)),
  /**
   * The reference figures for the item's calculator, keyed as the scale's calculator fields are; absent when it
   * has none. Never copied into an exercise: the trainee enters figures from the evidence, and the comparison
   * page shows where theirs differ from these.
   */
  calculatorInputs: z.optional(z.record(z.string(), CalculatorValueSchema)),
  reference: ReferenceScoreSchema,
})
export type PracticeItem = z.infer<typeof PracticeItemSchema>

export const PracticeTeamSchema = z.object({
  name: text(200),
  organisation: text(200),
  serviceType: ServiceTypeSchema,
  locality: text(200),
  specialistCount: z.int().check(z.gte(0), z.lte(1000)),
  specialistFte: z.number().check(z.gte(0)),
})
export type PracticeTeam = z.infer<typeof PracticeTeamSchema>

export const practiceCaseLevels = ['fair', 'good', 'exemplary', 'below-fair'] as const

export const PracticeCaseSchema = z.object({
  formatVersion: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(100)),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  title: text(200),
  /** One sentence for the list of cases: what this case is good for practising. */
  summary: text(500),
  scaleId: text(100),
  scaleVersion: text(20),
  /** The band the reference total falls in; checked against the scale's bands. */
  expectedBandId: z.enum(practiceCaseLevels),
  team: PracticeTeamSchema,
  /** The story of the team, in paragraphs, as a reviewer would hear it on the first morning. */
  narrative: z.array(text(5000)).check(z.minLength(1)),
  /** Anonymous record-review rows (codes such as "P-01", never names). */
  recordReviewRows: z.array(z.omit(RecordReviewRowFieldsSchema, { reviewId: true }).check(recordDatesInOrder)),
  items: z.array(PracticeItemSchema),
})
export type PracticeCase = z.infer<typeof PracticeCaseSchema>
