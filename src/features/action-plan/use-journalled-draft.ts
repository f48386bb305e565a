import { useMemo, useState } from 'react'
import { draftJournal } from '../../storage/draft-journal'

/**
 * A field of a form that is saved by a button (a status update, a follow-up), journalled on this device at every
 * change like the autosaving fields, so a reload, a closed tab or a crash before the button is pressed loses
 * nothing. `clear` forgets the draft once it is saved.
 */
export function useJournalledDraft(reviewId: string, record: string, field: string, initial: string) {
  const journal = useMemo(() => draftJournal.field({ reviewId, record, field }), [reviewId, record, field])
  const [value, setValue] = useState(() => journal.read()?.value ?? initial)
  return {
    value,
    set(next: string) {
      setValue(next)
      journal.write(next, '')
    },
    /** After a save: back to `to` (the field's starting value) and the draft gone. */
    reset(to: string) {
      setValue(to)
      journal.clear()
    },
  }
}
