import type { ItemFinding, ReportNarrative } from '#domain/scoring/report-narrative'
import Dexie, { type Table, type Transaction } from 'dexie'
import type { Team } from '#domain/review/team'
import type { Review } from '#domain/review/review'
import type { CalculatorInputs, EvidenceEntry, RecordReviewRow } from '#domain/review/evidence'
import type { Consensus, Rating } from '#domain/review/rating'
import type { Settings } from '#domain/settings/settings'
import type { ActionPlanEntry } from '#domain/scoring/action-plan'
import type { ImportedScale } from '#domain/scale/imported'
import type { VisitSession } from '#domain/visit/session'
import type { SessionNote } from '#domain/visit/session-note'
import { LegacyPlanningChecklistSchema, migratePlanningChecklist } from '#domain/visit/legacy-checklist'
import type { TeamOutcome } from '#domain/network/outcomes'
import type { Draft } from './draft'
import type { FinalScores } from '#domain/scoring/final-scores'

export const DATABASE_NAME = 'ips-fidelity-review'

/**
 * One schema version. A released entry is never edited: add a new one with an upgrade and a migration test.
 * Every table is either in the exchange table registry (src/domain/exchange/tables.ts), keyed as it says, or
 * in `deviceOnlyTables`; tests/storage/table-registry.test.ts fails otherwise.
 */
export interface DatabaseVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
}

export const versions: readonly DatabaseVersion[] = [
  {
    version: 1,
    stores: {
      teams: 'id, updatedAt',
      reviews: 'id, teamId, updatedAt',
      evidence: 'id, [reviewId+itemId], reviewId',
      calculatorInputs: '[reviewId+itemId], reviewId',
      recordReviewRows: 'id, reviewId',
      // One row per reviewer per item, so two reviewers never overwrite each other.
      ratings: '[reviewId+itemId+reviewerId], [reviewId+itemId], reviewId',
      consensus: '[reviewId+itemId], reviewId',
      importedScales: '[id+version], id',
      settings: 'id',
    },
  },
  {
    version: 2,
    // An item can have several entries (one per recommendation and action), so the index is not unique.
    stores: { actionPlan: 'id, reviewId, [reviewId+itemId]' },
  },
  {
    version: 3,
    // The durable copy of the draft journal: unsaved edits this device keeps until their record saves them.
    // Device-local, never exported or imported.
    stores: { drafts: '[reviewId+record+field], reviewId' },
  },
  {
    version: 4,
    // The visit plan and the notes taken session by session; a note tagged to several items is one row.
    stores: { visitSessions: 'id, reviewId', sessionNotes: 'id, reviewId, sessionId' },
    upgrade: migrateToVisitPlan,
  },
  {
    version: 5,
    // What the reviewers write for the report: one narrative per review, one finding per item.
    stores: { reportNarratives: 'reviewId', itemFindings: '[reviewId+itemId], reviewId' },
  },
  {
    version: 6,
    // Each final review's results, taken when it becomes final, so the portfolio reads one row per review and
    // not every rating (docs/decisions/0024-portfolio-results.md). Device-only; filled in lazily where missing.
    stores: { finalScores: 'reviewId, teamId' },
  },
  {
    version: 7,
    // The figures a team reports each quarter, one row per team per quarter (docs/decisions/0026-outcomes.md).
    stores: { outcomes: '[teamId+quarter], teamId' },
  },
]

/**
 * Version 4: each review's fixed planning checklist becomes sessions of its visit plan (and a "data request
 * sent" tick), by the same rule a format-1 file is read with. A checklist that does not read is dropped
 * rather than blocking the upgrade: the review itself, its evidence and scores are untouched either way.
 */
async function migrateToVisitPlan(tx: Transaction): Promise<void> {
  const sessions: VisitSession[] = []
  await tx
    .table('reviews')
    .toCollection()
    .modify((review: Record<string, unknown>) => {
      const checklist = LegacyPlanningChecklistSchema.safeParse(review.planningChecklist ?? [])
      delete review.planningChecklist
      if (!checklist.success || typeof review.id !== 'string') return
      const migrated = migratePlanningChecklist(
        { id: review.id, visitStart: String(review.visitStart), updatedAt: String(review.updatedAt) },
        checklist.data,
      )
      const done = Array.isArray(review.checklistDone) ? review.checklistDone : []
      review.checklistDone = [...new Set([...done, ...migrated.checklistDone])]
      sessions.push(...migrated.sessions)
    })
  await tx.table('visitSessions').bulkPut(sessions)
}

/**
 * Tables that stay on this device and are never exported, imported or backed up, so they are not in the
 * exchange table registry: `drafts` is the crash-safe journal of this browser's unsaved typing (see
 * docs/decisions/0005-crash-safe-typing.md), which means nothing on another device and holds personal
 * notes the user has not yet saved. `finalScores` is worked out from a final review's ratings and consensus,
 * which travel in files; each device takes its own (docs/decisions/0024-portfolio-results.md).
 */
export const deviceOnlyTables: readonly string[] = ['drafts', 'finalScores']

// All settings live in one row, so an update reads and writes them together.
export const SETTINGS_ID = 'app'
export type SettingsRow = Settings & { id: string }

export class ReviewDatabase extends Dexie {
  // `declare` so class-field initialisation cannot overwrite the tables Dexie attaches.
  declare teams: Table<Team, string>
  declare reviews: Table<Review, string>
  declare evidence: Table<EvidenceEntry, string>
  declare calculatorInputs: Table<CalculatorInputs, [string, string]>
  declare recordReviewRows: Table<RecordReviewRow, string>
  declare ratings: Table<Rating, [string, string, string]>
  declare consensus: Table<Consensus, [string, string]>
  declare importedScales: Table<ImportedScale, [string, string]>
  declare settings: Table<SettingsRow, string>
  declare actionPlan: Table<ActionPlanEntry, string>
  declare drafts: Table<Draft, [string, string, string]>
  declare visitSessions: Table<VisitSession, string>
  declare sessionNotes: Table<SessionNote, string>
  declare reportNarratives: Table<ReportNarrative, string>
  declare itemFindings: Table<ItemFinding, [string, string]>
  declare finalScores: Table<FinalScores, string>
  declare outcomes: Table<TeamOutcome, [string, string]>

  constructor(name: string = DATABASE_NAME) {
    super(name)
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores)
      if (v.upgrade) version.upgrade(v.upgrade)
    }
  }
}

let current = new ReviewDatabase()

/** The app's one database. Dexie opens it lazily on first use. */
export function getDatabase(): ReviewDatabase {
  return current
}

/**
 * Points the app at a fresh database, so each test starts empty. Dexie captures the IndexedDB
 * factory at import, so a new name is more reliable than swapping the global factory.
 */
export function resetDatabaseForTests(name: string = `${DATABASE_NAME}-test-${crypto.randomUUID()}`): ReviewDatabase {
  current.close()
  current = new ReviewDatabase(name)
  return current
}
