import * as z from 'zod/mini'
import '#domain/text/zod-messages'
import { StakeholderRoleSchema } from './roles'

/** What a session of the visit is; each kind yields one kind of evidence (the scale's data source codes). */
export const sessionKinds = [
  'interview',
  'group-interview',
  'observation',
  'record-review',
  'document-review',
  'feedback-meeting',
] as const
export const SessionKindSchema = z.enum(sessionKinds, { error: 'Choose the kind of session' })
export type SessionKind = z.infer<typeof SessionKindSchema>

export const sessionKindLabels: Record<SessionKind, string> = {
  interview: 'Interview',
  'group-interview': 'Group interview',
  observation: 'Observation',
  'record-review': 'Record review',
  'document-review': 'Document review',
  'feedback-meeting': 'Feedback meeting',
}

/** The data source code (as the scale files use them) a session of each kind provides; feedback provides none. */
export const sessionKindSource: Record<SessionKind, string | null> = {
  interview: 'INT',
  'group-interview': 'INT',
  observation: 'OBS',
  'record-review': 'DOC',
  'document-review': 'DOC',
  'feedback-meeting': null,
}

/** Kinds where the reviewers hear from or watch people, so the session says who (a role) and how many. */
export const kindsWithPeople: readonly SessionKind[] = [
  'interview',
  'group-interview',
  'observation',
  'feedback-meeting',
]

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/
const clockTime = z.string().check(z.regex(clockPattern, { error: 'Enter a time such as 09:30' }))

// A job title ("housing officer"), never a person's name: the plan says who by role only.
const otherRoleLabel = z.string().check(z.trim(), z.maxLength(60, { error: 'Keep the role under 60 characters' }))

// What a reviewer plans for one session; the stored row adds its review, position and times.
const plannedSessionFields = {
  date: z.iso.date({ error: 'Enter a date' }),
  start: clockTime,
  end: clockTime,
  kind: SessionKindSchema,
  role: z.nullable(StakeholderRoleSchema),
  otherRoleLabel: z._default(otherRoleLabel, ''),
  people: z
    .number({ error: 'Enter how many people' })
    .check(
      z.int({ error: 'Enter a whole number of people' }),
      z.gte(0, { error: 'Enter 0 or more people' }),
      z.lte(200, { error: 'Enter at most 200 people' }),
    ),
  place: z._default(z.string().check(z.trim(), z.maxLength(200, { error: 'Keep the place under 200 characters' })), ''),
  itemIds: z.array(z.string().check(z.minLength(1))).check(z.maxLength(100)),
}

type PlannedSessionShape = {
  start: string
  end: string
  kind: SessionKind
  role: z.infer<typeof StakeholderRoleSchema> | null
  otherRoleLabel: string
  itemIds: string[]
}

// One rule set for a form, a stored row and a file's row, so no route stores a session the plan refuses.
function checkSession(session: PlannedSessionShape, ctx: z.core.$RefinementCtx) {
  const timesValid = clockPattern.test(session.start) && clockPattern.test(session.end)
  if (timesValid && session.end <= session.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'The session must end after it starts' })
  }
  if (kindsWithPeople.includes(session.kind) && session.role === null) {
    ctx.addIssue({ code: 'custom', path: ['role'], message: 'Choose who the session is with' })
  }
  if (session.role === 'other' && session.otherRoleLabel === '') {
    ctx.addIssue({ code: 'custom', path: ['otherRoleLabel'], message: 'Say what their role is' })
  }
  if (new Set(session.itemIds).size !== session.itemIds.length) {
    ctx.addIssue({ code: 'custom', path: ['itemIds'], message: 'Each item is listed once' })
  }
}

/** A session as planned, before it is stored. */
export const PlannedSessionSchema = z.object(plannedSessionFields).check(z.superRefine(checkSession))
export type PlannedSession = z.infer<typeof PlannedSessionSchema>

/** A stored session of a review's visit plan. `position` orders the plan; `unplanned` marks one added on the day. */
export const VisitSessionSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    reviewId: z.string().check(z.minLength(1)),
    position: z.int().check(z.gte(0)),
    ...plannedSessionFields,
    unplanned: z._default(z.boolean(), false),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .check(z.superRefine(checkSession))
export type VisitSession = z.infer<typeof VisitSessionSchema>

/** Sessions in the plan's order: by position, then by time (two rows may share a position after an import). */
export function inPlanOrder<S extends Pick<VisitSession, 'position' | 'date' | 'start' | 'id'>>(
  sessions: readonly S[],
): S[] {
  return [...sessions].sort(
    (a, b) =>
      a.position - b.position ||
      a.date.localeCompare(b.date) ||
      a.start.localeCompare(b.start) ||
      a.id.localeCompare(b.id),
  )
}
