import { formatReportDate, formatVisitDates } from '#domain/text/dates'
import { plural } from '#domain/text/plural'
import { describePeople, roleLabel } from './roles'
import { sessionKindLabels, type PlannedSession } from './session'
import {
  documentText,
  visitDocument,
  type DocumentBlock,
  type VisitDocument,
  type VisitDocumentContext,
} from './visit-document'

/** One thing the team is asked to send before the visit, and what the reviewers use it for. */
export interface RequestedDocument {
  id: string
  what: string
  why: string
}

export const requestedDocuments: readonly RequestedDocument[] = [
  {
    id: 'caseload-list',
    what: 'A caseload list: each employment specialist’s active caseload and their hours as a full-time equivalent',
    why: 'caseload size and the record sample',
  },
  {
    id: 'job-descriptions',
    what: 'Job descriptions for the employment specialists and the team leader',
    why: 'staff roles and supervision',
  },
  { id: 'referral-form', what: 'The referral form and any referral criteria', why: 'zero exclusion' },
  {
    id: 'operational-policy',
    what: 'The operational policy of the IPS service',
    why: 'how the service is organised and led',
  },
  {
    id: 'employer-contact-logs',
    what: 'Employer contact logs for the last month, for each employment specialist',
    why: 'job development',
  },
  { id: 'supervision-notes', what: 'Notes of group supervision for the last month', why: 'the supervisor’s role' },
  {
    id: 'outcome-returns',
    what: 'The latest outcome returns: people on the caseload, job starts and people in work',
    why: 'competitive jobs and the variety of jobs and employers',
  },
]

/**
 * How many records the reviewers look at: 10, and at least 2 from each specialist's caseload. The manual's
 * sample size is not confirmed (the reference marks it unverified); this is the app's choice, said on screen.
 */
export function recordSampleSize(specialistCount: number): number {
  return Math.max(10, 2 * Math.max(1, Math.round(specialistCount)))
}

export function recordSampleRequest(specialistCount: number): string {
  const size = recordSampleSize(specialistCount)
  return (
    `${plural(size, 'record')}, at least 2 from each employment specialist’s caseload, about half of people ` +
    'looking for work and half of people in work. The reviewers choose them at random from the caseload list ' +
    'on the first morning, so please have every record on the list available.'
  )
}

export const RECORD_SAMPLE_NOTE =
  'The size of the record sample is this app’s choice (10 records, at least 2 per specialist): the fidelity manual’s own figure is not confirmed.'

interface RequestContext extends VisitDocumentContext {
  specialistCount: number
}

/** The pre-visit data request: the documents to send and the record sample the reviewers draw on the day. */
export function dataRequestDocument(context: RequestContext): VisitDocument {
  const title = `Fidelity review of ${context.teamName}: information to send before the visit (${formatVisitDates(context.visitStart, context.visitEnd)})`
  return visitDocument('data-request', context, title, [
    { kind: 'heading', text: 'Documents to send before the visit' },
    { kind: 'list', items: requestedDocuments.map((doc) => `${doc.what} (for ${doc.why}).`) },
    { kind: 'heading', text: 'Records to have available on the day' },
    { kind: 'list', items: [recordSampleRequest(context.specialistCount)] },
    { kind: 'paragraph', text: 'No names are needed: the reviewers note records by an anonymous code.' },
  ])
}

/** The pre-visit data request as plain text, to paste into an email. */
export function dataRequestText(context: RequestContext): string {
  return documentText(dataRequestDocument(context))
}

/** "09:30-10:30 Interview: 1 team leader (room 2)". */
export function describeSession(session: PlannedSession, locale: string): string {
  const who =
    session.role === null
      ? ''
      : session.people > 0
        ? `: ${describePeople(session.role, session.people, locale, session.otherRoleLabel)}`
        : `: ${session.role === 'other' && session.otherRoleLabel ? session.otherRoleLabel : roleLabel(session.role, locale)}`
  const place = session.place ? ` (${session.place})` : ''
  return `${session.start}-${session.end} ${sessionKindLabels[session.kind]}${who}${place}`
}

/** The visit agenda: the plan's sessions day by day, in time order. */
export function agendaDocument(
  context: VisitDocumentContext,
  sessions: readonly PlannedSession[],
  locale: string,
): VisitDocument {
  const byDay = new Map<string, PlannedSession[]>()
  for (const session of [...sessions].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start))) {
    byDay.set(session.date, [...(byDay.get(session.date) ?? []), session])
  }
  const blocks: DocumentBlock[] = [...byDay].flatMap(([date, daySessions]): DocumentBlock[] => [
    { kind: 'heading', text: formatReportDate(date) },
    { kind: 'list', items: daySessions.map((session) => describeSession(session, locale)) },
  ])
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: 'No sessions are planned yet.' })
  return visitDocument('agenda', context, `Fidelity review of ${context.teamName}: visit agenda`, blocks)
}

/** The visit agenda as plain text, day by day, in time order. */
export function agendaText(teamName: string, sessions: readonly PlannedSession[], locale: string): string {
  const [first] = [...sessions].sort((a, b) => a.date.localeCompare(b.date))
  const day = first?.date ?? '1970-01-01'
  return documentText(agendaDocument({ teamName, visitStart: day, visitEnd: day }, sessions, locale))
}
