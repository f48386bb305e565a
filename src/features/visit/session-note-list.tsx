import { memo, useCallback, useEffect, useRef, useState } from 'react'
import type { ScaleItem } from '#domain/scale/schema'
import { useSessionNotes } from '../../storage/live-visit'
import { useStorageAction } from '../../storage/use-storage-action'
import { visitRepo } from '../../storage/visit-repo'
import { FormError } from '../../ui/form'
import { SessionNoteCard } from './session-note-card'

interface Props {
  sessionId: string
  items: readonly ScaleItem[]
  locked: boolean
  /** The note the reviewer is in, for the guide to tag. */
  onActive: (note: { id: string; number: number } | null) => void
}

/**
 * The session's notes, oldest first, and the action that starts a new one. It reads the notes itself, so a note
 * saved while someone types redraws this list (and only the changed card), never the guide or the header.
 */
export const SessionNoteList = memo(function SessionNoteList({ sessionId, items, locked, onActive }: Props) {
  const notes = useSessionNotes(sessionId)
  const [added, setAdded] = useState<string | null>(null)
  const { run, busy, failure } = useStorageAction('The note was not added')
  // Keys typed between "Add a note" (or Alt+N) and the new note's text box appearing, a write and a read
  // later: held here and handed to the new note, so a reviewer who starts typing at once loses nothing.
  const typedAhead = useRef<string[] | null>(null)
  useEffect(() => {
    const hold = (event: KeyboardEvent) => {
      const held = typedAhead.current
      if (held === null || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key.length === 1) held.push(event.key)
      else if (event.key === 'Enter') held.push('\n')
      else if (event.key === 'Backspace') held.pop()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', hold, true)
    return () => window.removeEventListener('keydown', hold, true)
  }, [])
  const takeTypedAhead = useCallback(() => {
    const typed = typedAhead.current?.join('') ?? ''
    typedAhead.current = null
    return typed
  }, [])

  const addNote = useCallback(() => {
    typedAhead.current = []
    void run(async () => {
      try {
        const note = await visitRepo.addNote(sessionId, { note: '', itemIds: [] })
        setAdded(note.id)
      } catch (error) {
        typedAhead.current = null
        throw error
      }
    })
  }, [run, sessionId])
  const focusNote = useCallback((id: string, number: number) => onActive({ id, number }), [onActive])

  if (notes === undefined) return <p aria-busy="true">Loading the notes…</p>
  return (
    <section aria-labelledby="session-notes-heading">
      <h2 id="session-notes-heading">Notes ({notes.length})</h2>
      {notes.length === 0 ? (
        <p className="muted">No notes from this session yet.</p>
      ) : (
        <ol className="session-notes__list">
          {notes.map((note, i) => (
            <SessionNoteCard
              key={note.id}
              note={note}
              number={i + 1}
              items={items}
              locked={locked}
              focusOnMount={note.id === added}
              takeTypedAhead={note.id === added ? takeTypedAhead : undefined}
              onAddNote={addNote}
              onFocusNote={focusNote}
            />
          ))}
        </ol>
      )}
      {!locked && (
        <>
          <button type="button" onClick={addNote} disabled={busy}>
            Add a note
          </button>
          <FormError message={failure} />
          <p className="muted keyboard-hint">
            Keyboard: in a note, <kbd>Alt</kbd>+<kbd>T</kbd> goes to its items; type their numbers and press{' '}
            <kbd>Enter</kbd> to save them and go back to the note. <kbd>Alt</kbd>+<kbd>N</kbd> adds a note. Everything
            you type is saved on this device as you go.
          </p>
        </>
      )}
    </section>
  )
})
