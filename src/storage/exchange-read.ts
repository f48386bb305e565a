import Dexie, { type Table } from 'dexie'
import type * as z from 'zod/mini'
import {
  reviewTables,
  type BackupData,
  type ExchangeFile,
  type ReviewData,
  type ReviewTable,
} from '#domain/exchange/file'
import { ImportedScaleSchema, type ImportedScale } from '#domain/scale/imported'
import { TeamSchema } from '#domain/review/team'
import { ReviewSchema } from '#domain/review/review'
import { CalculatorInputsSchema, EvidenceEntrySchema, RecordReviewRowSchema } from '#domain/review/evidence'
import { ConsensusSchema, RatingSchema } from '#domain/review/rating'
import { ActionPlanEntrySchema } from '#domain/scoring/action-plan'
import { defaultSettings, SettingsSchema, type Settings } from '#domain/settings/settings'
import type { ExistingRecords, ImportWrites } from '#domain/import/plan'
import { SETTINGS_ID, type ReviewDatabase } from './database'
import { notFound, StorageError } from './storage-error'
import { parseRow, read } from './repo-helpers'

export type ExchangeTable = ReviewTable | 'importedScales'

/** Each exchanged table's row schema and the words for one row, used to parse rows on the way out and in. */
export const exchangeTableRows: Record<ExchangeTable, { schema: z.ZodMiniType; row: string }> = {
  teams: { schema: TeamSchema, row: 'team' },
  reviews: { schema: ReviewSchema, row: 'review' },
  evidence: { schema: EvidenceEntrySchema, row: 'evidence entry' },
  calculatorInputs: { schema: CalculatorInputsSchema, row: 'calculator input' },
  recordReviewRows: { schema: RecordReviewRowSchema, row: 'record-review row' },
  ratings: { schema: RatingSchema, row: 'rating' },
  consensus: { schema: ConsensusSchema, row: 'consensus' },
  actionPlan: { schema: ActionPlanEntrySchema, row: 'action plan entry' },
  importedScales: { schema: ImportedScaleSchema, row: 'imported scale' },
}

export const exchangeTables: readonly ExchangeTable[] = [...reviewTables, 'importedScales']

type ExchangeRow<T extends ExchangeTable> = T extends ReviewTable ? ReviewData[T][number] : ImportedScale

export function tableOf(db: ReviewDatabase, table: ExchangeTable | 'settings'): Table {
  return db[table] as Table
}

/** Every table a backup holds, for one transaction over all of them. */
export const backupTables = (db: ReviewDatabase): Table[] => [
  ...exchangeTables.map((table) => tableOf(db, table)),
  db.settings,
]

/** A damaged row names its table, so support can find it. */
function parseStored<T extends ExchangeTable>(table: T, value: unknown): ExchangeRow<T> {
  return parseRow(
    exchangeTableRows[table].schema,
    value,
    `${exchangeTableRows[table].row} (table ${table})`,
  ) as ExchangeRow<T>
}

function parseAll<T extends ExchangeTable>(table: T, values: unknown[]): ExchangeRow<T>[] {
  return values.map((value) => parseStored(table, value))
}

/** The primary key of a row in a table, read from the table's own schema so it can never disagree with Dexie. */
export function primaryKey(db: ReviewDatabase, table: ExchangeTable, row: object): string | string[] {
  const keyPath = tableOf(db, table).schema.primKey.keyPath
  if (Array.isArray(keyPath)) return keyPath.map((path) => Dexie.getByKeyPath(row, path) as string)
  return Dexie.getByKeyPath(row, keyPath ?? '') as string
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
  const rowsOf = async <T extends Exclude<ReviewTable, 'teams' | 'reviews'>>(table: T) =>
    parseAll(table, await tableOf(db, table).where('reviewId').equals(reviewId).toArray()) as ReviewData[T]
  return {
    teams: [parseStored('teams', team)],
    reviews: [parsed],
    evidence: await rowsOf('evidence'),
    calculatorInputs: await rowsOf('calculatorInputs'),
    recordReviewRows: await rowsOf('recordReviewRows'),
    ratings: await rowsOf('ratings'),
    consensus: await rowsOf('consensus'),
    actionPlan: await rowsOf('actionPlan'),
  }
}

