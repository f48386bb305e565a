import { getDatabase, SETTINGS_ID } from './database'
import { defaultSettings } from '#domain/settings/settings'

export interface StorageEstimate {
  persisted: boolean
  usage: number
  quota: number
}

let request: Promise<boolean | null> | null = null

/**
 * Asks the browser once per page load not to evict this device's data (some delete site data after
 * 7 days without a visit). Resolves to whether it was granted, or null where the API is missing.
 * Never throws: a refused request must not fail the save that triggered it.
 */
export function requestPersistence(): Promise<boolean | null> {
  request ??= ask()
  return request
}

/** The Settings button: a browser may say yes later (e.g. once the app is installed or bookmarked). */
export function requestPersistenceAgain(): Promise<boolean | null> {
  request = ask()
  return request
}

async function ask(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage || typeof storage.persist !== 'function') return null
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true
    const granted = await storage.persist()
    await recordRequested()
    return granted
  } catch {
    return null
  }
}

// Lets Settings tell "never asked" from "asked and refused".
async function recordRequested() {
  const db = getDatabase()
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SETTINGS_ID)
    await db.settings.put({ ...defaultSettings, ...row, id: SETTINGS_ID, persistenceRequested: true })
  })
}

/** For tests: forget that persistence was already requested in this page load. */
export function resetPersistenceRequestForTests() {
  request = null
}

/** How much this app stores and may store, or null where the browser does not say. */
export async function estimateStorage(): Promise<StorageEstimate | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage || typeof storage.estimate !== 'function') return null
  try {
    const [estimate, persisted] = await Promise.all([
      storage.estimate(),
      typeof storage.persisted === 'function' ? storage.persisted() : Promise.resolve(false),
    ])
    return { persisted, usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 }
  } catch {
    return null
  }
}
