import * as z from 'zod/mini'
import '#domain/text/zod-messages'

/** Where a team's action stands; every action starts "not started". */
export const actionStatuses = ['not-started', 'on-track', 'done', 'dropped'] as const
export const ActionStatusSchema = z.enum(actionStatuses)
export type ActionStatus = z.infer<typeof ActionStatusSchema>

export const actionStatusLabels: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  done: 'Done',
  dropped: 'Dropped',
}

export const STATUS_NOTE_MAX = 2000

/** A dated change of an action's status, with what was found; kept, never overwritten, so the plan has a history. */
export const StatusUpdateSchema = z.object({
  date: z.iso.date({ error: 'Enter a date' }),
  status: ActionStatusSchema,
  note: z.string().check(z.maxLength(STATUS_NOTE_MAX, { error: 'Keep the note under 2,000 characters' })),
  /** The reviewer or team member who gave the update; optional. */
  by: z._default(z.string().check(z.maxLength(200, { error: 'Keep the name under 200 characters' })), ''),
})
export type StatusUpdate = z.infer<typeof StatusUpdateSchema>
export type StatusUpdateInput = z.input<typeof StatusUpdateSchema>

/** Months after the report date at which the team and reviewers look at an action again. */
export const reviewPointChoices = [3, 6] as const
export const ReviewPointMonthsSchema = z.union([z.literal(3), z.literal(6)], { error: 'Choose 3 or 6 months' })
export type ReviewPointMonths = z.infer<typeof ReviewPointMonthsSchema>
export const DEFAULT_REVIEW_POINT_MONTHS: ReviewPointMonths = 3
