import * as z from 'zod/mini'
import '#domain/text/zod-messages'
import { ReviewTypeSchema, type ReviewType } from './review-type'
import { reviewWords } from './wording'
import { FollowUpSchema, storedFollowUpProblems, type FollowUp } from './follow-up'
import { KeyDateSchema, keyDateProblems, type KeyDateField } from './review-dates'

export { reviewTypes, ReviewTypeSchema, reviewTypeLabels, type ReviewType } from './review-type'

export const reviewStatuses = ['planning', 'collecting-evidence', 'scoring', 'consensus', 'final'] as const
export const ReviewStatusSchema = z.enum(reviewStatuses)
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>
export const reviewStatusLabels: Record<ReviewStatus, string> = {
  planning: 'Planning',
  'collecting-evidence': 'Collecting evidence',
  scoring: 'Scoring',
  consensus: 'Consensus',
  final: 'Final',
}

/**
 * Where the review's rows came from: 'full-review' (made here, or a full review file), or 'network-summary'
 * (a summary for the network imported from another reviewer: scores, rationales and plan, no evidence;
 * docs/decisions/0025). A summary stays final and read-only (review-rules.ts).
 */
export const reviewSources = ['full-review', 'network-summary'] as const
export const ReviewSourceSchema = z.enum(reviewSources)
export type ReviewSource = z.infer<typeof ReviewSourceSchema>
export const reviewSourceLabels: Record<ReviewSource, string> = {
  'full-review': 'Full review',
  'network-summary': 'Imported summary for the network',
}

export const ReviewerSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1, { error: 'Enter the reviewer’s name' }), z.maxLength(200)),
})
export type Reviewer = z.infer<typeof ReviewerSchema>

export const ReopeningSchema = z.object({
  reopenedAt: z.iso.datetime(),
  reason: z.string().check(z.maxLength(2000)),
  // Who reopened it; rows written before this was recorded read as ''.
  by: z._default(z.string().check(z.maxLength(200)), ''),
})
export type Reopening = z.infer<typeof ReopeningSchema>

const percent = z.number().check(z.gte(0), z.lte(100))
const count = z.int().check(z.gte(0))

/** How far two reviewers' independent ratings agreed, kept with the review when consensus starts. */
export const AgreementSnapshotSchema = z.object({
  itemsCompared: count,
  exactCount: count,
  exactPercent: percent,
  withinOneCount: count,
  withinOnePercent: percent,
  weightedKappa: z.nullable(z.number()),
  computedAt: z.iso.datetime(),
})
export type AgreementSnapshot = z.infer<typeof AgreementSnapshotSchema>

/** IPS Grow's practice: an action for every item scored 3 or below. */
export const DEFAULT_ACTION_PLAN_THRESHOLD = 3
export const ActionPlanThresholdSchema = z
  .int({ error: 'Choose a score from 1 to 5' })
  .check(z.gte(1, { error: 'Choose a score from 1 to 5' }), z.lte(5, { error: 'Choose a score from 1 to 5' }))

/** Which practice case (and which version of it) a training exercise is scored on. */
export const PracticeCaseRefSchema = z.object({
  caseId: z.string().check(z.minLength(1), z.maxLength(100)),
  caseVersion: z.string().check(z.minLength(1), z.maxLength(20)),
})
export type PracticeCaseRef = z.infer<typeof PracticeCaseRefSchema>

const reviewFields = {
  teamId: z.string().check(z.minLength(1)),
  type: ReviewTypeSchema,
  scaleId: z.string().check(z.minLength(1, { error: 'Choose a scale' })),
  scaleVersion: z.string().check(z.minLength(1, { error: 'Choose a scale version' })),
  visitStart: z.iso.date({ error: 'Enter the first day of the visit' }),
  visitEnd: z.iso.date({ error: 'Enter the last day of the visit' }),
  reviewers: z
    .array(ReviewerSchema)
    .check(
      z.minLength(1, { error: 'Add at least one reviewer' }),
      z.maxLength(2, { error: 'A review has one or two reviewers' }),
    ),
}

