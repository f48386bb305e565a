import type * as z from 'zod/mini'
import { TeamSchema } from '#domain/review/team'
import { ReviewSchema } from '#domain/review/review'
import { CalculatorInputsSchema, EvidenceEntrySchema, RecordReviewRowSchema } from '#domain/review/evidence'
import { ConsensusSchema, RatingSchema } from '#domain/review/rating'
import { ActionPlanEntrySchema } from '#domain/scoring/action-plan'
import { ItemFindingSchema, ReportNarrativeSchema } from '#domain/scoring/report-narrative'
import { ImportedScaleSchema } from '#domain/scale/imported'
import { SettingsSchema } from '#domain/settings/settings'
import { VisitSessionSchema } from '#domain/visit/session'
import { SessionNoteSchema } from '#domain/visit/session-note'
import { TeamOutcomeSchema } from '#domain/network/outcomes'

/** What the app knows about one stored table that travels in exchange files. */
interface TableFacts {
  /** A row's schema: a file's rows are checked with it, and rows parsed with it on their way into and out of the device. */
  schema: z.ZodMiniType
  /** The primary key's fields, as the database keys the table (tests/storage/table-registry.test.ts holds them to Dexie's). */
  key: readonly string[]
  /** One row and several, in the users' words. */
  one: string
  many: string
  /** A review file carries one review's rows of these tables; a backup carries every table. */
  inReviewFiles: boolean
  /**
   * A summary for the network (docs/decisions/0023) carries these: the review's outcome, never personal data.
   * Evidence text, session notes, record-review rows and the visit's sessions stay with the reviewers.
   */
  inNetworkSummaries?: true
  /** The table has one row (the settings): a file holds it as one object rather than a list, keyed by the table's name. */
  single?: true
  /** The row's name and description in docs/exchange-format.schema.json. */
  definition: { id: string; description: string }
}

/**
 * Every stored table that travels in exchange files, in the order they are written (parents before
 * children): the one list the file's schema, the checks of a file, the import and its words and the
 * device's reads and writes are made from. A new table is added here (and to the database, with a new
 * version); a Dexie table that is in neither this list nor `deviceOnlyTables` fails the storage tests.
 */
export const tables = {
  teams: {
    schema: TeamSchema,
    key: ['id'],
    one: 'team',
    many: 'teams',
    inReviewFiles: true,
    inNetworkSummaries: true,
    definition: { id: 'Team', description: 'A team whose IPS service is reviewed.' },
  },
  reviews: {
    schema: ReviewSchema,
    key: ['id'],
    one: 'review',
    many: 'reviews',
    inReviewFiles: true,
    inNetworkSummaries: true,
    definition: { id: 'Review', description: 'One fidelity review of a team, pinned to a scale id and version.' },
  },
  visitSessions: {
    schema: VisitSessionSchema,
    key: ['id'],
    one: 'visit session',
    many: 'visit sessions',
    inReviewFiles: true,
    definition: {
      id: 'VisitSession',
      description: 'One session of the visit plan: when, what kind, with whom by role and head count, never names.',
    },
  },
  sessionNotes: {
    schema: SessionNoteSchema,
    key: ['id'],
    one: 'session note',
    many: 'session notes',
    inReviewFiles: true,
    definition: { id: 'SessionNote', description: 'A note taken in one session, tagged to the items it informs.' },
  },
  evidence: {
    schema: EvidenceEntrySchema,
    key: ['id'],
    one: 'evidence entry',
    many: 'evidence entries',
    inReviewFiles: true,
    definition: { id: 'EvidenceEntry', description: 'A note of evidence for one item.' },
  },
  calculatorInputs: {
    schema: CalculatorInputsSchema,
    key: ['reviewId', 'itemId'],
    one: 'set of calculator figures',
    many: 'sets of calculator figures',
    inReviewFiles: true,
    definition: { id: 'CalculatorInputs', description: 'The figures entered in one item’s calculator.' },
  },
  recordReviewRows: {
    schema: RecordReviewRowSchema,
    key: ['id'],
    one: 'record-review row',
    many: 'record-review rows',
    inReviewFiles: true,
    definition: { id: 'RecordReviewRow', description: 'One record reviewed, by anonymous code only.' },
  },
  ratings: {
    schema: RatingSchema,
    // One row per reviewer per item, so two reviewers never overwrite each other.
    key: ['reviewId', 'itemId', 'reviewerId'],
    one: 'rating',
    many: 'ratings',
    inReviewFiles: true,
    inNetworkSummaries: true,
    definition: { id: 'Rating', description: 'One reviewer’s independent rating of one item.' },
  },
  consensus: {
    schema: ConsensusSchema,
    key: ['reviewId', 'itemId'],
    one: 'consensus score',
    many: 'consensus scores',
    inReviewFiles: true,
    inNetworkSummaries: true,
    definition: { id: 'Consensus', description: 'The score the reviewers agreed for one item.' },
  },
  actionPlan: {
    schema: ActionPlanEntrySchema,
    key: ['id'],
    one: 'action plan entry',
    many: 'action plan entries',
    inReviewFiles: true,
    inNetworkSummaries: true,
    definition: { id: 'ActionPlanEntry', description: 'A recommendation and the team’s action on it.' },
  },
  reportNarratives: {
    schema: ReportNarrativeSchema,
    // One narrative per review.
    key: ['reviewId'],
    one: 'report narrative',
    many: 'report narratives',
    inReviewFiles: true,
    inNetworkSummaries: true,
    definition: {
      id: 'ReportNarrative',
      description: 'What the reviewers wrote for the report: summary, service context, strengths, top recommendations.',
    },
  },
  itemFindings: {
    schema: ItemFindingSchema,
    key: ['reviewId', 'itemId'],
    one: 'item finding',
    many: 'item findings',
    inReviewFiles: true,
    inNetworkSummaries: true,
    definition: { id: 'ItemFinding', description: 'The finding the reviewers chose for one item, in their words.' },
  },
  outcomes: {
    schema: TeamOutcomeSchema,
    // One row per team per quarter. Team-level figures, not a review's: they travel in backups only, never in a
    // review file or a summary for the network (docs/decisions/0026-outcomes.md).
    key: ['teamId', 'quarter'],
    one: 'quarter of outcomes',
    many: 'quarters of outcomes',
    inReviewFiles: false,
    definition: {
      id: 'TeamOutcome',
      description:
        'The figures a team reported to its programme for one quarter (all optional whole numbers); the employment rate is worked out from them.',
    },
  },
  importedScales: {
    schema: ImportedScaleSchema,
    key: ['id', 'version'],
    one: 'imported scale',
    many: 'imported scales',
    inReviewFiles: false,
    definition: { id: 'ImportedScale', description: 'A scale file imported by the user; data is the scale file.' },
  },
  settings: {
    schema: SettingsSchema,
    // The device keeps the settings in one row under a fixed id (SETTINGS_ID in src/storage/database.ts).
    key: ['id'],
    one: 'settings',
    many: 'settings',
    inReviewFiles: false,
    single: true,
    definition: { id: 'Settings', description: 'The device’s settings.' },
  },
} as const satisfies Record<string, TableFacts>

