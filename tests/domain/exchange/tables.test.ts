import { describe, expect, it } from 'vitest'
import {
  byTable,
  emptyRows,
  mapRows,
  mapRowsAsync,
  primaryKeyOf,
  recordKey,
  reviewTables,
  rowTables,
  schemaOf,
  tableNames,
  tables,
  type ReviewTable,
  type RowTable,
  type TableRows,
} from '#domain/exchange/tables'
import { emptyReviewData } from '#domain/exchange/file'
import { RatingSchema } from '#domain/review/rating'
import { reviewData, validBackupFile } from './fixtures'

describe('the table registry', () => {
  it('lists every table in the order a file writes them, parents before children', () => {
    expect(tableNames).toEqual([
      'teams',
      'reviews',
      'visitSessions',
      'sessionNotes',
      'evidence',
      'calculatorInputs',
      'recordReviewRows',
      'ratings',
      'consensus',
      'actionPlan',
      'reportNarratives',
      'itemFindings',
      'outcomes',
      'importedScales',
      'settings',
    ])
    expect(rowTables).toEqual(tableNames.filter((table) => table !== 'settings'))
    // A team's outcomes are not a review's: they travel in backups only.
    expect(reviewTables).toEqual(rowTables.filter((table) => table !== 'importedScales' && table !== 'outcomes'))
    expect(Object.keys(emptyReviewData())).toEqual(reviewTables)
  })

  it('names one row and several of each table in the users’ words', () => {
    expect(byTable(tableNames, (table) => [tables[table].one, tables[table].many])).toEqual({
      teams: ['team', 'teams'],
      reviews: ['review', 'reviews'],
      visitSessions: ['visit session', 'visit sessions'],
      sessionNotes: ['session note', 'session notes'],
      evidence: ['evidence entry', 'evidence entries'],
      calculatorInputs: ['set of calculator figures', 'sets of calculator figures'],
      recordReviewRows: ['record-review row', 'record-review rows'],
      ratings: ['rating', 'ratings'],
      consensus: ['consensus score', 'consensus scores'],
      actionPlan: ['action plan entry', 'action plan entries'],
      reportNarratives: ['report narrative', 'report narratives'],
      itemFindings: ['item finding', 'item findings'],
      outcomes: ['quarter of outcomes', 'quarters of outcomes'],
      importedScales: ['imported scale', 'imported scales'],
      settings: ['settings', 'settings'],
    })
  })

  it('gives each row of a valid backup a key made of fields the row has', () => {
    const data = validBackupFile().data
    for (const table of rowTables) {
      for (const row of data[table]) {
        for (const field of tables[table].key) expect(row, `${table}.${field}`).toHaveProperty(field)
      }
    }
  })

  it('checks rows with the table’s own schema', () => {
    expect(schemaOf('ratings')).toBe(RatingSchema)
    const rating = reviewData().ratings[0]!
    expect(schemaOf('ratings').safeParse(rating).success).toBe(true)
    expect(schemaOf('teams').safeParse(rating).success).toBe(false)
  })
})

describe('keys', () => {
  it('keys rows as the database does', () => {
    const rating = { reviewId: 'r', itemId: 'i', reviewerId: 'a' }
    expect(recordKey('ratings', rating)).not.toBe(recordKey('ratings', { ...rating, reviewerId: 'b' }))
    expect(recordKey('consensus', { ...rating, reviewerId: 'b' })).toBe(recordKey('consensus', rating))
    expect(recordKey('importedScales', { id: 'ips-uk', version: '1.1.0' })).not.toBe(
      recordKey('importedScales', { id: 'ips-uk', version: '1.1.1' }),
    )
    // Parts are kept apart, so "a-b"+"c" never meets "a"+"b-c".
    expect(recordKey('calculatorInputs', { reviewId: 'a-b', itemId: 'c' })).not.toBe(
      recordKey('calculatorInputs', { reviewId: 'a', itemId: 'b-c' }),
    )
  })

  it.each([
    ['teams', { id: 't1', name: 'x' }, 't1', '"t1"'],
    ['calculatorInputs', { reviewId: 'r', itemId: 'i' }, ['r', 'i'], '["r","i"]'],
    ['ratings', { reviewId: 'r', itemId: 'i', reviewerId: 'a' }, ['r', 'i', 'a'], '["r","i","a"]'],
    ['importedScales', { id: 'ips-uk', version: '1.0.0' }, ['ips-uk', '1.0.0'], '["ips-uk","1.0.0"]'],
  ] as const)('keys a row of %s as Dexie does, and as one string', (table, row, key, text) => {
    expect(primaryKeyOf(table, row)).toEqual(key)
    expect(recordKey(table, row)).toBe(text)
  })

  it('keys the settings, one row, by the table’s name', () => {
    expect(recordKey('settings', { largeText: true })).toBe('settings')
  })
})

describe('rows per table', () => {
  it('starts every named table empty', () => {
    expect(emptyRows(['teams', 'ratings'])).toEqual({ teams: [], ratings: [] })
  })

  it('makes each table’s rows table by table, in the order given', async () => {
    const data = reviewData()
    const rows: TableRows = { ...data, importedScales: [], outcomes: [] }
    const seen: string[] = []
    const copy = <T extends RowTable>(table: T) => {
      seen.push(table)
      return [...rows[table]]
    }
    expect(mapRows(rowTables, copy)).toEqual(rows)
    expect(seen).toEqual(rowTables)
    expect(await mapRowsAsync(reviewTables, <T extends ReviewTable>(table: T) => Promise.resolve(copy(table)))).toEqual(
      data,
    )
  })
})
