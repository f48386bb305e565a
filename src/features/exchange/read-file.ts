import { MAX_EXCHANGE_FILE_BYTES, MAX_UNPACKED_EXCHANGE_BYTES } from '#domain/exchange/file'
import type { ExchangeCheckOptions } from '#domain/exchange/check'
import { formatBytes } from '#domain/text/bytes'
import { readMaybeGzip, type ReadProgress } from '../../app/files/gzip'
import { AGE_HEADER_BYTES, isAgeFile, openProtectedBytes } from '../../app/files/age-file'

export type ImportFileRead =
  | {
      ok: true
      text: string
      /** The size and limit the file's check applies: the file's own, or, for a compressed backup, its unpacked text's. */
      sizeInBytes: number
      options: ExchangeCheckOptions
    }
  | {
      ok: false
      /** 'rejected': the file is refused for what it is; 'failed': the device could not read it. */
      kind: 'rejected' | 'failed'
      reason: string
    }

/**
 * Reads a review file or a backup as text, plain JSON or gzip-compressed (told apart by the file's
 * first bytes, not its name: a browser or e-mail program may rename or unpack it). Call only for a
 * file within MAX_EXCHANGE_FILE_BYTES. Progress is reported, so a large backup shows how far it has got.
 */
export async function readImportFile(
  file: Blob,
  onProgress: (progress: ReadProgress) => void,
): Promise<ImportFileRead> {
  const read = await readMaybeGzip(file, { maxUnpackedBytes: MAX_UNPACKED_EXCHANGE_BYTES, onProgress })
  if (read.ok) {
    return read.gzipped
      ? { ok: true, text: read.text, sizeInBytes: read.unpackedBytes, options: { limit: MAX_UNPACKED_EXCHANGE_BYTES } }
      : { ok: true, text: read.text, sizeInBytes: file.size, options: {} }
  }
  switch (read.code) {
    case 'too-large':
      return {
        ok: false,
        kind: 'rejected',
        reason: `This backup unpacks to more than ${formatBytes(MAX_UNPACKED_EXCHANGE_BYTES)}, more than any backup this app makes, so it was not read.`,
      }
    case 'damaged':
      return {
        ok: false,
        kind: 'rejected',
        reason:
          'The backup file is damaged: it could not be unpacked. It may have been cut off while copying; copy it again from where it was saved, or use another backup.',
      }
    case 'unreadable':
      return { ok: false, kind: 'failed', reason: readFailure }
  }
}

const readFailure =
  'The file could not be read. If it is on a network drive or removable storage, copy it to this device and try again.'

/**
 * True when the file is protected with a passphrase (an age file, told by its first bytes). A file over the
 * import limit is not even looked at: the usual check refuses it unread, protected or not.
 */
export async function isProtectedImportFile(file: Blob): Promise<boolean> {
  if (file.size > MAX_EXCHANGE_FILE_BYTES) return false
  try {
    return isAgeFile(new Uint8Array(await file.slice(0, AGE_HEADER_BYTES).arrayBuffer()))
  } catch {
    return false
  }
}

export type UnlockedFile =
  | { ok: true; content: Blob }
  | {
      ok: false
      /** 'retry': ask for the passphrase again; 'rejected': the file itself is refused; 'failed': the device could not read it. */
      kind: 'retry' | 'rejected' | 'failed'
      reason: string
    }

/** Opens a protected file with the passphrase; its content then goes through the usual reading and checks. */
export async function unlockImportFile(file: Blob, passphrase: string): Promise<UnlockedFile> {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { ok: false, kind: 'failed', reason: readFailure }
  }
  const opened = await openProtectedBytes(bytes, passphrase)
  if (opened.ok) return { ok: true, content: new Blob([opened.bytes]) }
  const retry = opened.code === 'wrong-passphrase' || opened.code === 'empty-passphrase'
  return { ok: false, kind: retry ? 'retry' : opened.code === 'failed' ? 'failed' : 'rejected', reason: opened.message }
}
