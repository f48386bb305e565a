import { exchangeReads } from './exchange-read'
import { exchangeWrites } from './exchange-write'

/**
 * Reviews and backups in and out of this device: reads for export and the import preview (each one
 * consistent snapshot), the all-or-nothing import, the backup record, and the privacy deletions.
 */
export const exchangeRepo = {
  ...exchangeReads,
  ...exchangeWrites,
}
