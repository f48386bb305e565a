import { useCallback, useMemo, useState } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { Review } from '#domain/review/review'
import type { ScaleFile, ScaleItem } from '#domain/scale/schema'
import { formatReportDate } from '#domain/text/dates'
import { describePeople } from '#domain/visit/roles'
import { sessionKindLabels, type VisitSession } from '#domain/visit/session'
import { sessionGuide, sessionWho, withItemTag } from '#domain/visit/session-guide'
import { useVisitSessions } from '../../storage/live-visit'
import { useStorageAction } from '../../storage/use-storage-action'
import { visitRepo } from '../../storage/visit-repo'
import { FormError } from '../../ui/form'
import { usePageTitle } from '../../ui/use-page-title'
import { SessionGuidePanel } from './session-guide-panel'
import { SessionNoteList } from './session-note-list'
import './session-notes.css'

/** The screen a reviewer keeps open during one session of the visit: its notes, and the guide beside them. */
export function SessionNotesScreen({
  review,
  scale,
  sessionId,
}: {
  review: Review
  scale: ScaleFile
  sessionId: string
}) {
  const sessions = useVisitSessions(review.id)
  const index = sessions?.findIndex((candidate) => candidate.id === sessionId) ?? -1
  const session = sessions?.[index]
  usePageTitle(session ? `${sessionKindLabels[session.kind]} - session notes` : 'Session notes')
  if (sessions === undefined) return <p aria-busy="true">Loading the session…</p>
  if (!session) {
    return (
      <div className="empty-state">
        <h1>Session not found</h1>
        <p>This session is not in the review’s visit plan. It may have been removed from the plan.</p>
        <Link to={paths.review(review.id)}>Back to the review</Link>
      </div>
    )
  }
  return (
    <SessionNotes
      key={session.id}
      review={review}
      scale={scale}
      session={session}
      previous={sessions[index - 1]}
      next={sessions[index + 1]}
    />
  )
}

function SessionNotes({
  review,
  scale,
  session,
  previous,
  next,
}: {
  review: Review
  scale: ScaleFile
  session: VisitSession
  previous: VisitSession | undefined
  next: VisitSession | undefined
}) {
  const locked = review.status === 'final'
  // The note last focused, which the guide tags: its id and its number in the list.
  const [active, setActive] = useState<{ id: string; number: number } | null>(null)
  // Moving between a note's text and its items keeps the same note: nothing to redraw.
  const activate = useCallback(
    (note: { id: string; number: number } | null) =>
      setActive((current) => (current?.id === note?.id && current?.number === note?.number ? current : note)),
    [],
  )
  const { run, failure } = useStorageAction('The note was not tagged')
  const guide = useMemo(() => sessionGuide(scale, session), [scale, session])
  const kind = sessionKindLabels[session.kind]
  const guideTitle = `What to ask or look for${session.role ? ` (${sessionWho(session, scale.locale)})` : ''}`

  const tag = useCallback(
    (item: ScaleItem) => {
      if (!active) return
      void run(async () => {
        const note = (await visitRepo.listNotesForSession(session.id)).find((candidate) => candidate.id === active.id)
        if (!note) return
        await visitRepo.updateNote(note.id, { itemIds: withItemTag(note.itemIds, item.id, scale.items) })
      })
    },
    [active, run, session.id, scale.items],
  )

  return (
    <div className="page session-notes">
      <p className="session-notes__eyebrow">Session notes{session.unplanned ? ' · added on the day' : ''}</p>
      <h1>
        {kind}
        {session.role && `: ${describePeople(session.role, session.people, scale.locale, session.otherRoleLabel)}`}
      </h1>
      <p className="session-notes__when">
        {formatReportDate(session.date)}, {session.start}–{session.end}
        {session.place && ` · ${session.place}`}
      </p>
      <nav className="session-notes__links" aria-label="This review">
        <Link to={paths.review(review.id)}>Review overview</Link>
        <Link to={paths.visitPlan(review.id)}>Visit plan</Link>
      </nav>
      <nav className="pager" aria-label="Previous and next session">
        {previous && (
          <Link to={paths.sessionNotes(review.id, previous.id)} rel="prev">
            ← {sessionKindLabels[previous.kind]}
            {previous.role && `, ${sessionWho(previous, scale.locale)}`}
          </Link>
        )}
        {next && (
          <Link to={paths.sessionNotes(review.id, next.id)} rel="next">
            {sessionKindLabels[next.kind]}
            {next.role && `, ${sessionWho(next, scale.locale)}`} →
          </Link>
        )}
      </nav>
      <div className="session-notes__columns">
        <SessionGuidePanel
          title={guideTitle}
          entries={guide}
          noteNumber={locked ? null : (active?.number ?? null)}
          onTag={tag}
        />
        <div className="session-notes__notes">
          {locked && (
            <p className="session-notes__locked" role="note">
              This review is final, so its notes are read-only. Reopen the review from its consensus or rating screen to
              change anything.
            </p>
          )}
          <FormError message={failure} />
          <SessionNoteList sessionId={session.id} items={scale.items} locked={locked} onActive={activate} />
        </div>
      </div>
    </div>
  )
}
