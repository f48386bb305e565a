import { describeSaveFailure as describeStorageSaveFailure } from '../../storage/storage-error'
import type { SaveFailure } from '../../ui/save-status'

/** Thrown by a save that stored what it could but holds back a value the user must correct first. */
export class InvalidValueError extends Error {
  readonly code = 'invalid-value'
  constructor(message = 'Not saved - correct the value marked above. What you typed is kept on this device.') {
    super(message)
    this.name = 'InvalidValueError'
  }
}

/** The words shown beside a field whose save failed; the text itself always stays on screen. */
export function describeSaveFailure(error: unknown): SaveFailure {
  if (error instanceof InvalidValueError) return { message: error.message, canRetry: false }
  return describeStorageSaveFailure(error)
}
