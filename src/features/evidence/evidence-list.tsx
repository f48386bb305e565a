import { useMemo, useState, type Ref } from 'react'
import type { EvidenceEntry } from '#domain/review/evidence'
import type { VisitSession } from '#domain/visit/session'
import type { SessionNote } from '#domain/visit/session-note'
import { byTimeTaken } from '#domain/visit/session-guide'
import { AddEvidenceForm } from './add-evidence-form'
import { EvidenceEntryCard } from './evidence-entry-card'
import { SessionNoteEntry } from './session-note-entry'

interface Props {
  reviewId: string
  itemId: string
  entries: readonly EvidenceEntry[]
  /** Notes from sessions of the visit tagged to this item, shown among the entries by when they were taken. */
  sessionNotes: readonly SessionNote[]
  sessions: ReadonlyMap<string, VisitSession>
  locale: string
  sourceRef?: Ref<HTMLSelectElement>
}

/** The item's evidence entries and session notes, oldest first, with the form that adds an entry. */
export function EvidenceList({ reviewId, itemId, entries, sessionNotes, sessions, locale, sourceRef }: Props) {
  const [added, setAdded] = useState<string | null>(null)
  const records = useMemo(() => byTimeTaken(entries, sessionNotes), [entries, sessionNotes])
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence ({records.length})</h2>
      {records.length === 0 ? (
        <p className="muted">No evidence for this item yet.</p>
      ) : (
        <ol className="evidence-list">
          {records.map((record, index) =>
            record.kind === 'entry' ? (
              <EvidenceEntryCard
                key={record.row.id}
                entry={record.row}
                number={index + 1}
                focusOnMount={record.row.id === added}
              />
            ) : (
              <SessionNoteEntry
                key={record.row.id}
                note={record.row}
                session={sessions.get(record.row.sessionId)}
                locale={locale}
                number={index + 1}
              />
            ),
          )}
        </ol>
      )}
      <AddEvidenceForm reviewId={reviewId} itemId={itemId} onAdded={setAdded} sourceRef={sourceRef} />
    </section>
  )
}
