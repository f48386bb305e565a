import * as z from 'zod/mini'
import '#domain/text/zod-messages'
import { VisitSessionSchema, type SessionKind, type VisitSession } from './session'
import type { StakeholderRole } from './roles'

/**
 * Reviews written before the visit plan (database version 3, exchange format 1) carried a fixed planning
 * checklist of eight tasks, each with a date and a tick. This reads it and turns it into the plan's terms,
 * for the database migration and for format-1 files alike, so both give the same sessions.
 */
const legacyTaskKinds = [
  'documents-requested',
  'interview-team-leader',
  'interview-employment-specialists',
  'interview-clinicians',
  'interview-service-users',
  'interview-senior-managers',
  'observe-team-meeting',
  'observe-employer-engagement',
] as const
type LegacyTaskKind = (typeof legacyTaskKinds)[number]

export const LegacyPlanningTaskSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(legacyTaskKinds),
  label: z.string().check(z.trim(), z.minLength(1, { error: 'Describe the task' }), z.maxLength(200)),
  date: z.nullable(z.iso.date({ error: 'Enter a date' })),
  done: z.boolean(),
})
export const LegacyPlanningChecklistSchema = z.array(LegacyPlanningTaskSchema).check(z.maxLength(100))
export type LegacyPlanningTask = z.infer<typeof LegacyPlanningTaskSchema>

/** The checklist entry a visit's "data request sent" tick is kept under. */
export const DATA_REQUEST_SENT = 'data-request-sent'

// The session each old task stood for; the old document request is a tick, not a session.
const sessionOfTask: Record<Exclude<LegacyTaskKind, 'documents-requested'>, [SessionKind, StakeholderRole]> = {
  'interview-team-leader': ['interview', 'team-leader'],
  'interview-employment-specialists': ['group-interview', 'employment-specialist'],
  'interview-clinicians': ['group-interview', 'clinician'],
  'interview-service-users': ['group-interview', 'service-user'],
  'interview-senior-managers': ['interview', 'senior-manager'],
  'observe-team-meeting': ['observation', 'clinician'],
  'observe-employer-engagement': ['observation', 'employment-specialist'],
}

type SessionTask = LegacyPlanningTask & { kind: Exclude<LegacyTaskKind, 'documents-requested'> }
const isSessionTask = (task: LegacyPlanningTask): task is SessionTask => task.kind !== 'documents-requested'

export interface ChecklistMigration {
  sessions: VisitSession[]
  checklistDone: string[]
}

/**
 * The sessions an old checklist recorded: one per task that had a date or a tick (untouched tasks were only
 * the default list, so they make nothing). The old checklist had no times or head counts, so each session
 * is 09:00-10:00 with 1 person for a one-to-one interview and 0 (not counted) otherwise, and no items yet:
 * the reviewer sees them in the plan and corrects them. Ids are made from the review and task, so the
 * database migration and a format-1 file of the same review give the same rows and an import merges them.
 */
export function migratePlanningChecklist(
  review: { id: string; visitStart: string; updatedAt: string },
  checklist: readonly LegacyPlanningTask[],
): ChecklistMigration {
  const checklistDone = checklist.some((task) => task.kind === 'documents-requested' && task.done)
    ? [DATA_REQUEST_SENT]
    : []
  const sessions = checklist
    .filter(isSessionTask)
    .filter((task) => task.date !== null || task.done)
    .flatMap((task, position) => {
      const [kind, role] = sessionOfTask[task.kind]
      // A review whose dates do not read cannot place a session; it keeps its other rows.
      const session = VisitSessionSchema.safeParse({
        id: `${review.id}:${task.id}`,
        reviewId: review.id,
        position,
        date: task.date ?? review.visitStart,
        start: '09:00',
        end: '10:00',
        kind,
        role,
        otherRoleLabel: '',
        people: kind === 'interview' ? 1 : 0,
        place: '',
        itemIds: [],
        unplanned: false,
        createdAt: review.updatedAt,
        updatedAt: review.updatedAt,
      })
      return session.success ? [session.data] : []
    })
  return { sessions, checklistDone }
}
