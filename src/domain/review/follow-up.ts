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

/**
 * Why a follow-up cannot be recorded against this review, or null: only a final review has an agreed
 * plan to follow up, and a follow-up cannot come before the visit it follows.
 */
export function followUpProblem(
  date: string,
  review: { status: string; visitStart: string; type: string },
): string | null {
  if (review.type === 'training') return 'A training exercise has no action plan to follow up.'
  if (review.status !== 'final') return 'Finalise the review first: a follow-up checks the agreed action plan.'
  if (date < review.visitStart) return 'The follow-up is dated before the visit: choose a date on or after the visit'
  return null
}

/** Follow-ups oldest first; on the same day, in the order they were recorded. */
export function followUpsInOrder(followUps: readonly FollowUp[]): FollowUp[] {
  return followUps
    .map((followUp, order) => ({ followUp, order }))
    .sort((a, b) => a.followUp.date.localeCompare(b.followUp.date) || a.order - b.order)
    .map(({ followUp }) => followUp)
}
