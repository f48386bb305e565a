import { memo, useMemo, type RefObject } from 'react'
import type { VisitSession } from '#domain/visit/session'
import { useEvidence } from '../../storage/live-evidence'
import { useSessionNotesForItem, useVisitSessions } from '../../storage/live-visit'
import { EvidenceList } from './evidence-list'

/**
 * The item's evidence: its own entries and the session notes tagged to it, read here and not by the workspace, so
 * a note saved while typing redraws this list only: not the layout, the calculator or the navigator. Each query
 * watches its own rows: saving an entry does not re-read the review's session notes, nor the reverse.
 */
export const ItemEvidence = memo(function ItemEvidence(props: {
  reviewId: string
  itemId: string
  locale: string
  addEvidence: RefObject<HTMLSelectElement | null>
}) {
  const entries = useEvidence(props.reviewId, props.itemId)
  const notes = useSessionNotesForItem(props.reviewId, props.itemId)
  const sessions = useVisitSessions(props.reviewId)
  const sessionsById = useMemo(
    () => new Map<string, VisitSession>((sessions ?? []).map((session) => [session.id, session])),
    [sessions],
  )
  if (entries === undefined || notes === undefined || sessions === undefined) {
    return <p aria-busy="true">Loading evidence…</p>
  }
  return (
    <EvidenceList
      reviewId={props.reviewId}
      itemId={props.itemId}
      entries={entries}
      sessionNotes={notes}
      sessions={sessionsById}
      locale={props.locale}
      sourceRef={props.addEvidence}
    />
  )
})
