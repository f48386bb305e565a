import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { estimateStorage, requestPersistence, resetPersistenceRequestForTests } from '../../src/storage/persistence'
import { teamsRepo } from '../../src/storage/teams-repo'
import { settingsRepo } from '../../src/storage/settings-repo'
import { now, teamInput, useFreshDatabase } from './fresh-database'

useFreshDatabase()

function fakeStorage(granted: boolean) {
  return {
    persist: vi.fn(async () => granted),
    persisted: vi.fn(async () => false),
    estimate: vi.fn(async () => ({ usage: 2048, quota: 1_000_000 })),
  }
}

beforeEach(() => resetPersistenceRequestForTests())
afterEach(() => vi.unstubAllGlobals())

describe('requestPersistence', () => {
  it('resolves to null where the browser has no storage API', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined })
    expect(await requestPersistence()).toBeNull()
  })

  it('asks once, on the first save, and records that it asked', async () => {
    const storage = fakeStorage(true)
    vi.stubGlobal('navigator', { ...navigator, storage })
    await teamsRepo.create(teamInput(), now)
    await vi.waitFor(async () => expect((await settingsRepo.get()).persistenceRequested).toBe(true))
    expect(storage.persist).toHaveBeenCalledTimes(1)
    await teamsRepo.create(teamInput(), now)
    expect(await requestPersistence()).toBe(true)
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it('does not fail a save when the browser refuses', async () => {
    const storage = fakeStorage(false)
    storage.persist.mockRejectedValue(new Error('refused'))
    vi.stubGlobal('navigator', { ...navigator, storage })
    await expect(teamsRepo.create(teamInput(), now)).resolves.toMatchObject({ name: 'Riverside Recovery Team' })
    expect(await requestPersistence()).toBeNull()
  })
})

describe('estimateStorage', () => {
  it('reports whether storage is persistent and how much is used', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: fakeStorage(true) })
    expect(await estimateStorage()).toEqual({ persisted: false, usage: 2048, quota: 1_000_000 })
  })

  it('is null where the browser does not say', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined })
    expect(await estimateStorage()).toBeNull()
  })
})
