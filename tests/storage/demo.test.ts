import { describe, expect, it } from 'vitest'
import { loadDemoTeam } from '../../src/storage/demo'
import { teamsRepo } from '../../src/storage/teams-repo'
import { later, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()

describe('loadDemoTeam', () => {
  it('creates the fictional Northgate team', async () => {
    const id = await loadDemoTeam(now)
    expect(await teamsRepo.get(id)).toMatchObject({
      name: 'Northgate Community Recovery Team',
      serviceType: 'community-recovery',
      specialistCount: 3,
      specialistFte: 2.6,
      archivedAt: null,
      createdAt: now.toISOString(),
    })
  })

  it('does not create a duplicate, or undo edits, when loaded again', async () => {
    const id = await loadDemoTeam(now)
    await teamsRepo.update(id, { notes: 'Edited by me' }, now)
    expect(await loadDemoTeam(later)).toBe(id)
    const teams = await teamsRepo.list({ includeArchived: true })
    expect(teams).toHaveLength(1)
    expect(teams[0]?.notes).toBe('Edited by me')
  })
})
