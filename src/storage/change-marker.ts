import { useSyncExternalStore } from 'react'
import { APP_STORAGE_PREFIX, localStore } from './draft-journal'

/**
 * When the first change not yet in a backup was made, kept in localStorage so it is written
 * synchronously with the save and shared by every tab. The backup reminder counts days from it.
 */
export const CHANGE_MARKER_KEY = `${APP_STORAGE_PREFIX}first-unbacked-change`

// 'storage' events only reach other tabs, so this tab tells its own listeners with its own event.
const CHANGE_MARKER_EVENT = `${APP_STORAGE_PREFIX}change-marker`

function announce() {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGE_MARKER_EVENT))
}

/** The time (ISO) of the first change since the last backup, or null when everything is backed up. */
export function firstUnbackedChangeAt(): string | null {
  let value: string | null
  try {
    value = localStore()?.getItem(CHANGE_MARKER_KEY) ?? null
  } catch {
    return null
  }
  // Anything that is not a time (edited by hand, damaged) counts as unset, so the next change repairs it.
  return value !== null && !Number.isNaN(Date.parse(value)) ? value : null
}

/** Records a change; only the first one since the last backup is kept. Never throws: the save itself succeeded. */
export function recordChange(now: Date): void {
  if (firstUnbackedChangeAt() !== null) return
  try {
    localStore()?.setItem(CHANGE_MARKER_KEY, now.toISOString())
  } catch {
    return
  }
  announce()
}

/** After a backup or an erase: nothing on the device is waiting for a backup. */
export function clearChangeMarker(): void {
  try {
    localStore()?.removeItem(CHANGE_MARKER_KEY)
  } catch {
    return
  }
  announce()
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    // A null key means another tab cleared all of localStorage.
    if (event.key === CHANGE_MARKER_KEY || event.key === null) onChange()
  }
  window.addEventListener('storage', onStorage)
  window.addEventListener(CHANGE_MARKER_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onStorage)
    window.removeEventListener(CHANGE_MARKER_EVENT, onChange)
  }
}

/** The first unbacked change, kept up to date as this tab or another one saves, backs up or erases. */
export function useFirstUnbackedChange(): string | null {
  return useSyncExternalStore(subscribe, firstUnbackedChangeAt, () => null)
}
