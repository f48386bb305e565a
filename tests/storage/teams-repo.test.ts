import { describe, expect, it, vi } from 'vitest'
import { teamsRepo } from '../../src/storage/teams-repo'
import { getDatabase } from '../../src/storage/database'
import { StorageError } from '../../src/storage/storage-error'
import { later, now, quotaExceeded, teamInput, useFreshDatabase } from './fresh-database'

useFreshDatabase()

describe('teamsRepo', () => {
  it('creates a team and reads it back', async () => {
    const created = await teamsRepo.create(teamInput({ name: '  Riverside  ' }), now)
    expect(created).toMatchObject({ name: 'Riverside', archivedAt: null, createdAt: now.toISOString() })
    expect(await teamsRepo.get(created.id)).toEqual(created)
  })

  it('updates fields and keeps the rest', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const updated = await teamsRepo.update(team.id, { locality: 'Eastside', notes: undefined }, later)
    expect(updated).toMatchObject({ locality: 'Eastside', name: team.name, updatedAt: later.toISOString() })
    expect(updated.createdAt).toBe(now.toISOString())
    expect(await teamsRepo.get(team.id)).toEqual(updated)
  })

  it('archives and unarchives; the list hides archived teams unless asked', async () => {
    const kept = await teamsRepo.create(teamInput({ name: 'Beta' }), now)
    const archived = await teamsRepo.create(teamInput({ name: 'Alpha' }), now)
    await teamsRepo.archive(archived.id, later)
    expect((await teamsRepo.list()).map((t) => t.id)).toEqual([kept.id])
    expect((await teamsRepo.list({ includeArchived: true })).map((t) => t.name)).toEqual(['Alpha', 'Beta'])
    expect((await teamsRepo.unarchive(archived.id, later)).archivedAt).toBeNull()
    expect(await teamsRepo.list()).toHaveLength(2)
  })

  it('refuses invalid input with the field message and stores nothing', async () => {
    const failure = teamsRepo.create(teamInput({ specialistCount: 3, specialistFte: 0 }), now)
    await expect(failure).rejects.toBeInstanceOf(StorageError)
    await expect(failure).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/more than 0/) })
    expect(await teamsRepo.list({ includeArchived: true })).toEqual([])
  })

  it('refuses an update that would make the team invalid, leaving it unchanged', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await expect(teamsRepo.update(team.id, { specialistCount: -1 }, later)).rejects.toMatchObject({ code: 'invalid' })
    expect(await teamsRepo.get(team.id)).toEqual(team)
  })

  it('reports a missing team as not-found', async () => {
    await expect(teamsRepo.get('nope')).rejects.toMatchObject({ code: 'not-found' })
    await expect(teamsRepo.update('nope', { name: 'X' })).rejects.toMatchObject({ code: 'not-found' })
    expect(await teamsRepo.find('nope')).toBeNull()
  })

  it('reports a damaged stored row as invalid instead of handing it to a screen', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await getDatabase().teams.put({ ...team, specialistCount: -4 })
    await expect(teamsRepo.get(team.id)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/damaged/),
    })
  })

  it('maps a full device to quota-exceeded', async () => {
    vi.spyOn(getDatabase().teams, 'add').mockRejectedValue(quotaExceeded())
    await expect(teamsRepo.create(teamInput(), now)).rejects.toMatchObject({
      code: 'quota-exceeded',
      message: expect.stringMatching(/out of storage space/),
    })
  })
})
