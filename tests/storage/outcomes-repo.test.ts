import { describe, expect, it, vi } from 'vitest'
import { getDatabase } from '../../src/storage/database'
import { outcomesRepo } from '../../src/storage/outcomes-repo'
import { teamsRepo } from '../../src/storage/teams-repo'
import { later, noFigures, now, quotaExceeded, teamInput, useFreshDatabase } from './fresh-database'

useFreshDatabase()

describe('a team’s quarterly outcomes', () => {
  it('are saved per quarter, a second save replacing the quarter, and listed newest first', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await outcomesRepo.save(team.id, '2026-Q1', { ...noFigures, caseload: 80 }, now)
    await outcomesRepo.save(team.id, '2026-Q3', { ...noFigures, outOfWorkAtEntry: 40, startedWork: 10 }, now)
    await outcomesRepo.save(team.id, '2026-Q1', { ...noFigures, caseload: 82, jobStarts: 5 }, later)
    const quarters = await outcomesRepo.listForTeam(team.id)
    expect(quarters.map((q) => [q.quarter, q.caseload, q.jobStarts])).toEqual([
      ['2026-Q3', null, null],
      ['2026-Q1', 82, 5],
    ])
    expect(quarters[1]?.updatedAt).toBe(later.toISOString())
  })

  it('refuses figures that break the rules, and a team not on this device, writing nothing', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await expect(
      outcomesRepo.save(team.id, '2026-Q1', { ...noFigures, caseload: 10, inCompetitiveWork: 11 }, now),
    ).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/More people in work than on the caseload/),
    })
    await expect(outcomesRepo.save(team.id, '2026-Q5', noFigures, now)).rejects.toMatchObject({ code: 'invalid' })
    await expect(outcomesRepo.save('no-such-team', '2026-Q1', noFigures, now)).rejects.toMatchObject({
      code: 'not-found',
    })
    expect(await outcomesRepo.listAll()).toEqual([])
  })

  it('imports rows all or nothing: one row of a team that has gone writes none', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const row = (teamId: string) => ({
      ...noFigures,
      teamId,
      quarter: '2026-Q2',
      caseload: 5,
      updatedAt: now.toISOString(),
    })
    await expect(outcomesRepo.importRows([row(team.id), row('gone')])).rejects.toMatchObject({ code: 'not-found' })
    expect(await outcomesRepo.listAll()).toEqual([])
    await outcomesRepo.importRows([row(team.id)])
    expect(await outcomesRepo.listForTeam(team.id)).toEqual([expect.objectContaining({ caseload: 5 })])
  })

  it('says when the device is full', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    vi.spyOn(getDatabase().outcomes, 'put').mockRejectedValueOnce(quotaExceeded())
    await expect(outcomesRepo.save(team.id, '2026-Q1', noFigures, now)).rejects.toMatchObject({
      code: 'quota-exceeded',
    })
  })
})
