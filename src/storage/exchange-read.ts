import type { Table } from 'dexie'
import type { BackupData, ExchangeFile, ReviewData } from '#domain/exchange/file'
import {
  byTable,
  mapRowsAsync,
  primaryKeyOf,
  reviewTables,
  rowTables,
  schemaOf,
  tables,
  type ReviewTable,
  type RowTable,
  type TableRow,
  type TableRows,
} from '#domain/exchange/tables'
import { defaultSettings, SettingsSchema, type Settings } from '#domain/settings/settings'
import type { ExistingRecords } from '#domain/import/plan'
import type { RememberedTeamLinks } from '#domain/import/team-link'
import type { Team } from '#domain/review/team'
import { SETTINGS_ID, type ReviewDatabase } from './database'
import { notFound, StorageError } from './storage-error'
import { parseRow, read } from './repo-helpers'

type Row = Readonly<Record<string, unknown>>

/** A table of the registry as Dexie holds it; its rows are parsed with the registry's schema on the way out. */
export function tableOf(db: ReviewDatabase, table: RowTable): Table {
  // The same object as db.teams etc. (which tests spy on); Dexie's db.table(name) is a second one.
  return db[table]
}

/** Every table a backup holds, for one transaction over all of them. */
export const backupTables = (db: ReviewDatabase): Table[] => [
  ...rowTables.map((table) => tableOf(db, table)),
  db.settings,
]

/** A damaged row names its table, so support can find it. */
function parseStored<T extends RowTable>(table: T, value: unknown): TableRow<T> {
  return parseRow(schemaOf(table), value, `${tables[table].one} (table ${table})`)
}

function parseAll<T extends RowTable>(table: T, values: unknown[]): TableRow<T>[] {
  return values.map((value) => parseStored(table, value))
}

export async function loadSettings(db: ReviewDatabase): Promise<Settings | null> {
  const row = await db.settings.get(SETTINGS_ID)
  return row ? parseRow(SettingsSchema, row, 'settings (table settings)') : null
}

async function readReviewRows(db: ReviewDatabase, reviewId: string): Promise<ReviewData> {
  const review = await db.reviews.get(reviewId)
  if (!review) throw notFound('This review')
  const parsed = parseStored('reviews', review)
  const team = await db.teams.get(parsed.teamId)
  if (!team) {
    throw new StorageError(
      'invalid',
      'The team of this review is missing on this device, so the review cannot be exported.',
    )
  }
  const teams = [parseStored('teams', team)]
  // Every other table of a review file holds rows that belong to one review, indexed by reviewId.
  const own = await mapRowsAsync(
    reviewTables.filter((table) => table !== 'teams' && table !== 'reviews'),
    async <T extends ReviewTable>(table: T) =>
      parseAll(table, await tableOf(db, table).where('reviewId').equals(reviewId).toArray()),
  )
  return { ...own, teams, reviews: [parsed] }
}

async function readAllRows(db: ReviewDatabase): Promise<BackupData> {
  const rows = await mapRowsAsync(rowTables, async <T extends RowTable>(table: T) =>
    parseAll(table, await tableOf(db, table).toArray()),
  )
  return { ...rows, settings: (await loadSettings(db)) ?? defaultSettings }
}

/** Which keys to look up per table: those of the file's rows (an import's existing records). */
export type KeysByTable = Record<RowTable, unknown[]>

/**
 * The device's rows with the given keys, parsed; keys not on the device are left out. Every lookup is
 * started at once: a transaction whose callback awaits without a pending request commits early.
 */
export function readByKeys(db: ReviewDatabase, keys: KeysByTable): Promise<TableRows> {
  return mapRowsAsync(rowTables, async <T extends RowTable>(table: T) => {
    const rows = await rowsWithKeys(tableOf(db, table), keys[table], (row) => primaryKeyOf(table, row))
    return parseAll(table, rows)
  })
}

// Below this a get per key is quickest (a co-reviewer's review file); above it (a backup) one read of the keys wins.
const MANY_KEYS = 500

/**
 * The rows of `store` with the given primary keys. A get per key costs about 40 µs, so a backup's 27,000 keys
 * took a second even on an empty device: first read which keys are there (one request), then only those rows.
 * Each step awaits only IndexedDB requests, so the surrounding transaction stays open.
 */