async function readAllRows(db: ReviewDatabase): Promise<BackupData> {
  const all = async <T extends ExchangeTable>(table: T) => parseAll(table, await tableOf(db, table).toArray())
  return {
    teams: await all('teams'),
    reviews: await all('reviews'),
    evidence: await all('evidence'),
    calculatorInputs: await all('calculatorInputs'),
    recordReviewRows: await all('recordReviewRows'),
    ratings: await all('ratings'),
    consensus: await all('consensus'),
    actionPlan: await all('actionPlan'),
    importedScales: await all('importedScales'),
    settings: (await loadSettings(db)) ?? defaultSettings,
  }
}

/** Which keys to look up per table: those of the file's rows (an import's existing records). */
export type KeysByTable = Record<ExchangeTable, unknown[]>

/**
 * The device's rows with the given keys, parsed; keys not on the device are left out. Every lookup is
 * started at once: a transaction whose callback awaits without a pending request commits early.
 */
export async function readByKeys(db: ReviewDatabase, keys: KeysByTable): Promise<Omit<ImportWrites, 'settings'>> {
  const found = await Promise.all(
    exchangeTables.map(async (table) => {
      const rows = await rowsWithKeys(tableOf(db, table), keys[table], (row) => primaryKey(db, table, row))
      return [table, parseAll(table, rows)] as const
    }),
  )
  return Object.fromEntries(found) as Omit<ImportWrites, 'settings'>
}

// Below this a get per key is quickest (a co-reviewer's review file); above it (a backup) one read of the keys wins.
const MANY_KEYS = 500

/**
 * The rows of `store` with the given primary keys. A get per key costs about 40 µs, so a backup's 27,000 keys
 * took a second even on an empty device: first read which keys are there (one request), then only those rows.
 * Each step awaits only IndexedDB requests, so the surrounding transaction stays open.
 */
async function rowsWithKeys(
  store: Table,
  wanted: readonly unknown[],
  keyOf: (row: object) => unknown,
): Promise<object[]> {
  if (wanted.length === 0) return []
  const byGet = async (list: readonly unknown[]) =>
    ((await store.bulkGet(list as never[])) as (object | undefined)[]).filter((row) => row !== undefined)
  if (wanted.length <= MANY_KEYS) return byGet(wanted)
  const present = new Set((await store.toCollection().primaryKeys()).map((key) => JSON.stringify(key)))
  const onDevice = wanted.filter((key) => present.has(JSON.stringify(key)))
  if (onDevice.length <= present.size / 2) return byGet(onDevice)
  // Most of the table is asked for (the same backup again): one read of the table beats a get per row.
  const asked = new Set(onDevice.map((key) => JSON.stringify(key)))
  return ((await store.toArray()) as object[]).filter((row) => asked.has(JSON.stringify(keyOf(row))))
}

function fileKeys(db: ReviewDatabase, file: ExchangeFile): KeysByTable {
  const keys = Object.fromEntries(
    reviewTables.map((table) => [table, file.data[table].map((row) => primaryKey(db, table, row))]),
  ) as Record<ReviewTable, unknown[]>
  // A review file carries no scales, but its review may use one imported on this device: reading it lets the
  // preview name items by number and title.
  const scales =
    file.kind === 'backup'
      ? file.data.importedScales.map((row) => primaryKey(db, 'importedScales', row))
      : [
          ...new Map(
            file.data.reviews.map((r) => [`${r.scaleId}@${r.scaleVersion}`, [r.scaleId, r.scaleVersion]]),
          ).values(),
        ]
  return { ...keys, importedScales: scales }
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
        readByKeys(db, fileKeys(db, file)),
        readScores(
          db,
          file.data.reviews.map((review) => review.id),
        ),
      ])
      // Only a backup carries settings; a review file never touches them.
      return { ...rows, scoresOnDevice, settings: file.kind === 'backup' ? await loadSettings(db) : null }
    })
  },
}
