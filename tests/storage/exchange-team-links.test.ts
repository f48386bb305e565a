import { describe, expect, it } from 'vitest'
import type { ExchangeFile } from '#domain/exchange/file'
import { planImport, resolveImport } from '#domain/import/plan'
import {
  chosenTeamLinks,
  linkFileTeams,
  rememberTeamLinks,
  teamLinkCandidates,
  withLinkedTeams,
  type TeamLinkChoices,
} from '#domain/import/team-link'
import { findScale } from '#domain/scale/catalogue'
import { exchangeRepo } from '../../src/storage/exchange-repo'
import { settingsRepo } from '../../src/storage/settings-repo'
import { teamsRepo } from '../../src/storage/teams-repo'
import { TEAM_ID, REVIEW_ID, validBackupFile, validReviewFile } from '../domain/exchange/fixtures'
import { later, now, teamInput, useFreshDatabase } from './fresh-database'

useFreshDatabase()

const isBundled = (id: string, version: string) => findScale(id, version) !== undefined

/** The co-reviewer's team as the other reviewer typed it on this device before the visit. */
const setUpByHand = () =>
  teamsRepo.create(
    teamInput({ name: 'Northgate community recovery team', organisation: 'Northgate NHS Foundation Trust' }),
    now,
  )

/** What the import screen does: read, offer the links, plan the linked file, and import it with the links. */
async function preview(file: ExchangeFile, choices: TeamLinkChoices = {}) {
  const existing = await exchangeRepo.readExisting(file)
  const linking = await exchangeRepo.readTeamLinking()
  const candidates = teamLinkCandidates(file.data.teams, linking.teams, linking.teamLinks)
  const { links } = chosenTeamLinks(candidates, choices)
  const expected = withLinkedTeams(existing, links)
  const plan = planImport(linkFileTeams(file, links), expected, isBundled)
  const apply = () => exchangeRepo.applyImport(resolveImport(plan, {}), expected, rememberTeamLinks({}, links))
  return { candidates, plan, apply }
}

describe('importing a file whose team was set up by hand here', () => {
  it('puts the review in the team on this device, adds no second team, and remembers the link', async () => {
    const mine = await setUpByHand()
    const { candidates, apply } = await preview(validReviewFile())
    expect(candidates.map((c) => c.deviceTeams.map((t) => t.id))).toEqual([[mine.id]])
    await apply()

    const device = await exchangeRepo.readBackup()
    expect(device.teams).toEqual([mine])
    expect(device.reviews.map((r) => [r.id, r.teamId])).toEqual([[REVIEW_ID, mine.id]])
    expect(device.ratings).toHaveLength(50)
    expect(device.settings.teamLinks).toEqual({ [TEAM_ID]: mine.id })
  })

  it('links the next file from that co-reviewer as before, even after the team was renamed here', async () => {
    const mine = await setUpByHand()
    await (await preview(validReviewFile())).apply()
    await teamsRepo.update(mine.id, { name: 'Northgate IPS' }, later)

    const next = validReviewFile()
    next.data.ratings[0]!.rationale = 'Changed after the first file.'
    const { candidates, plan } = await preview(next)
    expect(candidates.map((c) => c.remembered)).toEqual([true])
    expect(plan.counts.teams).toEqual({ added: 0, unchanged: 1, merged: 0, conflicts: 0 })
    expect(plan.counts.reviews.conflicts).toBe(0)
  })

  it('kept apart, imports the file’s team beside this one and remembers nothing', async () => {
    const mine = await setUpByHand()
    await (await preview(validReviewFile(), { [TEAM_ID]: null })).apply()
    const device = await exchangeRepo.readBackup()
    expect(device.teams.map((t) => t.id).sort()).toEqual([mine.id, TEAM_ID].sort())
    expect(device.settings.teamLinks).toEqual({})
  })

  it('writes nothing and remembers nothing when the team changed after the preview', async () => {
    const mine = await setUpByHand()
    const { apply } = await preview(validReviewFile())
    await teamsRepo.update(mine.id, { locality: 'Northgate East' }, later)
    const before = await exchangeRepo.readBackup()
    await expect(apply()).rejects.toMatchObject({ code: 'changed' })
    expect(await exchangeRepo.readBackup()).toEqual(before)
    expect((await settingsRepo.get()).teamLinks).toEqual({})
  })

  it('keeps the links a restored backup brings beside the one just made', async () => {
    const mine = await setUpByHand()
    const file = validBackupFile()
    file.data.settings.teamLinks = { 'team-from-elsewhere': TEAM_ID }
    await (await preview(file)).apply()
    const settings = await settingsRepo.get()
    expect(settings.teamLinks).toEqual({ 'team-from-elsewhere': TEAM_ID, [TEAM_ID]: mine.id })
    // The backup's own settings came too; this device's last backup time stays its own.
    expect(settings).toMatchObject({ backupReminderDays: 7, lastBackupAt: null })
  })
})
