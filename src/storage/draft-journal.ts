import { getDatabase } from './database'
import type { Draft, DraftKey } from './draft'

/**
 * The journal of unsaved edits, in two layers:
 * - localStorage, written in the keystroke's own handler, so a reload or a closed tab keeps every
 *   character and a field can read its draft synchronously when it mounts;
 * - IndexedDB (the `drafts` table), written at most JOURNAL_FLUSH_MS after a change. Chromium puts
 *   localStorage on disk only seconds after a write, so a crash (a killed browser, a flat battery)
 *   can lose it; an IndexedDB transaction is on disk once it commits.
 * After a crash, `restoreForReview` copies the IndexedDB drafts back into localStorage before the
 * review's fields mount, so every field and every recovery step sees them.
 */

/** Every key this app keeps in localStorage or sessionStorage starts with this, so erasing can find them all. */
export const APP_STORAGE_PREFIX = 'ips-fidelity-review:'
const PREFIX = `${APP_STORAGE_PREFIX}draft:`

/** At most this long between a change and its durable copy; well inside the 500 ms a crash may cost. */
export const JOURNAL_FLUSH_MS = 100

/** The `record` part of a draft's key for each kind of journalled row. */
export const draftRecords = {
  evidence: (entryId: string) => `evidence/${entryId}`,
  calculator: (itemId: string) => `calculator/${itemId}`,
  recordRow: (rowId: string) => `record/${rowId}`,
  sessionNote: (noteId: string) => `session-note/${noteId}`,
  /** A visit-plan session's form, kept whole until it is saved; `new` for the "Add a session" form. */
  planSession: (sessionId: string) => `plan-session/${sessionId}`,
  /** The report's narrative: one record, a field per part. */
  reportNarrative: 'report-narrative',
  /** One item's finding in the reviewers' words. */
  itemFinding: (itemId: string) => `item-finding/${itemId}`,
}

/** One field's journal: what the autosave hook needs (structurally the same as ui/use-autosave's DraftStore). */
export interface FieldJournal {
  read(): Draft | null
  write(value: string, base: string): void
  clear(ifValue?: string): void
}

const storageKey = (key: DraftKey) => `${PREFIX}${key.reviewId}:${key.record}:${key.field}`
const durableKey = (key: DraftKey): [string, string, string] => [key.reviewId, key.record, key.field]

/** localStorage, or null where the browser blocks it. */
export function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // Some privacy settings throw on merely touching localStorage.
    return null
  }
}

function isDraft(d: Partial<Draft> | null | undefined): d is Draft {
  if (!d) return false
  return [d.reviewId, d.record, d.field, d.value, d.base, d.at].every((s) => typeof s === 'string')
}

function parse(text: string | null): Draft | null {
  if (text === null) return null
  try {
    const d = JSON.parse(text) as Partial<Draft>
    return isDraft(d) ? d : null
  } catch {
    return null
  }
}

function writeLocal(draft: Draft): boolean {
  try {
    const store = localStore()
    if (!store) return false
    store.setItem(storageKey(draft), JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}

function removeLocal(key: DraftKey) {
  try {
    localStore()?.removeItem(storageKey(key))
  } catch {
    // Nothing to do: a draft left behind is only ever a duplicate of saved text.
  }
}

function listLocal(reviewId: string): Draft[] {
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
}

/** The newest of several copies of each field's draft. */
function newestPerField(drafts: readonly Draft[]): Draft[] {
  const newest = new Map<string, Draft>()
  for (const draft of drafts) {
    const known = newest.get(storageKey(draft))
    if (!known || draft.at > known.at) newest.set(storageKey(draft), draft)
  }
  return [...newest.values()]
}

// ---- The durable layer: changes wait here at most JOURNAL_FLUSH_MS, then go to IndexedDB in one transaction.

const pending = new Map<string, Draft>()
/** Durable writes and removals under way, so a read made after them sees their result. */
const inFlight = new Set<Promise<void>>()
let flushTimer: ReturnType<typeof setTimeout> | null = null
let listening = false

function scheduleDurableWrite(draft: Draft) {
  pending.set(storageKey(draft), draft)
  if (!listening && typeof window !== 'undefined') {
    listening = true
    // A hidden page may be frozen or killed next: write what is waiting now.
    window.addEventListener('pagehide', () => void flushDurable())
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void flushDurable()
    })
  }
  flushTimer ??= setTimeout(() => void flushDurable(), JOURNAL_FLUSH_MS)
}

