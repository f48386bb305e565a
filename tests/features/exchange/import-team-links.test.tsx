import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { settingsRepo } from '../../../src/storage/settings-repo'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { later, now, teamInput, useFreshDatabase } from '../../storage/fresh-database'
import { REVIEW_ID, TEAM_ID, validReviewFile } from '../../domain/exchange/fixtures'
import { deviceContents, jsonFile, putOnDevice, renderImportScreen } from './import-helpers'

useFreshDatabase()
afterEach(() => cleanup())

const TEAM_LEGEND = 'Team Northgate Community Recovery Team (Northgate NHS Foundation Trust)'

/** The team as the other reviewer typed it on this device before the visit. */
const setUpByHand = (locality = 'Northgate', at = now) =>
  teamsRepo.create(
    teamInput({
      name: 'Northgate community  recovery team',
      organisation: 'Northgate NHS Foundation Trust',
      locality,
    }),
    at,
  )

const teamsRow = () =>
  within(screen.getByRole('table', { name: /Records in the file/ })).getByRole('row', { name: /^Teams/ })

async function uploadReview(name = 'northgate.json') {
  const { input } = renderImportScreen()
  await userEvent.upload(input, jsonFile(name, validReviewFile()))
  await screen.findByRole('heading', { name: /Check before importing/ })
}

describe('import screen: a file’s team that is already on this device', () => {
  it('links the file to the team set up by hand, by default, and remembers the link', async () => {
    const mine = await setUpByHand()
    await uploadReview()

    const group = screen.getByRole('group', { name: TEAM_LEGEND })
    expect(within(group).getByRole('radio', { name: 'Link to the team already on this device' })).toBeChecked()
    expect(within(group).getByRole('radio', { name: 'Keep as a separate team' })).not.toBeChecked()
    // To add, already here, to merge, in conflict: the team is the one already here.
    expect(teamsRow()).toHaveTextContent(/^Teams0100$/)

    await userEvent.click(screen.getByRole('button', { name: 'Import' }))
    await screen.findByRole('heading', { name: 'Imported northgate.json' })
    const device = await deviceContents()
    expect(device.teams).toEqual([mine])
    expect(device.reviews.map((r) => [r.id, r.teamId])).toEqual([[REVIEW_ID, mine.id]])
    expect(device.ratings).toHaveLength(50)
    expect(device.settings.teamLinks).toEqual({ [TEAM_ID]: mine.id })
  })

  it('keeps the teams apart when chosen with the keyboard, and the counts say a team will be added', async () => {
    const mine = await setUpByHand()
    await uploadReview()

    const separate = screen.getByRole('radio', { name: 'Keep as a separate team' })
    separate.focus()
    await userEvent.keyboard(' ')
    expect(separate).toBeChecked()
    expect(teamsRow()).toHaveTextContent(/^Teams1000$/)

    await userEvent.click(screen.getByRole('button', { name: 'Import' }))
    await screen.findByRole('heading', { name: 'Imported northgate.json' })
    const device = await deviceContents()
    expect(device.teams.map((t) => t.id).sort()).toEqual([mine.id, TEAM_ID].sort())
    expect(device.reviews.map((r) => r.teamId)).toEqual([TEAM_ID])
    expect(device.settings.teamLinks).toEqual({})
  })

  it('offers nothing when the file’s team is here under its own id', async () => {
    await putOnDevice(validReviewFile())
    await setUpByHand()
    await uploadReview()
    expect(screen.queryByRole('region', { name: 'Teams already on this device' })).not.toBeInTheDocument()
  })

  it('offers nothing when no team here has the file team’s name and organisation', async () => {
    await teamsRepo.create(teamInput({ name: 'Northgate EIP', organisation: 'Northgate NHS Foundation Trust' }), now)
    await teamsRepo.create(
      teamInput({ name: 'Northgate Community Recovery Team', organisation: 'Southgate NHS Trust' }),
      now,
    )
    await uploadReview()
    expect(screen.queryByRole('region', { name: 'Teams already on this device' })).not.toBeInTheDocument()
    expect(teamsRow()).toHaveTextContent(/^Teams1000$/)
  })

  it('forgets a remembered link whose team is gone, and offers the team of the same name', async () => {
    await setUpByHand()
    await settingsRepo.update({ teamLinks: { [TEAM_ID]: 'team-deleted-since' } })
    await uploadReview()
    const group = screen.getByRole('group', { name: TEAM_LEGEND })
    expect(group).not.toHaveTextContent('as before')
    expect(within(group).getByRole('radio', { name: 'Link to the team already on this device' })).toBeChecked()
  })

  it('links a later file as before, and can keep it separate this time', async () => {
    const mine = await setUpByHand()
    await teamsRepo.update(mine.id, { name: 'Northgate IPS' }, later)
    await settingsRepo.update({ teamLinks: { [TEAM_ID]: mine.id } })
    await uploadReview()

    const group = screen.getByRole('group', { name: TEAM_LEGEND })
    expect(group).toHaveTextContent('Linked to Northgate IPS as before.')
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    expect(teamsRow()).toHaveTextContent(/^Teams0100$/)

    const button = within(group).getByRole('button', { name: 'Keep separate this time' })
    button.focus()
    await userEvent.keyboard('{Enter}')
    expect(group).toHaveTextContent('Kept as a separate team this time.')
    expect(within(group).getByRole('button', { name: 'Link as before' })).toHaveFocus()
    expect(teamsRow()).toHaveTextContent(/^Teams1000$/)

    await userEvent.click(screen.getByRole('button', { name: 'Import' }))
    await screen.findByRole('heading', { name: 'Imported northgate.json' })
    const device = await deviceContents()
    expect(device.reviews.map((r) => r.teamId)).toEqual([TEAM_ID])
    // Kept apart this time only: the link stays for the next file.
    expect(device.settings.teamLinks).toEqual({ [TEAM_ID]: mine.id })
  })

  it('asks which team when this device has two of that name, and imports only once one is chosen', async () => {
    const first = await setUpByHand('Northgate', now)
    const second = await setUpByHand('Northgate East', later)
    await uploadReview()

    const group = screen.getByRole('group', { name: TEAM_LEGEND })
    const options = within(group).getAllByRole('radio')
    expect(options.map((o) => (o as HTMLInputElement).checked)).toEqual([false, false, false])
    expect(options[0]).toHaveAccessibleName(
      'Link to Northgate community recovery team (Northgate, set up 2 March 2026)',
    )
    expect(options[1]).toHaveAccessibleName(
      'Link to Northgate community recovery team (Northgate East, set up 3 March 2026)',
    )
    expect(options[2]).toHaveAccessibleName('Keep as a separate team')
    expect(group).toHaveAccessibleDescription(/This device has 2 teams of this name/)
    const importButton = screen.getByRole('button', { name: 'Import' })
    expect(importButton).toBeDisabled()
    expect(importButton).toHaveAccessibleDescription(
      /Choose which team on this device Northgate Community Recovery Team belongs to/,
    )

    await userEvent.click(options[1]!)
    expect(importButton).toBeEnabled()
    expect(teamsRow()).toHaveTextContent(/^Teams0100$/)
    await userEvent.click(importButton)
    await screen.findByRole('heading', { name: 'Imported northgate.json' })
    const device = await deviceContents()
    expect(device.teams.map((t) => t.id).sort()).toEqual([first.id, second.id].sort())
    expect(device.reviews.map((r) => r.teamId)).toEqual([second.id])
    expect(device.settings.teamLinks).toEqual({ [TEAM_ID]: second.id })
  })
})
