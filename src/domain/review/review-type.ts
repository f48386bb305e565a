import * as z from 'zod/mini'
import '#domain/text/zod-messages'

// The kinds of review, on their own so that the review schema and the words each kind uses import them both.
export const reviewTypes = ['independent', 'self-assessment', 'training'] as const
export const ReviewTypeSchema = z.enum(reviewTypes, { error: 'Choose the type of review' })
export type ReviewType = z.infer<typeof ReviewTypeSchema>
export const reviewTypeLabels: Record<ReviewType, string> = {
  independent: 'Independent fidelity review',
  'self-assessment': 'Self-assessment',
  training: 'Training exercise',
}
