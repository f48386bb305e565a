import { memo } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { VisitSession } from '#domain/visit/session'
import type { SessionNote } from '#domain/visit/session-note'
import { sessionLabel } from '#domain/visit/session-guide'

interface Props {
  note: SessionNote
  session: VisitSession | undefined
  locale: string
  number: number
}

/**
 * A note taken in a session of the visit and tagged to this item, among the item's evidence. It is stored once
 * however many items it is tagged to, so it is edited where it was taken: on its session's notes.
 */
export const SessionNoteEntry = memo(function SessionNoteEntry({ note, session, locale, number }: Props) {
  const label = `Evidence ${number}: Session note, ${session ? sessionLabel(session, locale) : 'session no longer in the plan'}`
  return (
    <li className="evidence-entry evidence-entry--session-note">
      <article aria-label={label}>
        <h3 className="evidence-entry__title">{label}</h3>
        {note.note.trim() === '' ? (
          <p className="muted">Nothing written in this note yet.</p>
        ) : (
          <p className="evidence-entry__session-text">{note.note}</p>
        )}
        {session && (
          <Link to={paths.sessionNotes(note.reviewId, session.id)}>
            Open the session notes<span className="visually-hidden"> for note {number}</span>
          </Link>
        )}
      </article>
    </li>
  )
}, sameEntry)

// Every save re-reads the rows as new objects: an entry whose note and session did not change is not drawn again.
function sameEntry(before: Props, after: Props): boolean {
  return (
    before.number === after.number &&
    before.locale === after.locale &&
    before.session === after.session &&
    before.note.id === after.note.id &&
    before.note.note === after.note.note &&
    before.note.updatedAt === after.note.updatedAt
  )
}