type Tables = typeof tables

/** Every table an import writes to and a backup holds. */
export type TableName = keyof Tables
/** The tables of many rows: all but the settings. */
export type RowTable = { [T in TableName]: Tables[T] extends { single: true } ? never : T }[TableName]
/** The tables a review file carries: one review with its team and everything recorded for it. */
export type ReviewTable = { [T in TableName]: Tables[T]['inReviewFiles'] extends true ? T : never }[TableName]

/** One row of a table, e.g. `TableRow<'ratings'>` is a Rating. */
export type TableRow<T extends TableName> = z.infer<Tables[T]['schema']>
/** Rows per table, each list typed as its table's rows. */
export type TableRows<N extends RowTable = RowTable> = { [T in N]: TableRow<T>[] }

// Object.keys types its answer as string[]; the registry's own keys are exactly TableName.
export const tableNames = Object.keys(tables) as TableName[]
export const rowTables: readonly RowTable[] = tableNames.filter(isRowTable)
export const reviewTables: readonly ReviewTable[] = tableNames.filter(
  (table): table is ReviewTable => tables[table].inReviewFiles,
)

function isRowTable(table: TableName): table is RowTable {
  return !('single' in tables[table])
}

/** A table's row schema, typed as that table's, so what it parses is typed as that table's row. */
export function schemaOf<T extends TableName>(table: T): z.ZodMiniType<TableRow<T>> {
  // TypeScript reads `tables[table].schema` as the union of every table's schema; the one under
  // `table` is this table's.
  const schema: z.ZodMiniType = tables[table].schema
  return schema as z.ZodMiniType<TableRow<T>>
}

/** An object with one entry per named table, e.g. the counts of an import. */
export function byTable<N extends TableName, V>(names: readonly N[], value: (table: N) => V): Record<N, V> {
  return Object.fromEntries(names.map((table) => [table, value(table)])) as Record<N, V>
}

/** Each named table's rows, made table by table; `rowsOf` gives each table its own rows' type. */
export function mapRows<N extends RowTable>(
  names: readonly N[],
  rowsOf: <T extends N>(table: T) => TableRow<T>[],
): TableRows<N> {
  const rows = emptyRows(names)
  for (const table of names) rows[table] = rowsOf(table)
  return rows
}

/** Like mapRows, for rows read asynchronously: every table's read is started at once. */
export async function mapRowsAsync<N extends RowTable>(
  names: readonly N[],
  rowsOf: <T extends N>(table: T) => Promise<TableRow<T>[]>,
): Promise<TableRows<N>> {
  const rows = emptyRows(names)
  await Promise.all(
    names.map(async (table) => {
      rows[table] = await rowsOf(table)
    }),
  )
  return rows
}

/** No rows in any of the named tables. */
export function emptyRows<N extends RowTable>(names: readonly N[]): TableRows<N> {
  return byTable(names, () => [])
}

type Row = Readonly<Record<string, unknown>>

/** A row's primary key as the database keys it: the one field's value, or the fields' values in order. */
export function primaryKeyOf(table: RowTable, row: Row): unknown {
  const { key } = tables[table]
  return key.length === 1 ? row[key[0]] : key.map((field) => row[field])
}

/**
 * The primary key of a row, as one string; the settings, one row, are keyed by the table's name.
 * The parts are JSON-encoded, so "a-b" + "c" never meets "a" + "b-c".
 */
export function recordKey(table: TableName, row: Row): string {
  return isRowTable(table) ? JSON.stringify(primaryKeyOf(table, row)) : table
}
