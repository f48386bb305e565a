import * as z from 'zod/mini'

export type StorageErrorCode = 'quota-exceeded' | 'not-found' | 'invalid' | 'unavailable' | 'changed' | 'unknown'

const userMessages: Record<StorageErrorCode, string> = {
  'quota-exceeded': 'This device is out of storage space. Export a backup, then free some space on the device.',
  'not-found': 'That record is not on this device. It may have been deleted in another tab.',
  invalid: 'The data could not be saved because it is not valid.',
  unavailable:
    'This browser is not letting the app store data. Private browsing or strict privacy settings can block storage.',
  // An import checks that nothing it previewed changed before it writes (e.g. in another tab).
  changed: 'Something on this device changed since the preview. Check the preview again.',
  unknown: 'Something went wrong while reading or saving data on this device.',
}

/** A failure of on-device storage, with a message fit to show the user. */
export class StorageError extends Error {
  readonly code: StorageErrorCode

  constructor(code: StorageErrorCode, message: string = userMessages[code], options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StorageError'
    this.code = code
  }
}

export function notFound(what: string): StorageError {
  return new StorageError('not-found', `${what} is not on this device. It may have been deleted in another tab.`)
}

/** A zod failure as a StorageError whose message names the first problem, e.g. "Could not save team: Enter the team name". */
export function invalid(what: string, error: z.core.$ZodError): StorageError {
  const first = error.issues[0]
  const detail = first ? first.message : 'the data is not valid'
  return new StorageError('invalid', `Could not save ${what}: ${detail}`, { cause: error })
}

const unavailableNames = new Set([
  'MissingAPIError',
  'InvalidStateError',
  'DatabaseClosedError',
  'OpenFailedError',
  'SecurityError',
  'VersionError',
  'UpgradeError',
])
const invalidNames = new Set(['DataError', 'DataCloneError', 'ConstraintError', 'InvalidAccessError'])

function isQuotaError(e: { name?: unknown; code?: unknown }): boolean {
  // Old Firefox used its own name, and legacy DOMException code 22 means the same thing.
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22
}

/** Walks Dexie's `inner` and the standard `cause` chain, since Dexie wraps the browser's error (e.g. AbortError over QuotaExceededError). */
function* chain(e: unknown): Generator<{ name?: unknown; code?: unknown }> {
  let current: unknown = e
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    yield current as { name?: unknown; code?: unknown }
    const next = current as { inner?: unknown; cause?: unknown }
    current = next.inner ?? next.cause
  }
}

/** Maps anything a storage call can throw to a StorageError; keeps the original as `cause`. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e
  // Matches errors from classic zod and zod/mini alike: zod's instanceof checks a trait, not the class.
  if (e instanceof z.core.$ZodError) return invalid('this record', e)
  const links = [...chain(e)]
  if (links.some(isQuotaError)) return new StorageError('quota-exceeded', undefined, { cause: e })
  if (links.some((l) => typeof l.name === 'string' && unavailableNames.has(l.name))) {
    return new StorageError('unavailable', undefined, { cause: e })
  }
  if (links.some((l) => typeof l.name === 'string' && invalidNames.has(l.name))) {
    return new StorageError('invalid', undefined, { cause: e })
  }
  return new StorageError('unknown', undefined, { cause: e })
}

/** The sentence to show a user for any failure from a repository. */
export function describeStorageError(e: unknown): string {
  return toStorageError(e).message
}

/** The words shown beside a field whose save failed; the text itself always stays on screen and in the journal. */
export function describeSaveFailure(error: unknown): { message: string; canRetry: boolean } {
  const storageError = toStorageError(error)
  switch (storageError.code) {
    case 'quota-exceeded':
      return {
        message:
          'Not saved - device storage is full. What you typed stays on screen and in this device’s draft store. Export a backup, free some space on the device (unused apps, photos, files), then try again.',
        canRetry: true,
      }
    case 'invalid':
      return { message: `Not saved - ${storageError.message}`, canRetry: false }
    default:
      return { message: `Not saved - ${storageError.message} What you typed is kept on this device.`, canRetry: true }
  }
}
