import * as z from 'zod/mini'
import '#domain/text/zod-messages'
import {
  emptyRows,
  reviewTables,
  rowTables,
  tables,
  type ReviewTable,
  type RowTable,
  type TableRow,
  type TableRows,
} from './tables'

/**
 * The file a review or a whole device travels in. It names itself (`format`), so any other JSON
 * file is recognised and refused, and carries a format version, so a file made by a newer app is
 * refused with that reason rather than half understood. Bump EXCHANGE_FORMAT_VERSION only with a
 * reader for the old version and a test; regenerate docs/exchange-format.schema.json.
 */
export const EXCHANGE_FORMAT = 'ips-fidelity-review-exchange'
export const EXCHANGE_FORMAT_VERSION = 4

/**
 * Older format versions this app still reads, each upgraded to the current one before any check
 * (src/domain/exchange/upgrade.ts). Format 1 had no visit plan and kept a planning checklist in each review;
 * format 2 had no report narrative or item findings; format 3 could not mark a review as a summary for the network
 * (a format-3 app would have imported a summary as a full review that can be reopened, so the marking bumped the format)
 * and had no teams' outcomes in backups.
 */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2, 3, 4]

/** Files over this are refused before they are read or parsed. */
export const MAX_EXCHANGE_FILE_BYTES = 20 * 1024 * 1024

/**
 * A compressed backup (gzip) may unpack to at most this; unpacking stops here, so a small crafted
 * file cannot fill the browser's memory. Ten times the file limit: a backup's JSON packs about ten
 * to one, and a backup of a very busy device (hundreds of teams) unpacks to well under this.
 */
export const MAX_UNPACKED_EXCHANGE_BYTES = 200 * 1024 * 1024

/**
 * "20.0 MB": a file size in the words of the limits above. Always one decimal, unlike formatBytes, so a file
 * just over a limit never reads as the limit itself ("20.1 MB, over the 20.0 MB limit").
 */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const exchangeKinds = ['review', 'backup'] as const
export type ExchangeKind = (typeof exchangeKinds)[number]

type ArrayFields<N extends RowTable> = { [T in N]: z.ZodMiniArray<(typeof tables)[T]['schema']> }

/** A list of rows per named table; Object.fromEntries loses the names' types, which the mapped type restores. */
const rowLists = <N extends RowTable>(names: readonly N[]) =>
  Object.fromEntries(names.map((table) => [table, z.array(tables[table].schema)])) as ArrayFields<N>

/**
 * A review file holds one review's rows of the review tables, a backup every row of every table and the
 * settings. The types are the registry's, so a table's rows are the same type wherever they are read.
 */
export type ReviewData = TableRows<ReviewTable>
export const ReviewDataSchema: z.ZodMiniType<ReviewData> = z.object(rowLists(reviewTables))

export type BackupData = TableRows & { settings: TableRow<'settings'> }
export const BackupDataSchema: z.ZodMiniType<BackupData> = z.object({
  ...rowLists(rowTables),
  settings: tables.settings.schema,
})

const headerFields = {
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  /** The app version that wrote the file, for support; it does not decide whether the file is read. */
  appVersion: z.string().check(z.minLength(1), z.maxLength(50)),
  createdAt: z.iso.datetime(),
}

/** One review with its team and everything recorded for it; `reviewId` says which review the file is about. */
export const ReviewExchangeFileSchema = z.object({
  ...headerFields,
  kind: z.literal('review'),
  reviewId: z.string().check(z.minLength(1)),
  data: ReviewDataSchema,
})
export type ReviewExchangeFile = z.infer<typeof ReviewExchangeFileSchema>

/** Everything on the device: every team and review, imported scales and settings. */
export const BackupFileSchema = z.object({
  ...headerFields,
  kind: z.literal('backup'),
  data: BackupDataSchema,
})
export type BackupFile = z.infer<typeof BackupFileSchema>

export const ExchangeFileSchema = z.discriminatedUnion('kind', [ReviewExchangeFileSchema, BackupFileSchema])
export type ExchangeFile = z.infer<typeof ExchangeFileSchema>

export function emptyReviewData(): ReviewData {
  return emptyRows(reviewTables)
}
