import { useId, useMemo, useState, type Ref } from 'react'
import type { ScaleItem } from '#domain/scale/schema'
import { itemTagText, parseItemTags } from '#domain/visit/session-note'
import { draftJournal, draftRecords } from '../../storage/draft-journal'
import { useStorageAction } from '../../storage/use-storage-action'
import { visitRepo } from '../../storage/visit-repo'
import { draftIsNewer } from '../../ui/use-autosave'
import { SessionNoteTagged } from './session-note-tagged'

/** What the field shows while the reviewer edits it: their text, and the stored tags it started from. */
type Draft = { text: string; base: string; committed: boolean }

interface Props {
  reviewId: string
  noteId: string
  number: number
  itemIds: readonly string[]
  updatedAt: string
  items: readonly ScaleItem[]
  inputRef: Ref<HTMLInputElement>
  /** After Enter has saved valid tags: back to the note's text. */
  onDone: () => void
}

/**
 * The items a note is tagged to, typed as item numbers ("4, 5 9"). Saved on Enter or on leaving the field, and
 * only when every number is an item of this scale; until then the message says what is wrong and nothing is
 * stored. Each keystroke is journalled, so tags typed just before a crash come back.
 */
export function SessionNoteTags({ reviewId, noteId, number, itemIds, updatedAt, items, inputRef, onDone }: Props) {
  const id = useId()
  const journal = useMemo(
    () => draftJournal.field({ reviewId, record: draftRecords.sessionNote(noteId), field: 'tags' }),
    [reviewId, noteId],
  )
  const stored = itemTagText(itemIds, items)
  const [draft, setDraft] = useState<Draft | null>(() => {
    const journalled = journal.read()
    if (journalled && draftIsNewer(journalled, stored, updatedAt)) {
      return { text: journalled.value, base: stored, committed: false }
    }
    if (journalled) journal.clear(journalled.value)
    return null
  })
  const [message, setMessage] = useState<string | null>(null)
  const { run, failure } = useStorageAction('The items were not saved')

  // A saved draft stays on screen until the stored tags change, so the text does not flicker back meanwhile.
  const shown = draft && (!draft.committed || draft.base === stored) ? draft.text : stored

  function change(text: string) {
    journal.write(text, stored)
    setDraft({ text, base: stored, committed: false })
    setMessage(null)
  }

  /** Saves the typed tags when they are valid; returns whether the field holds no unsaved or wrong text. */
  async function commit(): Promise<boolean> {
    if (!draft || draft.committed) return true
    const parsed = parseItemTags(draft.text, items)
    if (!parsed.ok) {
      setMessage(parsed.message)
      return false
    }
    const text = draft.text
    const same = parsed.itemIds.length === itemIds.length && parsed.itemIds.every((itemId, i) => itemIds[i] === itemId)
    if (same) {
      journal.clear(text)
      setDraft(null)
      return true
    }
    const saved = await run(() => visitRepo.updateNote(noteId, { itemIds: parsed.itemIds }))
    if (saved) {
      journal.clear(text)
      setDraft((current) =>
        current?.text === text ? { text: itemTagText(parsed.itemIds, items), base: stored, committed: true } : current,
      )
    }
    return saved
  }

  const typed = parseItemTags(shown, items)
  const preview = typed.ok ? typed.itemIds : itemIds
  const hintId = `${id}-hint`
  const messageId = `${id}-message`
  const problem = message ?? failure
  return (
    <>
      <div className="field session-note__tags">
        <label htmlFor={id}>Items for note {number}</label>
        <p id={hintId} className="field-hint">
          Item numbers, such as 4, 5, 9. Enter saves them and goes back to the note.
        </p>
        <input
          id={id}
          ref={inputRef}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={shown}
          aria-invalid={message ? true : undefined}
          aria-describedby={`${hintId} ${messageId}`}
          onChange={(event) => change(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            void commit().then((ok) => {
              if (ok) onDone()
            })
          }}
        />
        {/* Space kept for the message, so nothing moves when one appears. */}
        <p id={messageId} className="field-error session-note__message" role={problem ? 'alert' : undefined}>
          {problem}
        </p>
      </div>
      {/* From what is typed, not from what is stored: the tags save on leaving the field, often on the mouse-down of
          a control below, and a list that grew then would move that control away before the mouse-up. */}
      <SessionNoteTagged itemIds={preview} items={items} />
    </>
  )
}