type ReviewDatesAndReviewers = { type: ReviewType; visitStart: string; visitEnd: string; reviewers: Reviewer[] }
// A stored review also has key dates and follow-ups; a review being started has neither.
type CheckedReview = ReviewDatesAndReviewers &
  Partial<Record<KeyDateField, string | null>> & { followUps?: readonly Pick<FollowUp, 'date'>[] }

// ISO calendar dates compare correctly as strings.
export const visitDatesInOrder = (review: Pick<ReviewDatesAndReviewers, 'visitStart' | 'visitEnd'>) =>
  review.visitEnd >= review.visitStart

export const reviewersDistinct = (review: Pick<ReviewDatesAndReviewers, 'reviewers'>) =>
  new Set(review.reviewers.map((r) => r.id)).size === review.reviewers.length

// The review rules (review-rules.ts) list these too; the schema refuses them at once, in a form's words.
function checkReview(review: CheckedReview, ctx: z.core.$RefinementCtx) {
  if (!visitDatesInOrder(review)) {
    ctx.addIssue({
      code: 'custom',
      path: ['visitEnd'],
      // In the review's own words: "of the visit", "of the assessment", or "the exercise is on one day".
      message: reviewWords(review.type).lastBeforeFirst,
    })
  }
  if (!reviewersDistinct(review)) {
    ctx.addIssue({ code: 'custom', path: ['reviewers'], message: 'The same reviewer is listed twice' })
  }
  // The key dates' order and the follow-ups' dates: the same rules the review page and the action plan apply.
  for (const { field, message } of keyDateProblems(review)) ctx.addIssue({ code: 'custom', path: [field], message })
  for (const { path, message } of storedFollowUpProblems({ ...review, followUps: review.followUps ?? [] })) {
    ctx.addIssue({ code: 'custom', path, message })
  }
}

/** What a person enters when starting a review. */
export const ReviewInputSchema = z.object(reviewFields).check(z.superRefine(checkReview))
export type ReviewInput = z.input<typeof ReviewInputSchema>

export const ReviewSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    ...reviewFields,
    status: ReviewStatusSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    finalisedAt: z.nullable(z.iso.datetime()),
    reopenings: z.array(ReopeningSchema),
    // Added after version-1 rows were written, so each has a default and old rows still read.
    /** Reviewers who said they have finished rating; their ratings are then locked and, once both have, shown to each other. */
    ratingsFinishedBy: z._default(z.array(z.string().check(z.minLength(1))), []),
    /** Agreement between the two reviewers' ratings, recorded when consensus starts; null until then. */
    agreement: z._default(z.nullable(AgreementSnapshotSchema), null),
    /** Items scored at or below this get a recommendation and an action in the action plan. */
    actionPlanThreshold: z._default(ActionPlanThresholdSchema, DEFAULT_ACTION_PLAN_THRESHOLD),
    /** For a training exercise: the practice case it is scored on, whose reference scores it is compared with. */
    practiceCase: z._default(z.nullable(PracticeCaseRefSchema), null),
    /** When "Delete personal data" removed the evidence text; scores, rationales and the report stay. */
    personalDataDeletedAt: z._default(z.nullable(z.iso.datetime()), null),
    /**
     * The preparation steps ticked: "data-request-sent" before a visit, and a self-assessment's gathering
     * checklist (src/domain/visit/checklist.ts). Replaced the fixed planning checklist in database version 4.
     */
    checklistDone: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(200)), []),
    /** Follow-ups of the action plan after the review is final (docs/decisions/0016), oldest recorded first. */
    followUps: z._default(z.array(FollowUpSchema).check(z.maxLength(200)), []),
    /** The key dates as edited; null is the default from the settings' figures (docs/decisions/0020). */
    reportDueDate: z._default(KeyDateSchema, null),
    actionPlanDueDate: z._default(KeyDateSchema, null),
    nextReviewDate: z._default(KeyDateSchema, null),
    /** A summary for the network carries 'network-summary'; rows written before format 4 read as full reviews. */
    source: z._default(ReviewSourceSchema, 'full-review'),
  })
  .check(z.superRefine(checkReview))
export type Review = z.infer<typeof ReviewSchema>
