import { ReviewSchema } from '#domain/review/review'
import { defaultSettings, SettingsSchema, type Settings } from '#domain/settings/settings'
import type { ExistingRecords, ImportWrites } from '#domain/import/plan'
import type { RememberedTeamLinks } from '#domain/import/team-link'
import { SETTINGS_ID, type ReviewDatabase } from './database'
import { StorageError } from './storage-error'
import { parseInput, write } from './repo-helpers'
import { loadReview } from './reviews-repo'
import { settingsRepo } from './settings-repo'
import { APP_STORAGE_PREFIX, draftJournal, draftRecords } from './draft-journal'
import { clearChangeMarker, firstUnbackedChangeAt } from './change-marker'
import { assertReviewRulesHold, refreshFinalScoresAfterImport, reviewsToCheck } from './exchange-rules'
import { backupTables, loadSettings, readByKeys, tableOf } from './exchange-read'
import {
  byTable,
  mapRows,
  primaryKeyOf,
  rowTables,
  schemaOf,
  tables,
  type RowTable,
  type TableRows,
} from '#domain/exchange/tables'

/** Every key this app keeps in localStorage and sessionStorage starts with this (drafts, change marker, choices). */

// Draft records that hold personal data: evidence notes and interviewee roles, record-review cells.
// Rating, consensus and action-plan drafts are kept like their rows.
const personalDraftRecords = [draftRecords.evidence(''), draftRecords.recordRow(''), draftRecords.sessionNote('')]

/** Stable text for a value: object keys sorted, so equal rows compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b)

function parseWrites(writes: ImportWrites): ImportWrites {
  const given: TableRows = writes
  const rows = mapRows(rowTables, <T extends RowTable>(table: T) =>
    given[table].map((row) => parseInput(schemaOf(table), row, tables[table].one)),
  )
  return {
    ...rows,
    settings: writes.settings === null ? null : parseInput(SettingsSchema, writes.settings, 'settings'),
  }
}

const changed = () => new StorageError('changed')

// An import also takes the results snapshot of the final reviews it writes (device-only, not in files).
const importTables = (db: ReviewDatabase) => [...backupTables(db), db.finalScores]

/** The keys to re-read per table: every row the preview saw and every row the import will write. */
function keysToCheck(writes: ImportWrites, expected: ExistingRecords) {
  const seen: TableRows = expected
  const written: TableRows = writes
  return byTable(rowTables, (table) => {
    const keys = new Map<string, unknown>()
    for (const row of [...seen[table], ...written[table]]) {
      const key = primaryKeyOf(table, row)
      keys.set(canonical(key), key)
    }
    return keys
  })
}

/**
 * Re-reads, inside the import's transaction, every row the preview saw or the import will write, and
 * refuses if any differs from what the preview saw: the user agreed to that preview, not to another.
 * Returns the device's settings. All reads start at once, since a transaction commits early if its
 * callback awaits with no request pending.
 */
async function assertUnchanged(db: ReviewDatabase, writes: ImportWrites, expected: ExistingRecords) {
  const keys = keysToCheck(writes, expected)
  const [current, settings] = await Promise.all([
    readByKeys(
      db,
      byTable(rowTables, (table) => [...keys[table].values()]),
    ),
    loadSettings(db),
  ])
  const seen: TableRows = expected
  for (const table of rowTables) {
    const byKey = (rows: readonly Readonly<Record<string, unknown>>[]) =>
      new Map(rows.map((row) => [canonical(primaryKeyOf(table, row)), canonical(row)]))
    const now = byKey(current[table])
    const before = byKey(seen[table])
    for (const key of keys[table].keys()) {
      if (now.get(key) !== before.get(key)) throw changed()
    }
  }
  if ((writes.settings !== null || expected.settings !== null) && !same(settings, expected.settings)) throw changed()
  return settings
}

/** When the last backup was made and whether persistence was asked for are facts about this device, not the file. */
function deviceSettings(incoming: Settings, device: Settings | null) {
  return {
    ...incoming,
    lastBackupAt: device?.lastBackupAt ?? null,
    persistenceRequested: device?.persistenceRequested ?? false,
    id: SETTINGS_ID,
  }
}

