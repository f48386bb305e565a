import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { sessionKindLabels, type VisitSession } from '#domain/visit/session'
import { describePeople } from '#domain/visit/roles'
import { gatheringChecklist, tickedCount } from '#domain/visit/checklist'
import { formatReportDate } from '#domain/text/dates'
import { useVisitSessions } from '../../storage/live-visit'
import { useScaleCatalogue } from '../../storage/live-scales'
import { useTeam } from '../../storage/live-teams'

/** The review's visit plan at a glance: each session's day, time, kind and who, and the way to change it. */
export function VisitPlanSummary({ review }: { review: Review }) {
  const sessions = useVisitSessions(review.id)
  const scale = useScaleCatalogue().find(review.scaleId, review.scaleVersion)
  const locale = scale?.locale ?? 'en-GB'
  // A practice case has no visit.
  if (review.type === 'training') return null
  if (review.type === 'self-assessment') return <ChecklistSummary review={review} scale={scale} />
  return (
    <section aria-labelledby="visit-plan-heading">
      <h2 id="visit-plan-heading">Visit plan</h2>
      {sessions === undefined ? (
        <p aria-busy="true">Loading the visit plan…</p>
      ) : sessions.length === 0 ? (
        <p>No sessions are planned yet.</p>
      ) : (
        <SessionList reviewId={review.id} sessions={sessions} locale={locale} />
      )}
      <p>
        <Link to={paths.visitPlan(review.id)}>
          {review.status === 'final' ? 'Open the visit plan' : 'Edit the visit plan'}
        </Link>
      </p>
    </section>
  )
}

function ChecklistSummary({ review, scale }: { review: Review; scale: ScaleFile | undefined }) {
  const team = useTeam(review.teamId)
  const entries = scale ? gatheringChecklist(scale, scale.locale, team?.specialistCount ?? 1) : []
  return (
    <section aria-labelledby="visit-plan-heading">
      <h2 id="visit-plan-heading">What to gather and who to ask</h2>
      {scale && (
        <p>
          {tickedCount(entries, review.checklistDone)} of {entries.length} steps ticked.
        </p>
      )}
      <p>
        <Link to={paths.visitPlan(review.id)}>Open the checklist</Link>
      </p>
    </section>
  )
}

// Each session opens its notes: on the day, the review page is where a reviewer starts the next interview.
function SessionList({ reviewId, sessions, locale }: { reviewId: string; sessions: VisitSession[]; locale: string }) {
  return (
    <ol className="visit-plan-summary">
      {sessions.map((session) => (
        <li key={session.id}>
          <Link to={paths.sessionNotes(reviewId, session.id)}>
            {formatReportDate(session.date)}, {session.start}–{session.end}: {sessionKindLabels[session.kind]}
            {session.role && `, ${describePeople(session.role, session.people, locale, session.otherRoleLabel)}`}
          </Link>
        </li>
      ))}
    </ol>
  )
}
