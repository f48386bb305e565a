import { reviewTables, type ReviewTable } from './file'

/** Every table an import writes to: the review tables, imported scales and the one settings row. */
export type ImportTable = ReviewTable | 'importedScales' | 'settings'
export const importTables = [...reviewTables, 'importedScales', 'settings'] as const satisfies readonly ImportTable[]

/**
 * The primary key of a row, as the database keys it (see src/storage/database.ts), as one string.
 * The parts are JSON-encoded, so "a-b" + "c" never meets "a" + "b-c".
 */
export function recordKey(table: ImportTable, row: Readonly<Record<string, unknown>>): string {
  switch (table) {
    case 'calculatorInputs':
    case 'consensus':
      return JSON.stringify([row.reviewId, row.itemId])
    case 'ratings':
      return JSON.stringify([row.reviewId, row.itemId, row.reviewerId])
    case 'importedScales':
      return JSON.stringify([row.id, row.version])
    case 'settings':
      return 'settings'
    default:
      return JSON.stringify(row.id)
  }
}
