import { addDays } from '#domain/text/dates'
import type { ScaleFile } from '#domain/scale/schema'
import { expectedItems } from './guide'
import type { StakeholderRole } from './roles'
import type { PlannedSession, SessionKind } from './session'

type Slot = [day: 0 | 1, start: string, end: string, kind: SessionKind, role: StakeholderRole | null, people: number]

// The usual two-day visit, after the manual's sample schedule: people first, records and documents on the
// second day, feedback last. Observations start with no head count: the reviewer counts on the day.
const twoDays = (specialists: number): Slot[] => [
  [0, '09:30', '10:30', 'interview', 'team-leader', 1],
  [0, '10:45', '12:15', 'group-interview', 'employment-specialist', specialists],
  [0, '12:30', '13:30', 'observation', 'clinician', 0],
  [0, '14:00', '15:00', 'group-interview', 'clinician', 3],
  [0, '15:15', '16:15', 'group-interview', 'service-user', 4],
  [1, '09:30', '10:15', 'interview', 'senior-manager', 1],
  [1, '10:30', '11:15', 'interview', 'work-coach', 1],
  [1, '11:30', '13:00', 'record-review', null, 0],
  [1, '13:45', '15:00', 'observation', 'employment-specialist', 1],
  [1, '15:00', '15:45', 'document-review', null, 0],
  [1, '16:00', '16:45', 'feedback-meeting', 'team-leader', 1],
]

// The same sessions, shorter, when the visit is one day.
const oneDay = (specialists: number): Slot[] => [
  [0, '09:00', '09:45', 'interview', 'team-leader', 1],
  [0, '09:45', '10:45', 'group-interview', 'employment-specialist', specialists],
  [0, '11:00', '11:45', 'observation', 'clinician', 0],
  [0, '11:45', '12:30', 'group-interview', 'clinician', 3],
  [0, '13:15', '14:00', 'group-interview', 'service-user', 4],
  [0, '14:00', '14:30', 'interview', 'senior-manager', 1],
  [0, '14:30', '15:00', 'interview', 'work-coach', 1],
  [0, '15:00', '16:00', 'record-review', null, 0],
  [0, '16:15', '16:45', 'feedback-meeting', 'team-leader', 1],
]

/**
 * The default plan of an independent review: the usual schedule on the visit's first two days (or the
 * shorter one for a one-day visit), each session with the items the scale says it can inform.
 */
export function defaultVisitPlan(
  scale: Pick<ScaleFile, 'items'>,
  visit: { visitStart: string; visitEnd: string },
  specialistCount: number,
): PlannedSession[] {
  const specialists = Math.max(1, Math.round(specialistCount))
  const slots = visit.visitStart === visit.visitEnd ? oneDay(specialists) : twoDays(specialists)
  return slots.map(([day, start, end, kind, role, people]) => ({
    date: addDays(visit.visitStart, day),
    start,
    end,
    kind,
    role,
    otherRoleLabel: '',
    people,
    place: '',
    itemIds: expectedItems(scale, kind, role).map((item) => item.id),
  }))
}
