import { z } from 'zod'

// The scale asks for a single anchor per item, so a score is a whole number from 1 to 5.
export const ScoreSchema = z
  .int({ error: 'A score is a whole number from 1 to 5' })
  .min(1, { error: 'A score is a whole number from 1 to 5' })
  .max(5, { error: 'A score is a whole number from 1 to 5' })

const keyFields = { reviewId: z.string().min(1), itemId: z.string().min(1) }

/** One reviewer's independent rating of one item; a null score means not yet rated. */
export const RatingSchema = z.object({
  ...keyFields,
  reviewerId: z.string().min(1),
  score: ScoreSchema.nullable(),
  rationale: z.string().max(20_000),
  updatedAt: z.iso.datetime(),
})
export type Rating = z.infer<typeof RatingSchema>
export const RatingInputSchema = RatingSchema.omit({ updatedAt: true })
export type RatingInput = z.input<typeof RatingInputSchema>

/** The score the reviewers agreed for an item; a null score means not yet agreed. */
export const ConsensusSchema = z.object({
  ...keyFields,
  score: ScoreSchema.nullable(),
  rationale: z.string().max(20_000),
  updatedAt: z.iso.datetime(),
})
export type Consensus = z.infer<typeof ConsensusSchema>
export const ConsensusInputSchema = ConsensusSchema.omit({ updatedAt: true })
export type ConsensusInput = z.input<typeof ConsensusInputSchema>
