import type * as z from 'zod/mini'
import { formatReportDate } from '#domain/text/dates'
import { describeSession } from '#domain/visit/data-request'
import type { PlannedSession, PlannedSessionSchema } from '#domain/visit/session'

export type SessionValues = z.input<typeof PlannedSessionSchema>

/** The editable fields of a stored or planned session. */
export function sessionValues(session: PlannedSession): SessionValues {
  const { date, start, end, kind, role, otherRoleLabel, people, place, itemIds } = session
  return { date, start, end, kind, role, otherRoleLabel, people, place, itemIds }
}

/** "2 March 2026, 09:30-10:30 Interview: 1 team leader". */
export function sessionTitle(session: PlannedSession, locale: string): string {
  return `${formatReportDate(session.date)}, ${describeSession(session, locale)}`
}
