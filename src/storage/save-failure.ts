import { toStorageError } from './storage-error'

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
