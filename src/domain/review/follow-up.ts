import * as z from 'zod/mini'
import '#domain/text/zod-messages'

export const FOLLOW_UP_NOTE_MAX = 2000

/** A follow-up of a final review's action plan: who looked, when, and what they found. */
export const FollowUpSchema = z.object({
  id: z.string().check(z.minLength(1)),
  date: z.iso.date({ error: 'Enter the date of the follow-up' }),
  by: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'Enter who did the follow-up' }),
      z.maxLength(200, { error: 'Keep the name under 200 characters' }),
    ),
  note: z.string().check(z.maxLength(FOLLOW_UP_NOTE_MAX, { error: 'Keep the note under 2,000 characters' })),
})
export type FollowUp = z.infer<typeof FollowUpSchema>
export type FollowUpInput = Omit<z.input<typeof FollowUpSchema>, 'id'>

const TRAINING_HAS_NO_FOLLOW_UP = 'A training exercise has no action plan to follow up.'
const BEFORE_THE_VISIT = 'The follow-up is dated before the visit: choose a date on or after the visit'

/**
 * What is wrong with a review's stored follow-ups, for the review's schema (so an import refuses them too): a
 * training exercise has none, and none is dated before the visit's first day.
 */
export function storedFollowUpProblems(review: {
  type: string
  visitStart: string
  followUps: readonly Pick<FollowUp, 'date'>[]
}): { path: (string | number)[]; message: string }[] {
  if (review.type === 'training' && review.followUps.length > 0) {
    return [{ path: ['followUps'], message: TRAINING_HAS_NO_FOLLOW_UP }]
  }
  return review.followUps.flatMap((followUp, index) =>
    followUp.date < review.visitStart ? [{ path: ['followUps', index, 'date'], message: BEFORE_THE_VISIT }] : [],
  )
}

/**
 * Why a follow-up cannot be recorded against this review, or null: only a final review has an agreed
 * plan to follow up, and a follow-up cannot come before the visit it follows.
 */
export function followUpProblem(
  date: string,
  review: { status: string; visitStart: string; type: string },
): string | null {
  if (review.type === 'training') return TRAINING_HAS_NO_FOLLOW_UP
  if (review.status !== 'final') return 'Finalise the review first: a follow-up checks the agreed action plan.'
  if (date < review.visitStart) return BEFORE_THE_VISIT
  return null
}

/** Follow-ups oldest first; on the same day, in the order they were recorded. */
export function followUpsInOrder(followUps: readonly FollowUp[]): FollowUp[] {
  return followUps
    .map((followUp, order) => ({ followUp, order }))
    .sort((a, b) => a.followUp.date.localeCompare(b.followUp.date) || a.order - b.order)
    .map(({ followUp }) => followUp)
}
