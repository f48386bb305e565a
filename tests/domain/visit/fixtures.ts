import type { PlannedSession, VisitSession } from '#domain/visit/session'

/** A one-hour interview with the team leader on the first morning, about no items unless given. */
export function plannedSession(fields: Partial<PlannedSession> = {}): PlannedSession {
  return {
    date: '2026-03-02',
    start: '09:30',
    end: '10:30',
    kind: 'interview',
    role: 'team-leader',
    otherRoleLabel: '',
    people: 1,
    place: '',
    itemIds: [],
    ...fields,
  }
}

const stamp = '2026-03-02T09:00:00.000Z'

/** The same session as a stored row of review "r1" unless given. */
export function visitSession(id: string, fields: Partial<VisitSession> = {}): VisitSession {
  return {
    ...plannedSession(),
    id,
    reviewId: 'r1',
    position: 0,
    unplanned: false,
    createdAt: stamp,
    updatedAt: stamp,
    ...fields,
  }
}
