import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Table } from 'dexie'
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, type BackupData, type ExchangeFile } from '#domain/exchange/file'
import { exchangeRepo } from '../../src/storage/exchange-repo'
import { getDatabase, resetDatabaseForTests } from '../../src/storage/database'
import { loadDemoTeam } from '../../src/storage/demo'
import { scalesRepo } from '../../src/storage/scales-repo'
import { settingsRepo } from '../../src/storage/settings-repo'
import { evidenceRepo } from '../../src/storage/evidence-repo'
import { firstUnbackedChangeAt } from '../../src/storage/change-marker'
import { createTeamAndReview, now, quotaExceeded, useFreshDatabase } from './fresh-database'

useFreshDatabase()
beforeEach(() => localStorage.clear())
afterEach(() => {
  localStorage.clear()
  vi.restoreAllMocks()
})

async function dump() {
  const db = getDatabase()
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)))
}

/**
 * A backup of the demo (every table has rows) and a second device holding a review of its own and an
 * edited copy of one demo evidence entry, so the import both adds rows and overwrites one.
 */
async function importOntoADeviceWithData() {
  await loadDemoTeam(now)
  await scalesRepo.saveImported({ id: 'my-scale', version: '1.0.0', data: { items: [] } }, now)
  await settingsRepo.update({ actionPlanWeeks: 8 })
  const backup: BackupData = await exchangeRepo.readBackup()
  const file: ExchangeFile = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    appVersion: 'test',
    createdAt: now.toISOString(),
    kind: 'backup',
    data: backup,
  }

  await getDatabase().delete()
  resetDatabaseForTests()
  const { review } = await createTeamAndReview()
  await evidenceRepo.addEntry({ reviewId: review.id, itemId: 'caseload-size', source: 'document', note: 'Ours' }, now)
  const shared = backup.evidence[0]!
  await getDatabase().evidence.put({ ...shared, note: 'Edited on this device' })
  await settingsRepo.update({ largeText: true })
  localStorage.clear()

  const expected = await exchangeRepo.readExisting(file)
  return { writes: backup, expected, before: await dump() }
}

/** Lets the table's real bulkPut write its rows, then fails: the failure comes after tables were written. */
function failAfterWriting(table: Table, error: unknown) {
  const original = table.bulkPut.bind(table)
  const failing = async (...args: Parameters<Table['bulkPut']>) => {
    await original(...args)
    throw error
  }
  return vi.spyOn(table, 'bulkPut').mockImplementation(failing as unknown as Table['bulkPut'])
}

describe('an import that fails halfway', () => {
  it('leaves the database exactly as before when storage fills up on the fifth table', async () => {
    const { writes, expected, before } = await importOntoADeviceWithData()
    // teams, reviews, evidence and calculatorInputs are written before recordReviewRows.
    const spy = failAfterWriting(getDatabase().recordReviewRows, quotaExceeded())
    const failure = exchangeRepo.applyImport(writes, expected)
    await expect(failure).rejects.toMatchObject({ code: 'quota-exceeded' })
    await expect(failure).rejects.toThrow(/Export a backup.*free some space/)
    expect(spy).toHaveBeenCalledOnce()
    expect(await dump()).toEqual(before)
    expect(firstUnbackedChangeAt()).toBeNull()
  })

  it('leaves the database exactly as before when the quota error is a plain object on the last table', async () => {
    const { writes, expected, before } = await importOntoADeviceWithData()
    failAfterWriting(getDatabase().importedScales, { name: 'QuotaExceededError', message: 'full' })
    await expect(exchangeRepo.applyImport(writes, expected)).rejects.toMatchObject({ code: 'quota-exceeded' })
    expect(await dump()).toEqual(before)
  })

  it('leaves the database exactly as before when a write fails inside the database', async () => {
    const { writes, expected, before } = await importOntoADeviceWithData()
    // A hook runs inside IndexedDB's own write, after earlier tables have been written.
    const db = getDatabase()
    const refuse = () => {
      throw new Error('disk error')
    }
    db.consensus.hook('creating', refuse)
    try {
      await expect(exchangeRepo.applyImport(writes, expected)).rejects.toMatchObject({ code: 'unknown' })
    } finally {
      db.consensus.hook('creating').unsubscribe(refuse)
    }
    expect(await dump()).toEqual(before)
  })

  it('writes everything when nothing fails', async () => {
    const { writes, expected } = await importOntoADeviceWithData()
    await exchangeRepo.applyImport(writes, expected)
    const after = await exchangeRepo.readBackup()
    for (const table of ['teams', 'reviews', 'ratings', 'consensus', 'importedScales'] as const) {
      expect(after[table] as unknown[]).toEqual(expect.arrayContaining(writes[table] as unknown[]))
    }
    expect(after.evidence.find((e) => e.id === writes.evidence[0]!.id)).toEqual(writes.evidence[0])
    expect(after.evidence.some((e) => e.note === 'Ours')).toBe(true)
    expect(after.settings.actionPlanWeeks).toBe(8)
  })
})
