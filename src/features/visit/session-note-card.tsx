import { memo, useCallback, useMemo, useRef, type KeyboardEvent } from 'react'
import type { ScaleItem } from '#domain/scale/schema'
import type { SessionNote } from '#domain/visit/session-note'
import { draftJournal, draftRecords } from '../../storage/draft-journal'
import { describeSaveFailure } from '../../storage/storage-error'
import { useStorageAction } from '../../storage/use-storage-action'
import { visitRepo } from '../../storage/visit-repo'
import { AutosaveTextField } from '../../ui/autosave-text-field'
import { ConfirmDelete } from '../../ui/confirm-delete'
import { FormError } from '../../ui/form'
import { SessionNoteTagged } from './session-note-tagged'
import { SessionNoteTags } from './session-note-tags'

interface Props {
  note: SessionNote
  number: number
  items: readonly ScaleItem[]
  locked: boolean
  focusOnMount: boolean
  /** For the note just added: the keys typed while it was being made. */
  takeTypedAhead?: () => string
  /** Alt+N from a note: start the next one. */
  onAddNote: () => void
  onFocusNote: (noteId: string, number: number) => void
}

/** Alt+T from a note's text: its items. `code`, not `key`: on a Mac, Alt+T types "†". */
const isTagsShortcut = (event: KeyboardEvent) =>
  event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyT'
const isNewNoteShortcut = (event: KeyboardEvent) =>
  event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN'

/** One note of a session: its text, saved as it is typed, and the items it is tagged to. */
export const SessionNoteCard = memo(function SessionNoteCard({
  note,
  number,
  items,
  locked,
  focusOnMount,
  takeTypedAhead,
  onAddNote,
  onFocusNote,
}: Props) {
  const { id, reviewId } = note
  const record = draftRecords.sessionNote(id)
  const card = useRef<HTMLElement>(null)
  const tags = useRef<HTMLInputElement>(null)
  const { run, failure } = useStorageAction()
  const journal = useMemo(() => draftJournal.field({ reviewId, record, field: 'note' }), [reviewId, record])
  const save = useCallback(async (text: string) => void (await visitRepo.updateNote(id, { note: text })), [id])
  const backToNote = useCallback(() => card.current?.querySelector('textarea')?.focus(), [])
  const remove = () =>
    run(async () => {
      await visitRepo.removeNote(id)
      await draftJournal.clearRecord(reviewId, record)
    }, 'The note was not deleted')

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (locked) return
    if (isTagsShortcut(event) && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault()
      tags.current?.focus()
    } else if (isNewNoteShortcut(event)) {
      event.preventDefault()
      onAddNote()
    }
  }

  return (
    <li className="session-note">
      <article aria-label={`Note ${number}`} ref={card} onKeyDown={onKeyDown} onFocus={() => onFocusNote(id, number)}>
        {/* A form of its own per note: the browser's autofill looks over every control of a form (and all the
            controls outside any form as one) on each keystroke, so 50 notes in one scope cost 5 ms a key. */}
        <form className="session-note__form" onSubmit={(event) => event.preventDefault()}>
          <AutosaveTextField
            label={`Note ${number}`}
            stored={note.note}
            storedAt={note.updatedAt}
            save={save}
            journal={journal}
            describe={describeSaveFailure}
            rows={4}
            maxLength={50_000}
            readOnly={locked}
            autoFocus={focusOnMount}
            takeTypedAhead={takeTypedAhead}
          />
          {!locked && (
            <SessionNoteTags
              reviewId={reviewId}
              noteId={id}
              number={number}
              itemIds={note.itemIds}
              updatedAt={note.updatedAt}
              items={items}
              inputRef={tags}
              onDone={backToNote}
            />
          )}
          {/* While it can be edited the tags field shows this itself, from what is typed (see SessionNoteTags). */}
          {locked && <SessionNoteTagged itemIds={note.itemIds} items={items} />}
          {!locked && (
            <>
              <FormError message={failure} />
              <ConfirmDelete
                className="session-note__confirm"
                label={`Delete note ${number}`}
                question="Delete this note? It is removed from every item it is tagged to. This cannot be undone."
                onConfirm={remove}
              />
            </>
          )}
        </form>
      </article>
    </li>
  )
}, sameCard)

// Every save re-reads the session's notes as new objects: a note that did not change is not drawn again.
function sameCard(before: Props, after: Props): boolean {
  const a = before.note
  const b = after.note
  return (
    before.number === after.number &&
    before.items === after.items &&
    before.locked === after.locked &&
    before.focusOnMount === after.focusOnMount &&
    before.onAddNote === after.onAddNote &&
    before.onFocusNote === after.onFocusNote &&
    a.id === b.id &&
    a.note === b.note &&
    a.updatedAt === b.updatedAt &&
    a.itemIds.length === b.itemIds.length &&
    a.itemIds.every((itemId, i) => b.itemIds[i] === itemId)
  )
}
