import { ExchangeExportError } from '#domain/exchange/export'
import { describeStorageError } from '../../storage/storage-error'
import { downloadBlob } from '../../app/files/download'

/** Hands text to the user as a file; a string Blob is UTF-8, so a CSV's byte-order mark survives. */
export function downloadText(text: string, fileName: string, type: 'application/json' | 'text/csv'): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName)
}

/** The sentence for a failed export: the export's own reason, or the storage failure in words. */
export function describeExportError(error: unknown): string {
  return error instanceof ExchangeExportError ? error.message : describeStorageError(error)
}
