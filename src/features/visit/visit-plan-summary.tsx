import type { Review } from '#domain/review/review'
import { sessionKindLabels, type VisitSession } from '#domain/visit/session'
import { describePeople } from '#domain/visit/roles'
import { formatReportDate } from '#domain/text/dates'
import { useVisitSessions } from '../../storage/live-visit'
import { useScaleCatalogue } from '../../storage/live-scales'

/** The review's visit plan at a glance: each session's day, time, kind and who. */
export function VisitPlanSummary({ review }: { review: Review }) {
  const sessions = useVisitSessions(review.id)
  const locale = useScaleCatalogue().find(review.scaleId, review.scaleVersion)?.locale ?? 'en-GB'
  // A practice case has no visit.
  if (review.type === 'training') return null
  return (
    <section aria-labelledby="visit-plan-heading">
      <h2 id="visit-plan-heading">Visit plan</h2>
      {sessions === undefined ? (
        <p aria-busy="true">Loading the visit plan…</p>
      ) : sessions.length === 0 ? (
        <p>No sessions are planned yet.</p>
      ) : (
        <SessionList sessions={sessions} locale={locale} />
      )}
    </section>
  )
}

function SessionList({ sessions, locale }: { sessions: VisitSession[]; locale: string }) {
  return (
    <ol className="visit-plan-summary">
      {sessions.map((session) => (
        <li key={session.id}>
          {formatReportDate(session.date)}, {session.start}–{session.end}: {sessionKindLabels[session.kind]}
          {session.role && `, ${describePeople(session.role, session.people, locale, session.otherRoleLabel)}`}
        </li>
      ))}
    </ol>
  )
}