async function rowsWithKeys(store: Table, wanted: readonly unknown[], keyOf: (row: Row) => unknown): Promise<Row[]> {
  if (wanted.length === 0) return []
  const byGet = async (list: readonly unknown[]) =>
    ((await store.bulkGet(list as never[])) as (Row | undefined)[]).filter((row) => row !== undefined)
  if (wanted.length <= MANY_KEYS) return byGet(wanted)
  const present = new Set((await store.toCollection().primaryKeys()).map((key) => JSON.stringify(key)))
  const onDevice = wanted.filter((key) => present.has(JSON.stringify(key)))
  if (onDevice.length <= present.size / 2) return byGet(onDevice)
  // Most of the table is asked for (the same backup again): one read of the table beats a get per row.
  const asked = new Set(onDevice.map((key) => JSON.stringify(key)))
  return ((await store.toArray()) as Row[]).filter((row) => asked.has(JSON.stringify(keyOf(row))))
}

function fileKeys(file: ExchangeFile): KeysByTable {
  const data: TableRows<ReviewTable> = file.data
  const keysOf = <T extends RowTable>(table: T, rows: readonly TableRow<T>[]) =>
    rows.map((row) => primaryKeyOf(table, row))
  const keys = byTable(reviewTables, (table) => keysOf(table, data[table]))
  // A review file carries no scales, but its review may use one imported on this device: reading it lets the
  // preview name items by number and title.
  const scales =
    file.kind === 'backup'
      ? keysOf('importedScales', file.data.importedScales)
      : [
          ...new Map(
            file.data.reviews.map((r) => [`${r.scaleId}@${r.scaleVersion}`, [r.scaleId, r.scaleVersion]]),
          ).values(),
        ]
  return {
    ...keys,
    importedScales: scales,
    outcomes: file.kind === 'backup' ? keysOf('outcomes', file.data.outcomes) : [],
  }
}

/** Every rating and consensus row of these reviews, in one request per table. */
export async function readScores(
  db: ReviewDatabase,
  reviewIds: readonly string[],
): Promise<Pick<ReviewData, 'ratings' | 'consensus'>> {
  if (reviewIds.length === 0) return { ratings: [], consensus: [] }
  const [ratings, consensus] = await Promise.all([
    db.ratings.where('reviewId').anyOf(reviewIds).toArray(),
    db.consensus.where('reviewId').anyOf(reviewIds).toArray(),
  ])
  return { ratings: parseAll('ratings', ratings), consensus: parseAll('consensus', consensus) }
}

/** Reads in one transaction, so the rows are a consistent snapshot even while another tab writes. */
function snapshot<T>(fn: (db: ReviewDatabase) => Promise<T>): Promise<T> {
  return read((db) => db.transaction('r', backupTables(db), () => fn(db)))
}

export const exchangeReads = {
  /** One review with its team and every row recorded for it. Throws 'not-found' for an unknown review. */
  readReview(reviewId: string): Promise<ReviewData> {
    return snapshot((db) => readReviewRows(db, reviewId))
  },

  /** Everything on the device: every table, imported scales and settings (defaults when never saved). */
  readBackup(): Promise<BackupData> {
    return snapshot(readAllRows)
  },

  /**
   * The device's rows with the same primary keys as the file's rows, for the import preview, and every
   * rating and consensus row of the file's reviews, which the review rules judge the import by.
   */
  readExisting(file: ExchangeFile): Promise<ExistingRecords> {
    return snapshot(async (db) => {
      const [rows, scoresOnDevice] = await Promise.all([
        readByKeys(db, fileKeys(file)),
        readScores(
          db,
          file.data.reviews.map((review) => review.id),
        ),
      ])
      // Only a backup carries settings; a review file never touches them.
      return { ...rows, scoresOnDevice, settings: file.kind === 'backup' ? await loadSettings(db) : null }
    })
  },

  /** Every team on the device and the team links remembered from earlier imports: what a file's team may link to. */
  readTeamLinking(): Promise<{ teams: Team[]; teamLinks: RememberedTeamLinks }> {
    return snapshot(async (db) => {
      const [teams, settings] = await Promise.all([db.teams.toArray(), loadSettings(db)])
      return { teams: parseAll('teams', teams), teamLinks: settings?.teamLinks ?? {} }
    })
  },
}
