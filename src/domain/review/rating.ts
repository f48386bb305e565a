import * as z from 'zod/mini'
import '#domain/text/zod-messages'

// The scale asks for a single anchor per item, so a score is a whole number from 1 to 5.
export const ScoreSchema = z
  .int({ error: 'A score is a whole number from 1 to 5' })
  .check(
    z.gte(1, { error: 'A score is a whole number from 1 to 5' }),
    z.lte(5, { error: 'A score is a whole number from 1 to 5' }),
  )

const keyFields = { reviewId: z.string().check(z.minLength(1)), itemId: z.string().check(z.minLength(1)) }

/** One reviewer's independent rating of one item; a null score means not yet rated. */
export const RatingSchema = z.object({
  ...keyFields,
  reviewerId: z.string().check(z.minLength(1)),
  score: z.nullable(ScoreSchema),
  rationale: z.string().check(z.maxLength(20_000)),
  updatedAt: z.iso.datetime(),
})
export type Rating = z.infer<typeof RatingSchema>
export const RatingInputSchema = z.omit(RatingSchema, { updatedAt: true })
export type RatingInput = z.input<typeof RatingInputSchema>

/** The score the reviewers agreed for an item; a null score means not yet agreed. */
export const ConsensusSchema = z.object({
  ...keyFields,
  score: z.nullable(ScoreSchema),
  rationale: z.string().check(z.maxLength(20_000)),
  updatedAt: z.iso.datetime(),
})
export type Consensus = z.infer<typeof ConsensusSchema>
export const ConsensusInputSchema = z.omit(ConsensusSchema, { updatedAt: true })
export type ConsensusInput = z.input<typeof ConsensusInputSchema>
