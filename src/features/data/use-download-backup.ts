import { useState } from 'react'
import { backupFile, exchangeFileName, exchangeFileSizeWarning, serialiseExchangeFile } from '#domain/exchange/export'
import { exchangeRepo } from '../../storage/exchange-repo'
import { downloadBlob } from '../../app/files/download'
import { gzipText } from '../../app/files/gzip'
import { describeExportError } from './download-text'

export type BackupState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string }
  | { kind: 'too-large'; fileName: string; warning: string }
  | { kind: 'failed'; message: string }

/**
 * Reads everything on the device in one snapshot, hands it over as one gzip-compressed file (a
 * backup's JSON packs about ten to one, so a busy device's backup stays within the import limit),
 * then records the backup. It is recorded when the file is handed to the browser: the app cannot
 * see whether the user kept it, so the message says where to keep it. A file too large to import
 * again is still handed over (the data is in it) but not recorded, so the reminder keeps asking
 * for a real backup.
 */
export function useDownloadBackup() {
  const [state, setState] = useState<BackupState>({ kind: 'idle' })
  async function download() {
    setState({ kind: 'working' })
    try {
      const now = new Date()
      const file = backupFile(await exchangeRepo.readBackup(), { appVersion: __APP_VERSION__, now })
      const fileName = exchangeFileName(file, null)
      const text = serialiseExchangeFile(file)
      const compressed = await gzipText(text)
      downloadBlob(compressed, fileName)
      const warning = exchangeFileSizeWarning(text, compressed.size)
      if (warning) {
        setState({ kind: 'too-large', fileName, warning })
        return
      }
      await exchangeRepo.markBackedUp(now)
      setState({ kind: 'done', fileName })
    } catch (error) {
      setState({ kind: 'failed', message: describeExportError(error) })
    }
  }
  return { state, download }
}