/** Writes every waiting change to IndexedDB now. Never throws: the field's own save reports a full device. */
export async function flushDurable(): Promise<void> {
  if (flushTimer !== null) clearTimeout(flushTimer)
  flushTimer = null
  const batch = [...pending.values()]
  pending.clear()
  if (batch.length === 0) return
  const work = getDatabase()
    .drafts.bulkPut(batch)
    .then(
      () => undefined,
      // The localStorage copy is still there; the field's save shows why the device refused.
      () => undefined,
    )
  track(work)
  await work
}

function track(work: Promise<void>) {
  inFlight.add(work)
  void work.finally(() => inFlight.delete(work))
}

/** Removes the durable copy unless it is newer than `upTo` (a draft typed after the one being cleared). */
async function removeDurable(key: DraftKey, upTo: string | null) {
  try {
    const db = getDatabase()
    await db.transaction('rw', db.drafts, async () => {
      const row = await db.drafts.get(durableKey(key))
      if (row && (upTo === null || row.at <= upTo)) await db.drafts.delete(durableKey(key))
    })
  } catch {
    // A durable draft left behind is older than the saved text, so recovery will drop it.
  }
}

async function listDurable(reviewId: string): Promise<Draft[]> {
  await Promise.all(inFlight)
  try {
    const rows = await getDatabase().drafts.where('reviewId').equals(reviewId).toArray()
    return rows.filter(isDraft)
  } catch {
    return []
  }
}

const restored = new Map<string, Promise<void>>()
const restoredReviews = new Set<string>()

export const draftJournal = {
  read(key: DraftKey): Draft | null {
    return parse(localStore()?.getItem(storageKey(key)) ?? null)
  },

  /** Never throws: if localStorage is full or blocked, the durable copy and the save still run. Returns whether localStorage took it. */
  write(key: DraftKey, value: string, base: string, now: Date = new Date()): boolean {
    const draft: Draft = { ...key, value, base, at: now.toISOString() }
    scheduleDurableWrite(draft)
    return writeLocal(draft)
  },

  /** Removes the draft; with `ifValue`, only if it still holds that value (so a newer keystroke is kept). */
  clear(key: DraftKey, ifValue?: string): void {
    const local = draftJournal.read(key)
    const waiting = pending.get(storageKey(key))
    const latest = waiting && (!local || waiting.at >= local.at) ? waiting : local
    if (ifValue !== undefined && latest && latest.value !== ifValue) return
    pending.delete(storageKey(key))
    removeLocal(key)
    track(removeDurable(key, ifValue === undefined ? null : (latest?.at ?? null)))
  },

  /** Every draft of one review, from both layers (the newest copy of each field), e.g. to recover them. */
  async listForReview(reviewId: string): Promise<Draft[]> {
    const durable = await listDurable(reviewId)
    const waiting = [...pending.values()].filter((d) => d.reviewId === reviewId)
    return newestPerField([...durable, ...waiting, ...listLocal(reviewId)])
  },

  /** Removes every draft of a record (after deleting it, so nothing resurrects it). */
  async clearRecord(reviewId: string, record: string): Promise<void> {
    for (const draft of await draftJournal.listForReview(reviewId)) {
      if (draft.record === record) draftJournal.clear(draft)
    }
  },

  /**
   * After a crash localStorage may have lost drafts that IndexedDB kept: puts the newer copy back, so
   * fields that read their draft when they mount see it. Once per review per page load: from then on
   * every change reaches localStorage first.
   */
  restoreForReview(reviewId: string): Promise<void> {
    let done = restored.get(reviewId)
    if (!done) {
      done = listDurable(reviewId).then((durable) => {
        for (const draft of durable) {
          const local = draftJournal.read(draft)
          if (!local || draft.at > local.at) writeLocal(draft)
        }
        restoredReviews.add(reviewId)
      })
      restored.set(reviewId, done)
    }
    return done
  },

  /** Whether `restoreForReview` has finished for this review in this page, so a screen need not wait. */
  isRestored(reviewId: string): boolean {
    return restoredReviews.has(reviewId)
  },

  /** Forgets changes not yet written to IndexedDB (when everything on the device is erased). */
  discardPending(): void {
    pending.clear()
    restored.clear()
    restoredReviews.clear()
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
