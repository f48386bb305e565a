import { useState } from 'react'
import { backupFile, exchangeFileName, exchangeFileSizeWarning, serialiseExchangeFile } from '#domain/exchange/export'
import { exchangeRepo } from '../../storage/exchange-repo'
import { useHoldsEvidenceText } from '../../storage/live-evidence-text'
import { downloadBlob } from '../../app/files/download'
import { gzipText } from '../../app/files/gzip'
import { describeExportError } from './download-text'
import { useFileProtection } from './use-file-protection'

export type BackupState =
  | { kind: 'idle' }
  | { kind: 'working'; protecting: boolean }
  | { kind: 'done'; fileName: string; protected: boolean }
  | { kind: 'too-large'; fileName: string; warning: string }
  | { kind: 'failed'; message: string }

/**
 * Reads everything on the device in one snapshot, hands it over as one gzip-compressed file (a
 * backup's JSON packs about ten to one, so a busy device's backup stays within the import limit),
 * protected with a passphrase when the user chose to, then records the backup. It is recorded when
 * the file is handed to the browser: the app cannot see whether the user kept it, so the message says
 * where to keep it. A file too large to import again is still handed over (the data is in it) but not
 * recorded, so the reminder keeps asking for a real backup.
 */
export function useDownloadBackup() {
  const [state, setState] = useState<BackupState>({ kind: 'idle' })
  const protection = useFileProtection(useHoldsEvidenceText(null))
  async function download() {
    if (!protection.ready()) {
      setState({ kind: 'idle' })
      return
    }
    setState({ kind: 'working', protecting: protection.protect })
    try {
      const now = new Date()
      const file = backupFile(await exchangeRepo.readBackup(), { appVersion: __APP_VERSION__, now })
      const text = serialiseExchangeFile(file)
      const compressed = await gzipText(text)
      const ready = await protection.protectFile(compressed, exchangeFileName(file, null))
      if (!ready.ok) {
        setState({ kind: 'failed', message: ready.message })
        return
      }
      downloadBlob(ready.blob, ready.fileName)
      const warning = exchangeFileSizeWarning(text, compressed.size)
      if (warning) {
        setState({ kind: 'too-large', fileName: ready.fileName, warning })
        return
      }
      await exchangeRepo.markBackedUp(now)
      setState({ kind: 'done', fileName: ready.fileName, protected: ready.protected })
    } catch (error) {
      setState({ kind: 'failed', message: describeExportError(error) })
    }
  }
  return { state, download, protection }
}