function clearAppStorage(store: () => Storage) {
  try {
    const s = store()
    const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter((key) =>
      key?.startsWith(APP_STORAGE_PREFIX),
    )
    for (const key of keys) s.removeItem(key!)
  } catch {
    // Storage blocked: there is nothing of ours in it to erase.
  }
}

export const exchangeWrites = {
  /**
   * Writes an import in one transaction over every table: all or nothing. Throws StorageError 'changed'
   * when anything the preview showed has changed since, and 'invalid' when a review would break a
   * review rule; writes nothing then either. `teamLinks` (a file's team id -> the device's team it was
   * linked to) are added to the remembered links in the same transaction, so a link is remembered only
   * when its import is written.
   */
  async applyImport(
    writes: ImportWrites,
    expected: ExistingRecords,
    teamLinks: RememberedTeamLinks = {},
  ): Promise<void> {
    const rows = parseWrites(writes)
    await write(importTables, async (db) => {
      const settings = await assertUnchanged(db, rows, expected)
      const reviewIds = reviewsToCheck(rows)
      if (reviewIds.length > 0) await assertReviewRulesHold(db, rows, reviewIds)
      // Parents before children, in the registry's order.
      const written: TableRows = rows
      for (const table of rowTables) {
        if (written[table].length > 0) await tableOf(db, table).bulkPut(written[table])
      }
      if (rows.settings !== null) await db.settings.put(deviceSettings(rows.settings, settings))
      if (Object.keys(teamLinks).length > 0) {
        // After the file's settings (a backup's), so the links just made are kept with those it brings.
        const now = rows.settings !== null ? deviceSettings(rows.settings, settings) : (settings ?? defaultSettings)
        const next = parseInput(SettingsSchema, { ...now, teamLinks: { ...now.teamLinks, ...teamLinks } }, 'settings')
        await db.settings.put({ ...next, id: SETTINGS_ID })
      }
      // Last: see refreshFinalScores.
      if (reviewIds.length > 0) await refreshFinalScoresAfterImport(db, reviewIds)
    })
  },

  /**
   * Records a full backup made from data read at `now`: the reminder counts from then again. A change
   * first made after `now` (e.g. in another tab while the file was written) is not in the backup, so it stays marked.
   */
  async markBackedUp(now: Date): Promise<void> {
    const firstChange = firstUnbackedChangeAt()
    await settingsRepo.update({ lastBackupAt: now.toISOString() })
    if (firstChange === null || Date.parse(firstChange) <= now.getTime()) clearChangeMarker()
  },

  /** Erases every table (including any added later), every draft and the change marker. */
  async eraseEverything(): Promise<void> {
    draftJournal.discardPending()
    await write(
      (db) => db.tables,
      (db) => Promise.all(db.tables.map((table) => table.clear())),
    )
    clearAppStorage(() => localStorage)
    clearAppStorage(() => sessionStorage)
    clearChangeMarker()
  },

  /**
   * IPS Grow deletes personal data once the report is done: removes the review's evidence entries (notes,
   * interviewee roles), session notes and record-review rows, and their unsaved drafts; keeps ratings, consensus,
   * calculator inputs and the action plan, so the scores and the report stay.
   */
  async deletePersonalData(reviewId: string, now: Date): Promise<void> {
    await write(
      (db) => [db.reviews, db.evidence, db.recordReviewRows, db.sessionNotes],
      async (db) => {
        const review = await loadReview(db, reviewId)
        // Personal data goes after the report (IPS Grow's practice); before that the evidence is still needed.
        if (review.status !== 'final') {
          throw new StorageError('invalid', 'Finalise the review first: personal data is deleted after the report.')
        }
        await db.evidence.where('reviewId').equals(reviewId).delete()
        await db.recordReviewRows.where('reviewId').equals(reviewId).delete()
        // Session notes hold what people said; the sessions (roles and head counts) stay for the report's method.
        await db.sessionNotes.where('reviewId').equals(reviewId).delete()
        const at = now.toISOString()
        await db.reviews.put(
          parseInput(ReviewSchema, { ...review, personalDataDeletedAt: at, updatedAt: at }, 'review'),
        )
      },
    )
    for (const draft of await draftJournal.listForReview(reviewId)) {
      if (personalDraftRecords.some((prefix) => draft.record.startsWith(prefix))) draftJournal.clear(draft)
    }
  },
}
