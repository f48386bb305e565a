import { describe, expect, it } from 'vitest'
import { checkExchangeFile } from '#domain/exchange/check'
import type { BackupFile, ReviewExchangeFile } from '#domain/exchange/file'
import { emptyImportWrites, planImport, resolveImport, type ExistingRecords } from '#domain/import/plan'
import {
  chosenTeamLinks,
  linkChoiceFor,
  linkFileTeams,
  rememberTeamLinks,
  teamLinkCandidates,
  withLinkedTeams,
  type TeamLinkCandidate,
} from '#domain/import/team-link'
import type { Team } from '#domain/review/team'
import { asUpload, REVIEW_ID, TEAM_ID, validBackupFile, validReviewFile } from '../exchange/fixtures'

const bundled = (id: string, version: string) => id === 'ips-uk' && version === '1.0.0'

/** The file's Northgate team as another reviewer set it up by hand on this device: same team, its own id. */
function handMade(change: Partial<Team> = {}): Team {
  const fileTeam = validReviewFile().data.teams[0]!
  return {
    ...fileTeam,
    id: 'team-made-here',
    notes: 'Set up before the visit.',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...change,
  }
}

const fileTeam = () => validReviewFile().data.teams[0]!
const candidateIds = (candidates: TeamLinkCandidate[]) =>
  candidates.map((c) => ({ file: c.fileTeam.id, device: c.deviceTeams.map((t) => t.id), remembered: c.remembered }))

describe('which of the file’s teams could link to a team on this device', () => {
  it('offers the device’s team of the same name and organisation, however it was typed', () => {
    const typed = handMade({
      name: '  northgate   community RECOVERY team ',
      organisation: 'Northgate NHS  Foundation Trust',
    })
    expect(candidateIds(teamLinkCandidates([fileTeam()], [typed], {}))).toEqual([
      { file: TEAM_ID, device: ['team-made-here'], remembered: false },
    ])
  })

  it('offers nothing when the name or the organisation differs', () => {
    expect(teamLinkCandidates([fileTeam()], [handMade({ name: 'Northgate EIP' })], {})).toEqual([])
    expect(teamLinkCandidates([fileTeam()], [handMade({ organisation: 'Southgate NHS Trust' })], {})).toEqual([])
    expect(teamLinkCandidates([fileTeam()], [handMade({ organisation: '' })], {})).toEqual([])
  })

  it('offers nothing for a team that is already on this device under the same id', () => {
    expect(teamLinkCandidates([fileTeam()], [fileTeam(), handMade()], {})).toEqual([])
  })

  it('does not offer an archived team', () => {
    expect(teamLinkCandidates([fileTeam()], [handMade({ archivedAt: '2026-11-02T09:00:00.000Z' })], {})).toEqual([])
  })

  it('offers every team of that name, oldest first, when the device has two', () => {
    const newer = handMade({ id: 'team-made-later', createdAt: '2026-11-10T09:00:00.000Z' })
    const candidates = teamLinkCandidates([fileTeam()], [newer, handMade()], {})
    expect(candidateIds(candidates)).toEqual([
      { file: TEAM_ID, device: ['team-made-here', 'team-made-later'], remembered: false },
    ])
    // Two teams of the same name: the user picks one (or none); nothing is linked until then.
    expect(linkChoiceFor(candidates[0]!, {})).toBeUndefined()
    expect(chosenTeamLinks(candidates, {})).toEqual({ links: [], undecided: candidates })
    expect(chosenTeamLinks(candidates, { [TEAM_ID]: 'team-made-later' }).links).toEqual([
      { fileTeamId: TEAM_ID, deviceTeam: newer },
    ])
    expect(chosenTeamLinks(candidates, { [TEAM_ID]: null })).toEqual({ links: [], undecided: [] })
  })

  it('links to the only team by default, and keeps the teams apart when the user says so', () => {
    const candidates = teamLinkCandidates([fileTeam()], [handMade()], {})
    expect(chosenTeamLinks(candidates, {}).links).toEqual([{ fileTeamId: TEAM_ID, deviceTeam: handMade() }])
    expect(chosenTeamLinks(candidates, { [TEAM_ID]: null })).toEqual({ links: [], undecided: [] })
    // A choice of a team that is not offered (gone since) counts as no choice.
    expect(linkChoiceFor(candidates[0]!, { [TEAM_ID]: 'team-deleted' })).toBe('team-made-here')
  })

  it('offers the remembered team, even after it was renamed here', () => {
    const renamed = handMade({ name: 'Northgate IPS service' })
    const candidates = teamLinkCandidates([fileTeam()], [renamed, handMade({ id: 'other' })], {
      [TEAM_ID]: 'team-made-here',
    })
    expect(candidateIds(candidates)).toEqual([{ file: TEAM_ID, device: ['team-made-here'], remembered: true }])
    expect(linkChoiceFor(candidates[0]!, {})).toBe('team-made-here')
  })

  it('ignores a remembered link whose team is no longer on this device', () => {
    const remembered = { [TEAM_ID]: 'team-deleted' }
    expect(teamLinkCandidates([fileTeam()], [], remembered)).toEqual([])
    expect(candidateIds(teamLinkCandidates([fileTeam()], [handMade()], remembered))).toEqual([
      { file: TEAM_ID, device: ['team-made-here'], remembered: false },
    ])
  })

  it('remembers this import’s links with the earlier ones', () => {
    expect(rememberTeamLinks({ 'team-a': 'team-b' }, [{ fileTeamId: TEAM_ID, deviceTeam: handMade() }])).toEqual({
      'team-a': 'team-b',
      [TEAM_ID]: 'team-made-here',
    })
  })
})

