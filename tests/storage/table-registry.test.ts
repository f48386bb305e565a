import { describe, expect, it } from 'vitest'
import { tableNames, tables } from '#domain/exchange/tables'
import { deviceOnlyTables, getDatabase } from '../../src/storage/database'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

/** The tables of the opened database, by name, with their primary key paths. */
async function openedTables() {
  const db = getDatabase()
  await db.open()
  return new Map(db.tables.map((table) => [table.name, table.schema.primKey.keyPath]))
}

describe('the table registry and the database', () => {
  it('lists every table of the database, except those that never leave the device', async () => {
    const missing = [...(await openedTables()).keys()].filter(
      (name) => !(tableNames as readonly string[]).includes(name) && !deviceOnlyTables.includes(name),
    )
    expect(missing, 'add these tables to src/domain/exchange/tables.ts (or to deviceOnlyTables)').toEqual([])
  })

  it('names only tables the database has, and keeps device-only tables out of it', async () => {
    const opened = await openedTables()
    expect(tableNames.filter((name) => !opened.has(name))).toEqual([])
    for (const name of deviceOnlyTables) {
      expect(opened.has(name), name).toBe(true)
      expect(tableNames as readonly string[]).not.toContain(name)
    }
  })

  it('keys each table as the database does', async () => {
    const opened = await openedTables()
    for (const name of tableNames) {
      const { key } = tables[name]
      expect(opened.get(name), name).toEqual(key.length === 1 ? key[0] : key)
    }
  })
})
