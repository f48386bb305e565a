import { useEffect, useState, useSyncExternalStore } from 'react'

/** A synchronous store for unsaved text (storage/draft-journal gives one per field). */
export interface DraftStore {
  read(): { value: string; base: string; at: string } | null
  write(value: string, base: string): void
  clear(ifValue?: string): void
}

export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'failed'; error: unknown }

export interface AutosaveOptions {
  /** The stored value (live: it changes when another tab saves). */
  stored: string
  /** When the stored value was saved (ISO), to decide whether a journal draft is newer. */
  storedAt?: string
  save: (value: string) => Promise<void>
  journal?: DraftStore
  /** Milliseconds without typing before saving; at most 500 so little is ever pending. */
  delayMs?: number
  /** Longest wait from the first unsaved change to its save, however long the typing goes on. */
  maxWaitMs?: number
  /** Whether two values mean the same (e.g. "1,2" and "1, 2"), so a live update does not rewrite the text. */
  equals?: (a: string, b: string) => boolean
}

export interface Autosave {
  value: string
  status: SaveStatus
  /** Call on every change: journals the text at once and saves it after a pause (or AUTOSAVE_MAX_WAIT_MS). */
  setValue: (value: string) => void
  /** Saves now (on blur; also done on pagehide, when the page is hidden, and on unmount). */
  flush: () => void
  retry: () => void
}

export const AUTOSAVE_DELAY_MS = 400
/** Someone who never pauses still has their text saved this often (issue 4 asked for at most 500 ms). */
export const AUTOSAVE_MAX_WAIT_MS = 500

type Snapshot = { value: string; status: SaveStatus }

/** The saving logic, outside React so a keystroke re-renders only the field that owns it. */
export class AutosaveController {
  private options: AutosaveOptions
  private snapshot: Snapshot
  private saved: string
  private lastStored: string
  private timer: ReturnType<typeof setTimeout> | null = null
  /** When the oldest change not yet handed to `save` was made (ms since the epoch), or null. */
  private firstUnsavedAt: number | null = null
  private inFlight = false
  private again = false
  private listeners = new Set<() => void>()

  constructor(options: AutosaveOptions) {
    this.options = options
    this.saved = options.stored
    this.lastStored = options.stored
    const draft = options.journal?.read()
    const recovered = draft && draftIsNewer(draft, options.stored, options.storedAt) ? draft.value : null
    if (draft && recovered === null) options.journal?.clear(draft.value)
    this.snapshot = {
      value: recovered ?? options.stored,
      status: recovered === null ? { state: 'saved' } : { state: 'saving' },
    }
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = () => this.snapshot

  configure(options: AutosaveOptions) {
    this.options = options
  }

  /** Starts saving a draft recovered from the journal, if there is one. */
  start() {
    if (this.dirty()) this.flush()
  }

  setValue = (value: string) => {
    if (value === this.snapshot.value && this.timer === null) return
    // The journal is written before anything else, so the text is safe even if the tab closes now.
    this.options.journal?.write(value, this.saved)
    this.set({ value, status: { state: 'saving' } })
    // A quiet pause saves, and so does the maximum wait: restarting the timer on every key alone
    // would save nothing while someone types without stopping.
    const now = Date.now()
    this.firstUnsavedAt ??= now
    const quiet = Math.min(this.options.delayMs ?? AUTOSAVE_DELAY_MS, 500)
    const deadline = this.firstUnsavedAt + Math.min(this.options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS, 500)
    this.clearTimer()
    this.timer = setTimeout(() => this.run(), Math.max(0, Math.min(now + quiet, deadline) - now))
  }

  flush = () => {
    if (this.timer !== null || this.dirty()) this.run()
  }

  retry = () => this.run()

  /** A new stored value (from this tab's save or another tab): shown only when nothing here is unsaved. */
  receive(stored: string) {
    if (stored === this.lastStored) return
    this.lastStored = stored
    if (this.dirty() || this.inFlight || this.timer !== null) return
    // Same meaning (e.g. our own save, normalised): keep the text as the user typed it.
    if ((this.options.equals ?? Object.is)(stored, this.snapshot.value)) return
    this.saved = stored
    this.set({ value: stored, status: { state: 'saved' } })
  }

  private dirty() {
    return this.snapshot.value !== this.saved || this.snapshot.status.state === 'failed'
  }

  private clearTimer() {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private async run() {
    this.clearTimer()
    this.firstUnsavedAt = null
    if (this.inFlight) {
      this.again = true
      return
    }
    const value = this.snapshot.value
    this.inFlight = true
    this.set({ value, status: { state: 'saving' } })
    try {
      await this.options.save(value)
      this.saved = value
      if (this.snapshot.value === value) {
        this.options.journal?.clear(value)
        this.set({ value, status: { state: 'saved' } })
      }
    } catch (error) {
      // The text stays on screen and in the journal; the next change or "Try again" retries.
      this.set({ value: this.snapshot.value, status: { state: 'failed', error } })
    } finally {
      this.inFlight = false
    }
    if (this.again) {
      this.again = false
      void this.run()
    }
  }

  private set(next: Snapshot) {
    this.snapshot = next
    for (const listener of this.listeners) listener()
  }
}

/**
 * Whether a journal draft should replace the stored value: it differs, and either nobody changed
 * the stored value since the edit began, or the draft was typed after the stored value was saved.
 */
export function draftIsNewer(draft: { value: string; base: string; at: string }, stored: string, storedAt?: string) {
  if (draft.value === stored) return false
  if (draft.base === stored) return true
  return storedAt === undefined || draft.at > storedAt
}

/**
 * Autosave for one field: the field keeps its own text, every change is journalled at once and
 * saved after a pause of at most 500 ms, and pending text is saved on blur, pagehide and when the
 * page is hidden. Changes saved elsewhere (another tab) replace the text only while it has no
 * unsaved change, so nobody's typing is overwritten.
 */
export function useAutosave(options: AutosaveOptions): Autosave {
  const [controller] = useState(() => new AutosaveController(options))
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot)

  useEffect(() => {
    controller.configure(options)
  })

  const { stored } = options
  useEffect(() => {
    controller.receive(stored)
  }, [controller, stored])

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') controller.flush()
    }
    window.addEventListener('pagehide', controller.flush)
    document.addEventListener('visibilitychange', onHide)
    controller.start()
    return () => {
      window.removeEventListener('pagehide', controller.flush)
      document.removeEventListener('visibilitychange', onHide)
      // Leaving the screen (e.g. to the next item) must not drop a pending save.
      controller.flush()
    }
  }, [controller])

  return {
    value: snapshot.value,
    status: snapshot.status,
    setValue: controller.setValue,
    flush: controller.flush,
    retry: controller.retry,
  }
}
