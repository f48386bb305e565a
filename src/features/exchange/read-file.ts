import { MAX_UNPACKED_EXCHANGE_BYTES } from '#domain/exchange/file'
import type { ExchangeCheckOptions } from '#domain/exchange/check'
import { formatBytes } from '#domain/text/bytes'
import { readMaybeGzip, type ReadProgress } from '../../app/files/gzip'

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
  'The file could not be read. If it is on a memory stick or a network drive, copy it to this device and try again.'