describe('a review file linked to the team on this device', () => {
  const links = [{ fileTeamId: TEAM_ID, deviceTeam: handMade() }]
  /** The device holds only the hand-made team; readExisting found nothing else with the file's keys. */
  const existing: ExistingRecords = emptyImportWrites()

  it('names the device’s team wherever the file named its own, and carries the device’s team row as it is', () => {
    const file = validReviewFile()
    const linked = linkFileTeams(file, links) as ReviewExchangeFile
    expect(JSON.stringify(linked)).not.toContain(TEAM_ID)
    expect(linked.data.teams).toEqual([handMade()])
    expect(linked.data.reviews.map((r) => r.teamId)).toEqual(['team-made-here'])
    expect({ ...linked.data, teams: file.data.teams, reviews: file.data.reviews }).toEqual(file.data)
    // The file as read is left as it was, so the user can change their mind.
    expect(file).toEqual(validReviewFile())
  })

  it('passes the same checks as any file', () => {
    const linked = linkFileTeams(validReviewFile(), links)
    expect(checkExchangeFile(...asUpload(linked))).toMatchObject({ ok: true })
  })

  it('imports the review into the device’s team and writes no team', () => {
    const linked = linkFileTeams(validReviewFile(), links)
    const plan = planImport(linked, withLinkedTeams(existing, links), bundled)
    expect(plan.blockers).toEqual([])
    expect(plan.conflicts).toEqual([])
    expect(plan.counts.teams).toEqual({ added: 0, unchanged: 1, merged: 0, conflicts: 0 })
    expect(plan.counts.reviews.added).toBe(1)
    expect(plan.title).toBe('Review of Northgate Community Recovery Team (20-21 November 2026)')
    const writes = resolveImport(plan, {})
    expect(writes.teams).toEqual([])
    expect(writes.reviews).toEqual([{ ...validReviewFile().data.reviews[0]!, teamId: 'team-made-here' }])
    expect(writes.ratings).toHaveLength(50)
  })

  it('kept apart, the file imports as before: its own team added', () => {
    const plan = planImport(validReviewFile(), existing, bundled)
    expect(plan.counts.teams.added).toBe(1)
    expect(resolveImport(plan, {}).teams.map((t) => t.id)).toEqual([TEAM_ID])
  })

  it('meets a review already linked on an earlier import as the same review', () => {
    const linkedBefore = resolveImport(
      planImport(linkFileTeams(validReviewFile(), links), withLinkedTeams(existing, links), bundled),
      {},
    )
    const device: ExistingRecords = { ...linkedBefore, teams: [handMade()] }
    const plan = planImport(linkFileTeams(validReviewFile(), links), device, bundled)
    expect(plan.conflicts).toEqual([])
    expect(plan.counts.reviews).toEqual({ added: 0, unchanged: 1, merged: 0, conflicts: 0 })
  })
})

describe('a backup whose teams link to one on this device', () => {
  /** The fixture backup with a second copy of the Northgate team (another id) and a review of it. */
  function backupWithTwoCopies(): BackupFile {
    const file = validBackupFile()
    const copy = { ...file.data.teams[0]!, id: 'team-northgate-copy' }
    const review = { ...file.data.reviews[0]!, id: 'review-of-copy', teamId: copy.id }
    file.data.teams.push(copy)
    file.data.reviews.push(review)
    return file
  }

  it('puts both teams’ reviews in the device’s team, which the file then holds once', () => {
    const file = backupWithTwoCopies()
    const candidates = teamLinkCandidates(file.data.teams, [handMade()], {})
    expect(candidates.map((c) => c.fileTeam.id)).toEqual([TEAM_ID, 'team-northgate-copy'])
    const { links } = chosenTeamLinks(candidates, {})
    const linked = linkFileTeams(file, links)
    expect(linked.data.teams).toEqual([handMade()])
    expect(linked.data.reviews.map((r) => [r.id, r.teamId])).toEqual([
      [REVIEW_ID, 'team-made-here'],
      ['review-of-copy', 'team-made-here'],
    ])
    expect(checkExchangeFile(...asUpload(linked))).toMatchObject({ ok: true })
  })

  it('links one team and keeps the other apart when the user says so', () => {
    const file = backupWithTwoCopies()
    const candidates = teamLinkCandidates(file.data.teams, [handMade()], {})
    const { links } = chosenTeamLinks(candidates, { 'team-northgate-copy': null })
    const linked = linkFileTeams(file, links)
    expect(linked.data.teams.map((t) => t.id)).toEqual(['team-northgate-copy', 'team-made-here'])
    expect(linked.data.reviews.map((r) => r.teamId)).toEqual(['team-made-here', 'team-northgate-copy'])
    const plan = planImport(linked, withLinkedTeams({ ...emptyImportWrites() }, links), bundled)
    expect(plan.counts.teams).toEqual({ added: 1, unchanged: 1, merged: 0, conflicts: 0 })
  })

  it('links to a device team the backup also holds, without holding it twice', () => {
    const file = backupWithTwoCopies()
    // The device has the fixture's team under its own id: only the copy is a candidate, for that team.
    const candidates = teamLinkCandidates(file.data.teams, [fileTeam()], {})
    expect(candidateIds(candidates)).toEqual([{ file: 'team-northgate-copy', device: [TEAM_ID], remembered: false }])
    const linked = linkFileTeams(file, chosenTeamLinks(candidates, {}).links)
    expect(linked.data.teams.map((t) => t.id)).toEqual([TEAM_ID])
    expect(checkExchangeFile(...asUpload(linked))).toMatchObject({ ok: true })
  })
})
