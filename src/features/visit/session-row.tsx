import { useEffect, useMemo, useRef } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { ScaleFile } from '#domain/scale/schema'
import type { VisitSession } from '#domain/visit/session'
import { draftJournal, draftRecords } from '../../storage/draft-journal'
import { useStorageAction } from '../../storage/use-storage-action'
import { visitRepo } from '../../storage/visit-repo'
import { ConfirmDelete } from '../../ui/confirm-delete'
import { SessionForm } from './session-form'
import { sessionTitle, sessionValues } from './session-values'

/** Where focus goes once a session has moved: the same session's button for the same direction. */
export type MovedFocus = { id: string; by: -1 | 1 } | null

/** One stored session of the plan: its form, and buttons to move it, remove it and take its notes. */
export function SessionRow({
  session,
  index,
  count,
  scale,
  locale,
  moved,
  onMove,
  onDirtyChange,
}: {
  session: VisitSession
  index: number
  count: number
  scale: Pick<ScaleFile, 'items'>
  locale: string
  moved: MovedFocus
  onMove: (id: string, by: -1 | 1) => void
  onDirtyChange: (id: string, dirty: boolean) => void
}) {
  const headingId = `session-${session.id}-heading`
  const title = sessionTitle(session, locale)
  const remove = useStorageAction('The session was not removed')
  const up = useRef<HTMLButtonElement>(null)
  const down = useRef<HTMLButtonElement>(null)
  const first = index === 0
  const last = index === count - 1
  const record = draftRecords.planSession(session.id)
  const journal = useMemo(
    () => draftJournal.field({ reviewId: session.reviewId, record, field: 'values' }),
    [session.reviewId, record],
  )

  // Keyboard users keep their place: after a move, focus stays on this session's button (or its other
  // one, at the top or bottom of the plan where the pressed one no longer applies).
  useEffect(() => {
    if (moved?.id !== session.id) return
    const wanted = moved.by === -1 ? (first ? down : up) : last ? up : down
    wanted.current?.focus()
  }, [moved, session.id, first, last, index])

  return (
    <section className="visit-session" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {index + 1}. {title}
        {session.unplanned && <span className="visit-session__tag"> (added on the day)</span>}
      </h3>
      <div className="visit-session__actions">
        <button
          ref={up}
          type="button"
          className="button--secondary button--small"
          disabled={first}
          aria-label={`Move session ${index + 1} up`}
          onClick={() => onMove(session.id, -1)}
        >
          Move up
        </button>
        <button
          ref={down}
          type="button"
          className="button--secondary button--small"
          disabled={last}
          aria-label={`Move session ${index + 1} down`}
          onClick={() => onMove(session.id, 1)}
        >
          Move down
        </button>
        <Link to={paths.sessionNotes(session.reviewId, session.id)}>Take notes</Link>
        <ConfirmDelete
          label="Remove session"
          question={`Remove session ${index + 1} (${title}) from the plan?`}
          onConfirm={() =>
            remove.run(async () => {
              await visitRepo.removeSession(session.id)
              await draftJournal.clearRecord(session.reviewId, record)
            })
          }
        />
      </div>
      {remove.failure && (
        <p className="form-error" role="alert">
          {remove.failure}
        </p>
      )}
      <SessionForm
        initial={sessionValues(session)}
        isNew={false}
        scale={scale}
        locale={locale}
        submitLabel="Save session"
        onSave={(planned) => visitRepo.updateSession(session.id, planned)}
        onDirtyChange={(dirty) => onDirtyChange(session.id, dirty)}
        journal={journal}
      />
    </section>
  )
}
