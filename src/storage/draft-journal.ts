/**
 * A synchronous journal of unsaved edits in localStorage. IndexedDB writes are asynchronous and a
 * closed tab or a crash can cut them off; a localStorage write finishes before the keystroke's
 * handler returns, so every character typed survives until the database has it.
 */

/** Every key this app keeps in localStorage or sessionStorage starts with this, so erasing can find them all. */
export const APP_STORAGE_PREFIX = 'ips-fidelity-review:'
const PREFIX = `${APP_STORAGE_PREFIX}draft:`

/** The `record` part of a draft's key for each kind of journalled row. */
export const draftRecords = {
  evidence: (entryId: string) => `evidence/${entryId}`,
  calculator: (itemId: string) => `calculator/${itemId}`,
  recordRow: (rowId: string) => `record/${rowId}`,
}

export interface DraftKey {
  reviewId: string
  /** What was being edited, e.g. "evidence/<entry id>" or "calculator/<item id>". */
  record: string
  field: string
}

export interface Draft extends DraftKey {
  value: string
  /** The stored value the edit started from, to tell a local edit from someone else's later change. */
  base: string
  /** When the edit was typed (ISO date-time). */
  at: string
}

/** One field's journal: what the autosave hook needs (structurally the same as ui/use-autosave's DraftStore). */
export interface FieldJournal {
  read(): Draft | null
  write(value: string, base: string): void
  clear(ifValue?: string): void
}

const storageKey = (key: DraftKey) => `${PREFIX}${key.reviewId}:${key.record}:${key.field}`

/** localStorage, or null where the browser blocks it. */
export function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // Some privacy settings throw on merely touching localStorage.
    return null
  }
}

function parse(text: string | null): Draft | null {
  if (text === null) return null
  try {
    const d = JSON.parse(text) as Partial<Draft>
    const strings = [d.reviewId, d.record, d.field, d.value, d.base, d.at]
    return strings.every((s) => typeof s === 'string') ? (d as Draft) : null
  } catch {
    return null
  }
}

export const draftJournal = {
  read(key: DraftKey): Draft | null {
    return parse(localStore()?.getItem(storageKey(key)) ?? null)
  },

  /** Never throws: if localStorage is full or blocked, the IndexedDB save still runs. Returns whether it was written. */
  write(key: DraftKey, value: string, base: string, now: Date = new Date()): boolean {
    const draft: Draft = { ...key, value, base, at: now.toISOString() }
    try {
      const store = localStore()
      if (!store) return false
      store.setItem(storageKey(key), JSON.stringify(draft))
      return true
    } catch {
      return false
    }
  },

  /** Removes the draft; with `ifValue`, only if it still holds that value (so a newer keystroke is kept). */
  clear(key: DraftKey, ifValue?: string): void {
    const store = localStore()
    if (!store) return
    if (ifValue !== undefined && draftJournal.read(key)?.value !== ifValue) return
    try {
      store.removeItem(storageKey(key))
    } catch {
      // Nothing to do: a draft left behind is only ever a duplicate of saved text.
    }
  },

  /** Every draft of one review, e.g. to recover them when the review is opened. */
  listForReview(reviewId: string): Draft[] {
    const store = localStore()
    if (!store) return []
    const prefix = `${PREFIX}${reviewId}:`
    const drafts: Draft[] = []
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i)
      if (!key?.startsWith(prefix)) continue
      const draft = parse(store.getItem(key))
      if (draft?.reviewId === reviewId) drafts.push(draft)
    }
    return drafts
  },

  /** Removes every draft of a record (after deleting it, so nothing resurrects it). */
  clearRecord(reviewId: string, record: string): void {
    for (const draft of draftJournal.listForReview(reviewId)) {
      if (draft.record === record) draftJournal.clear(draft)
    }
  },

  /** The journal of one field, in the shape the autosave hook takes. */
  field(key: DraftKey): FieldJournal {
    return {
      read: () => draftJournal.read(key),
      write: (value, base) => void draftJournal.write(key, value, base),
      clear: (ifValue) => draftJournal.clear(key, ifValue),
    }
  },
}
